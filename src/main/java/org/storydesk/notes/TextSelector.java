package org.storydesk.notes;

/**
 * A passage as a W3C Web Annotation holds it: the exact words (TextQuoteSelector, with some
 * words before and after them) and where they stood (TextPositionSelector) in the article's text
 * when the note was written.
 */
public record TextSelector(String exact, String prefix, String suffix, int start, int end) {

    /** How much of the text around a passage is kept to find it again. */
    static final int CONTEXT = 32;

    /** The selector of the passage {@code start}–{@code end} of a text. */
    static TextSelector of(String text, int start, int end) {
        return new TextSelector(text.substring(start, end), text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)), start, end);
    }
}
