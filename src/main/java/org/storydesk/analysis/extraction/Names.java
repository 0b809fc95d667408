package org.storydesk.analysis.extraction;

import java.text.Normalizer;
import java.util.Locale;

/** Comparing how outlets write a name: case, accents, possessives and apostrophes aside. */
public final class Names {

    private Names() {
    }

    public static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.replace('’', '\'')
                .replaceAll("'s$", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}' -]", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** A URL-friendly id of a name: "Ana Ruiz" → "ana-ruiz". */
    public static String slug(String name) {
        String slug = key(name).replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "person" : slug;
    }

    public static String lastWord(String name) {
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    public static String firstWord(String name) {
        return name.strip().split("\\s+")[0];
    }

    public static int words(String name) {
        return name.isBlank() ? 0 : name.strip().split("\\s+").length;
    }

    /** Edits (insert, delete, substitute, swap two neighbours) between two words, ignoring case. */
    public static int distance(String a, String b) {
        String s = key(a);
        String t = key(b);
        int[][] d = new int[s.length() + 1][t.length() + 1];
        for (int i = 0; i <= s.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= t.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + cost);
                }
            }
        }
        return d[s.length()][t.length()];
    }

    /** Two spellings close enough to be one name misspelt: one or two letters apart, in a name long enough to tell. */
    public static boolean nearMiss(String a, String b) {
        int distance = distance(a, b);
        int shorter = Math.min(key(a).length(), key(b).length());
        return distance > 0 && (distance == 1 && shorter >= 4 || distance == 2 && shorter >= 6);
    }
}
