package org.storydesk.base;

import java.util.ArrayList;
import java.util.List;

/**
 * A few words around a search's match, as PostgreSQL's {@code ts_headline} cut them from a text,
 * with the matching words marked, and where in the text the first match is: the reader opens
 * there, marked.
 *
 * @param text  the words, as they are in the text
 * @param marks where the matching words are in {@code text}, each {start, end}
 * @param start where the first match is in the whole text (-1: not found in it)
 */
public record Snippet(String text, List<int[]> marks, int start, int end) {

    /** The marks {@code ts_headline} writes around a match: characters no article holds. */
    public static final char OPEN = '\u0001';
    public static final char CLOSE = '\u0002';
    /** The options for {@code ts_headline}: these marks, a fragment of a sentence or two. */
    public static final String OPTIONS = "StartSel=" + OPEN + ", StopSel=" + CLOSE + ", MaxWords=32, MinWords=12, ShortWord=2, MaxFragments=1";

    /** Reads a marked fragment and finds it in the text it was cut from. */
    public static Snippet of(String marked, String whole) {
        StringBuilder text = new StringBuilder();
        List<int[]> marks = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == OPEN) {
                open = text.length();
            } else if (c == CLOSE && open >= 0) {
                marks.add(new int[] {open, text.length()});
                open = -1;
            } else {
                text.append(c);
            }
        }
        String plain = text.toString();
        int at = plain.isEmpty() ? -1 : whole.indexOf(plain);
        if (at < 0 || marks.isEmpty()) {
            return new Snippet(plain, List.copyOf(marks), -1, -1);
        }
        return new Snippet(plain, List.copyOf(marks), at + marks.getFirst()[0], at + marks.getFirst()[1]);
    }

    public boolean matched() {
        return !marks.isEmpty();
    }
}
