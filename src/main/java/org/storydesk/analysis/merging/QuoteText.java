package org.storydesk.analysis.merging;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Comparing how outlets word the same quote: NFKC, straight quotes and apostrophes, no case,
 * no punctuation, and no leading article ("a possibility" is "possibility").
 * An ellipsis in one outlet's wording stands for words the other keeps.
 *
 * <p>A story of thousands of articles cannot compare every wording with every other, so each
 * comparison also says which words a matching wording must have ({@link #keyWords},
 * {@link #requiredWords}, and the share {@link #SAME_SHARE} of words two wordings of one quote
 * have in common): a merge looks up only the wordings that have them.
 */
public final class QuoteText {

    private static final String ELLIPSIS = "…";
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}'…\\s]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The share of words two wordings of one quote have in common; and the share a fragment keeps of a long stretch. */
    private static final double SAME = 0.85;
    static final double SAME_SHARE = SAME;

    private QuoteText() {
    }

    /** A wording normalised once, with its words: what every comparison of it needs. */
    static final class Wording {
        private final String normalized;
        private final List<String> words;
        private final boolean elided;
        /** Its words in alphabetical order, to count quickly how many two wordings share. */
        private final String[] sorted;
        private final Set<String> distinct;
        /** The words any wording it fits into must have: those of its stretches of fewer than six words. */
        private final Set<String> required;
        private String padded;
        private String bare;

        Wording(String normalized, List<String> words) {
            this.normalized = normalized;
            this.words = words;
            this.elided = words.contains(ELLIPSIS);
            this.sorted = words.stream().filter(word -> !word.equals(ELLIPSIS)).sorted().toArray(String[]::new);
            this.distinct = Set.of(Arrays.stream(sorted).distinct().toArray(String[]::new));
            Set<String> inShortStretches = new HashSet<>();
            for (List<String> segment : segments(words)) {
                if (segment.size() < 6) {
                    inShortStretches.addAll(segment);
                }
            }
            this.required = Set.copyOf(inShortStretches);
        }

        Set<String> distinct() {
            return distinct;
        }

        Set<String> required() {
            return required;
        }

        /** The wording between spaces, for finding another inside it word by word. */
        private String padded() {
            if (padded == null) {
                padded = " " + normalized + " ";
            }
            return padded;
        }

        /** The wording without its ellipsis marks, between spaces. */
        private String bare() {
            if (bare == null) {
                bare = " " + normalized.replace(" " + ELLIPSIS + " ", " ").replace(ELLIPSIS, "") + " ";
            }
            return bare;
        }

        static Wording of(String text) {
            String normalized = normalize(text);
            return new Wording(normalized, QuoteText.words(normalized));
        }

        String normalized() {
            return normalized;
        }

        List<String> words() {
            return words;
        }

        boolean elided() {
            return elided;
        }

        /** Its words without the ellipsis marks, each with how often it occurs. */
        Map<String, Integer> counts() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String word : sorted) {
                counts.merge(word, 1, Integer::sum);
            }
            return counts;
        }

        /** How many words two wordings have in common, counting repeats: no sequence they share is longer. */
        int shared(Wording other) {
            int common = 0;
            int i = 0;
            int j = 0;
            while (i < sorted.length && j < other.sorted.length) {
                int order = sorted[i].compareTo(other.sorted[j]);
                if (order == 0) {
                    common++;
                    i++;
                    j++;
                } else if (order < 0) {
                    i++;
                } else {
                    j++;
                }
            }
            return common;
        }
    }

    public static String normalize(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace("...", ELLIPSIS)
                .toLowerCase(Locale.ROOT);
        normalized = SPACES.matcher(NOT_A_WORD.matcher(normalized).replaceAll(" ")).replaceAll(" ").strip();
        List<String> words = new ArrayList<>(Arrays.asList(normalized.split(" ")));
        if (words.size() > 1 && (words.getFirst().equals("a") || words.getFirst().equals("an") || words.getFirst().equals("the"))) {
            words.removeFirst();
        }
        return String.join(" ", words);
    }

    static List<String> words(String normalized) {
        if (normalized.isEmpty()) {
            return List.of();
        }
        // One instance of each word: a story's quotes use tens of thousands of words, each thousands of times.
        return Arrays.stream(SPACES.split(normalized.replace(ELLIPSIS, " " + ELLIPSIS + " ").strip())).map(String::intern).toList();
    }

    /** The same words, near enough: equal, or one a close variant of the other (a word added, dropped or changed). */
    static boolean sameQuote(String a, String b) {
        return sameQuote(new Wording(a, words(a)), new Wording(b, words(b)));
    }

    static boolean sameQuote(Wording a, Wording b) {
        if (a.normalized().equals(b.normalized())) {
            return true;
        }
        List<String> x = a.words();
        List<String> y = b.words();
        if (a.elided() || b.elided()) {
            // An ellipsis for a few words is the same quote; most of it left out is a fragment, linked instead.
            boolean similarLength = Math.min(x.size(), y.size()) >= 0.6 * Math.max(x.size(), y.size());
            return similarLength && (a.elided() && b.distinct.containsAll(a.required) && fitsWithEllipsis(x, y, b.distinct)
                    || b.elided() && a.distinct.containsAll(b.required) && fitsWithEllipsis(y, x, a.distinct));
        }
        int shorter = Math.min(x.size(), y.size());
        int longer = Math.max(x.size(), y.size());
        // The words in common in order are no more than the shorter wording, nor than the words they share.
        if (shorter < 5 || shorter < SAME * longer || a.shared(b) < SAME * longer) {
            return false;
        }
        int common = lcs(x, y);
        return common >= SAME * longer;
    }

    /** Whether a wording is a fragment of another: its words in order, inside the other. */
    static boolean isFragmentOf(String fragment, String whole) {
        return isFragmentOf(new Wording(fragment, words(fragment)), new Wording(whole, words(whole)));
    }

    static boolean isFragmentOf(Wording fragment, Wording whole) {
        String part = fragment.normalized();
        if (part.isEmpty() || part.length() >= whole.normalized().length() || !whole.distinct.containsAll(fragment.required)) {
            return false;
        }
        if (whole.padded().contains(fragment.bare())) {
            return true;
        }
        // Without an ellipsis on either side, a fragment of fewer than six words fits only where it is found word for word, as above.
        return (fragment.elided() || whole.elided() || fragment.words().size() >= 6)
                && fitsWithEllipsis(fragment.words(), whole.words(), whole.distinct);
    }

    /**
     * Words of a wording with an ellipsis (or of a fragment) that any wording it fits into must
     * contain at least one of: a stretch of fewer than six words between the marks must be found
     * exactly, so any one of its words will do; a longer stretch keeps {@value #SAME} of its words,
     * so one of its first few (by count) must be there.
     */
    static List<String> keyWords(Wording wording, ToIntFunction<String> rarity) {
        List<List<String>> segments = segments(wording.words());
        if (segments.isEmpty()) {
            return List.of();
        }
        for (List<String> segment : segments) {
            if (segment.size() < 6) {
                return List.of(rarestOf(segment, rarity));
            }
        }
        List<String> segment = segments.getFirst();
        Map<String, Integer> counts = new LinkedHashMap<>();
        segment.forEach(word -> counts.merge(word, 1, Integer::sum));
        return rarestCovering(counts, segment.size() - (int) Math.ceil(SAME * segment.size()) + 1, rarity);
    }

    /**
     * Words every wording this one is a fragment of (or, with an ellipsis, fits into) must have:
     * every word of each stretch of fewer than six words between the marks, which must be found
     * exactly. A longer stretch may differ by a word, so it requires none.
     */
    static Set<String> requiredWords(Wording wording) {
        return wording.required();
    }

    /** Each pair of neighbouring words of a wording, an ellipsis between them aside ("we will", "will win"). */
    static List<String> pairs(List<String> words) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!words.get(i).equals(ELLIPSIS) && !words.get(i + 1).equals(ELLIPSIS)) {
                pairs.add(words.get(i) + " " + words.get(i + 1));
            }
        }
        return pairs;
    }

    /** The pairs of neighbouring words any wording this fragment is part of must have: those of its stretches of fewer than six words. */
    static List<String> requiredPairs(Wording fragment) {
        List<String> pairs = new ArrayList<>();
        for (List<String> segment : segments(fragment.words())) {
            if (segment.size() < 6) {
                pairs.addAll(pairs(segment));
            }
        }
        return pairs;
    }

    /** Distinct words, rarest first, until their occurrences in the wording add up to {@code cover}. */
    private static List<String> rarestCovering(Map<String, Integer> counts, int cover, ToIntFunction<String> rarity) {
        List<String> distinct = new ArrayList<>(counts.keySet());
        distinct.sort(byRarity(rarity));
        List<String> chosen = new ArrayList<>();
        int covered = 0;
        for (String word : distinct) {
            if (covered >= cover) {
                break;
            }
            chosen.add(word);
            covered += counts.get(word);
        }
        return chosen;
    }

    private static String rarestOf(List<String> words, ToIntFunction<String> rarity) {
        return words.stream().min(byRarity(rarity)).orElseThrow();
    }

    /** Rarest first; among words as rare so far (early in a story, most are), the longer first: long words are rarer. */
    private static Comparator<String> byRarity(ToIntFunction<String> rarity) {
        return Comparator.comparingInt(rarity).thenComparing(Comparator.comparingInt(String::length).reversed()).thenComparing(w -> w);
    }

    /** The distinct words of a wording, without ellipsis marks: what it is looked up by. */
    static Set<String> distinctWords(Wording wording) {
        return wording.distinct();
    }

    private static List<List<String>> segments(List<String> words) {
        List<List<String>> segments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : words) {
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
        return segments;
    }

    /** "do everything … to attain that peace" fits "do everything on his behalf to attain that peace". */
    private static boolean fitsWithEllipsis(List<String> elided, List<String> full, Set<String> fullWords) {
        List<List<String>> segments = segments(elided);
        if (segments.isEmpty()) {
            return false;
        }
        int position = 0;
        int matched = 0;
        for (List<String> segment : segments) {
            int found = indexOf(full, segment, position);
            if (found < 0) {
                // Outlets differ slightly inside a segment too: allow it where the segment is long.
                if (segment.size() >= 6 && present(segment, fullWords) >= SAME * segment.size()
                        && lcs(segment, full.subList(position, full.size())) >= SAME * segment.size()) {
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

    /** How many of a stretch's words occur at all in another wording: no sequence they have in common is longer. */
    private static int present(List<String> segment, Set<String> words) {
        int present = 0;
        for (String word : segment) {
            if (words.contains(word)) {
                present++;
            }
        }
        return present;
    }

    /**
     * For a fragment whose stretches are all of six words or more: the words of its first stretch
     * (each with how often), and how many of them a wording it fits into must have.
     */
    record Stretch(Map<String, Integer> counts, int size, int needed) {
    }

    static Stretch firstStretch(Wording fragment) {
        List<List<String>> segments = segments(fragment.words());
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (segments.isEmpty()) {
            return new Stretch(counts, 0, 0);
        }
        List<String> first = segments.getFirst();
        first.forEach(word -> counts.merge(word, 1, Integer::sum));
        return new Stretch(counts, first.size(), (int) Math.ceil(SAME * first.size()));
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
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            String word = a.get(i - 1);
            for (int j = 1; j <= b.size(); j++) {
                current[j] = word.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.size()];
    }
}
