package org.storydesk.notes;

/**
 * Where a note stands now. A note on a quote, an event or a person is attached while its item is
 * in the story; a note on a passage, while its words are in the article, wherever they moved.
 * A detached note is kept and shown as such: its item or its words are gone.
 *
 * @param start where the passage's words are in the article's current text ({@code -1} for other notes or when detached)
 */
public record Anchor(boolean attached, int start, int end) {

    public static final Anchor DETACHED = new Anchor(false, -1, -1);
    public static final Anchor ATTACHED = new Anchor(true, -1, -1);

    static Anchor at(int start, int end) {
        return new Anchor(true, start, end);
    }
}
