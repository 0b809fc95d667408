package org.storydesk.quotes.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which words of one outlet's wording differ from another's, word by word (the longest common
 * subsequence), so the quote board can mark them.
 */
final class WordDiff {

    /** A word of the wording and whether the other wording lacks it. */
    record Word(String text, boolean different) {
    }

    private WordDiff() {
    }

    static List<Word> against(String wording, String reference) {
        String[] mine = wording.strip().split("\\s+");
        String[] theirs = reference.strip().split("\\s+");
        int[][] table = new int[mine.length + 1][theirs.length + 1];
        for (int i = mine.length - 1; i >= 0; i--) {
            for (int j = theirs.length - 1; j >= 0; j--) {
                table[i][j] = same(mine[i], theirs[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        List<Word> words = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < mine.length) {
            if (j < theirs.length && same(mine[i], theirs[j])) {
                words.add(new Word(mine[i], false));
                i++;
                j++;
            } else if (j < theirs.length && table[i][j + 1] >= table[i + 1][j]) {
                j++;
            } else {
                words.add(new Word(mine[i], true));
                i++;
            }
        }
        return words;
    }

    /** Case, curly or straight apostrophes and trailing punctuation make no difference an editor cares about. */
    private static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[.,;:!?\"“”]+$", "").replaceAll("^[\"“”]+", "");
    }
}
