package org.storydesk.notes;

import java.util.Arrays;

/**
 * Finds a passage's words in an article's current text, as a Web Annotation client re-anchors a
 * text quote selector: where they were, if they are still there; else wherever they occur with
 * the words around them most like before (nearest the old place if that does not decide); else
 * the same words in other spacing or typography. Otherwise the note is detached.
 */
final class Anchoring {

    private Anchoring() {
    }

    static Anchor find(TextSelector selector, String text) {
        String exact = selector.exact();
        if (exact.isEmpty()) {
            return Anchor.DETACHED;
        }
        if (selector.start() >= 0 && selector.end() <= text.length() && text.startsWith(exact, selector.start())) {
            return Anchor.at(selector.start(), selector.start() + exact.length());
        }
        int found = best(text, exact, selector.prefix(), selector.suffix(), selector.start());
        if (found >= 0) {
            return Anchor.at(found, found + exact.length());
        }
        // The same words, retyped: other quotation marks or apostrophes, other spacing.
        Folded folded = Folded.of(text);
        Folded words = Folded.of(exact);
        int at = best(folded.text(), words.text(), Folded.of(selector.prefix()).text(), Folded.of(selector.suffix()).text(),
                folded.foldedIndex(selector.start()));
        if (at >= 0) {
            int start = folded.original(at);
            int end = folded.original(at + words.text().length() - 1) + 1;
            return Anchor.at(start, end);
        }
        return Anchor.DETACHED;
    }

    /** Of every place the words occur, the one whose surroundings match the old ones best, then the nearest. */
    private static int best(String text, String exact, String prefix, String suffix, int near) {
        int best = -1;
        int bestScore = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            String before = text.substring(Math.max(0, at - prefix.length()), at);
            String after = text.substring(at + exact.length(), Math.min(text.length(), at + exact.length() + suffix.length()));
            int score = commonEnd(before, prefix) + commonStart(after, suffix);
            int distance = Math.abs(at - near);
            if (score > bestScore || score == bestScore && distance < bestDistance) {
                best = at;
                bestScore = score;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int commonEnd(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonStart(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** A text with its quotation marks straightened and its spaces collapsed, remembering where each character came from. */
    private record Folded(String text, int[] origins) {

        static Folded of(String original) {
            StringBuilder text = new StringBuilder(original.length());
            int[] origins = new int[original.length()];
            boolean space = false;
            for (int i = 0; i < original.length(); i++) {
                char c = switch (original.charAt(i)) {
                    case '‘', '’', '′' -> '\'';
                    case '“', '”', '″' -> '"';
                    case '–', '—' -> '-';
                    default -> original.charAt(i);
                };
                if (Character.isWhitespace(c)) {
                    if (space) {
                        continue;
                    }
                    c = ' ';
                    space = true;
                } else {
                    space = false;
                }
                origins[text.length()] = i;
                text.append(c);
            }
            return new Folded(text.toString(), Arrays.copyOf(origins, text.length()));
        }

        int original(int folded) {
            return origins[folded];
        }

        /** The folded position nearest an original one. */
        int foldedIndex(int original) {
            for (int i = 0; i < origins.length; i++) {
                if (origins[i] >= original) {
                    return i;
                }
            }
            return origins.length;
        }
    }
}
