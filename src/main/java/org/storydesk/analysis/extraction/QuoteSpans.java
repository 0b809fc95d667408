package org.storydesk.analysis.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Every span of a text in quotation marks, straight or curly, with the exact offsets of the
 * words inside the marks. A quotation left open at the end of a paragraph is, by news
 * convention, continued in the next: it ends with its paragraph.
 */
public final class QuoteSpans {

    /** Offsets of the words inside the marks; {@code open} when the paragraph ended before a closing mark. */
    public record Span(int start, int end, boolean open) {
        public String text(String document) {
            return document.substring(start, end);
        }
    }

    private QuoteSpans() {
    }

    /** Whether a character offset falls inside one of the spans. */
    public static boolean covers(List<Span> spans, int offset) {
        return spans.stream().anyMatch(span -> offset >= span.start() && offset < span.end());
    }

    /**
     * @param singleQuotesToo also spans in single marks, curly or straight, as headlines quote
     *                        ("… fumes at ‘shocking’ penalty", "…: 'It sounded like a train'");
     *                        an apostrophe inside a word never opens or closes one
     */
    public static List<Span> in(String text, boolean singleQuotesToo) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        char closing = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                if (open >= 0 && i > open) {
                    spans.add(new Span(open, trimEnd(text, open, i), true));
                }
                open = -1;
                continue;
            }
            if (open < 0) {
                if (c == '“' || c == '"' && opensStraight(text, i)
                        || singleQuotesToo && (c == '‘' || c == '\'') && opensSingle(text, i)) {
                    open = i + 1;
                    closing = c == '“' ? '”' : c == '‘' ? '’' : c == '\'' ? '\'' : '"';
                }
            } else if (c == closing && (closing != '’' && closing != '\'' || closesSingle(text, i))) {
                if (i > open) {
                    spans.add(new Span(open, i, false));
                }
                open = -1;
            } else if (c == '“' && closing == '”') {
                // A second opening mark before the closing one: the first was never closed.
                spans.add(new Span(open, trimEnd(text, open, i), true));
                open = i + 1;
            }
        }
        if (open >= 0 && open < text.length()) {
            spans.add(new Span(open, trimEnd(text, open, text.length()), true));
        }
        spans.removeIf(span -> span.end() <= span.start() || text.substring(span.start(), span.end()).isBlank());
        return spans;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** A straight quote opens where a word could start: at the start, or after a space or an opening bracket or dash. */
    private static boolean opensStraight(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return Character.isWhitespace(before) || "([{—–-/".indexOf(before) >= 0;
    }

    private static boolean opensSingle(String text, int i) {
        return (i == 0 || Character.isWhitespace(text.charAt(i - 1))) && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** A right single quote closes a quotation only where it is not an apostrophe inside a word. */
    private static boolean closesSingle(String text, int i) {
        return i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1));
    }
}
