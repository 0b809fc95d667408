package org.storydesk.analysis.merging;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Comparing how outlets word the same quote: NFKC, straight quotes and apostrophes, no case,
 * no punctuation, and no leading article ("a possibility" is "possibility").
 * An ellipsis in one outlet's wording stands for words the other keeps.
 */
public final class QuoteText {

    private static final String ELLIPSIS = "…";

    private QuoteText() {
    }

    public static String normalize(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace("...", ELLIPSIS)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}'…\\s]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        List<String> words = new ArrayList<>(Arrays.asList(normalized.split(" ")));
        if (words.size() > 1 && (words.getFirst().equals("a") || words.getFirst().equals("an") || words.getFirst().equals("the"))) {
            words.removeFirst();
        }
        return String.join(" ", words);
    }

    static List<String> words(String normalized) {
        return normalized.isEmpty() ? List.of() : List.of(normalized.replace(ELLIPSIS, " " + ELLIPSIS + " ").strip().split("\\s+"));
    }

    /** The same words, near enough: equal, or one a close variant of the other (a word added, dropped or changed). */
    static boolean sameQuote(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.contains(ELLIPSIS) || y.contains(ELLIPSIS)) {
            // An ellipsis for a few words is the same quote; most of it left out is a fragment, linked instead.
            boolean similarLength = Math.min(x.size(), y.size()) >= 0.6 * Math.max(x.size(), y.size());
            return similarLength && (x.contains(ELLIPSIS) && fitsWithEllipsis(x, y) || y.contains(ELLIPSIS) && fitsWithEllipsis(y, x));
        }
        int shorter = Math.min(x.size(), y.size());
        int longer = Math.max(x.size(), y.size());
        if (shorter < 5) {
            return false;
        }
        int common = lcs(x, y);
        return common >= 0.85 * longer;
    }

    /** Whether a wording is a fragment of another: its words in order, inside the other. */
    static boolean isFragmentOf(String fragment, String whole) {
        if (fragment.isEmpty() || fragment.length() >= whole.length()) {
            return false;
        }
        return (" " + whole + " ").contains(" " + fragment.replace(" " + ELLIPSIS + " ", " ").replace(ELLIPSIS, "") + " ")
                || fitsWithEllipsis(words(fragment), words(whole));
    }

    /** "do everything … to attain that peace" fits "do everything on his behalf to attain that peace". */
    private static boolean fitsWithEllipsis(List<String> elided, List<String> full) {
        List<List<String>> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : elided) {
            if (word.equals(ELLIPSIS)) {
                if (!current.isEmpty()) {
                    segments.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(word);
            }
        }
        if (!current.isEmpty()) {
            segments.add(current);
        }
        if (segments.isEmpty()) {
            return false;
        }
        int position = 0;
        int matched = 0;
        for (List<String> segment : segments) {
            int found = indexOf(full, segment, position);
            if (found < 0) {
                // Outlets differ slightly inside a segment too: allow it where the segment is long.
                if (segment.size() >= 6 && lcs(segment, full.subList(position, full.size())) >= 0.85 * segment.size()) {
                    matched += segment.size();
                    continue;
                }
                return false;
            }
            position = found + segment.size();
            matched += segment.size();
        }
        return matched >= 3;
    }

    private static int indexOf(List<String> haystack, List<String> needle, int from) {
        for (int i = from; i + needle.size() <= haystack.size(); i++) {
            if (haystack.subList(i, i + needle.size()).equals(needle)) {
                return i;
            }
        }
        return -1;
    }

    private static int lcs(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                table[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
            }
        }
        return table[a.size()][b.size()];
    }
}
