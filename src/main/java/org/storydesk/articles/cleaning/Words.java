package org.storydesk.articles.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.storydesk.base.StopWords;

/** Words as a reader counts them: runs of letters and digits, with inner apostrophes and hyphens. */
public final class Words {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");

    private Words() {
    }

    public static int count(String text) {
        Matcher matcher = WORD.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /**
     * Share of function words among the words, not counting capitalised words inside a sentence:
     * news prose is dense in names, which say nothing about whether a block is prose.
     */
    static double stopWordDensity(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        int previousEnd = 0;
        while (matcher.find()) {
            String word = matcher.group();
            boolean sentenceStart = previousEnd == 0 || SENTENCE_END.matcher(text.substring(previousEnd, matcher.start())).find();
            if (sentenceStart || !Character.isUpperCase(word.codePointAt(0))) {
                words.add(word);
            }
            previousEnd = matcher.end();
        }
        if (words.isEmpty()) {
            return 0;
        }
        long stop = words.stream()
                .map(word -> word.toLowerCase(Locale.ROOT).replace('’', '\''))
                .filter(StopWords::contains)
                .count();
        return (double) stop / words.size();
    }

    /** Share of words that start with a capital letter: headlines and menus are high, prose is low. */
    static double capitalisedShare(String text) {
        List<String> words = of(text);
        if (words.isEmpty()) {
            return 0;
        }
        long capitalised = words.stream().filter(word -> Character.isUpperCase(word.codePointAt(0))).count();
        return (double) capitalised / words.size();
    }
}
