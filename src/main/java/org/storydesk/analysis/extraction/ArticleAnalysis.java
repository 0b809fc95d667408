package org.storydesk.analysis.extraction;

import java.util.List;

/**
 * What the analysis found in one article. Offsets are character positions in the article's
 * clean body (or in its headline, for items whose {@code part} is {@code headline}).
 */
public record ArticleAnalysis(List<PersonFound> people, List<QuoteFound> quotes, List<TermFound> terms,
                              List<EventFound> events) {

    public static final String BODY = "body";
    public static final String HEADLINE = "headline";

    /**
     * A person of the article: one entry however often and however named.
     *
     * @param key      how the article refers to them: their fullest name in it
     * @param gender   MALE, FEMALE, or null where the text does not say
     * @param mentions each mention's place in the body
     */
    public record PersonFound(String key, List<String> variants, List<String> roles, String gender, List<Span> mentions) {
    }

    public record Span(int start, int end) {
    }

    /**
     * A quotation and who said it. {@code speaker} is a person's key in this article; a document
     * or an unnamed source is a {@code speakerLabel} instead. {@code rule} says which rule decided.
     */
    public record QuoteFound(String part, int start, int end, String text, String kind, String speaker,
                             String speakerLabel, String rule, int sentenceStart, int sentenceEnd, String date) {
    }

    /** A quoted name or term, which is nobody's words ("the so-called “Green Loop”"). */
    public record TermFound(String part, int start, int end, String text) {
    }

    /**
     * A dated happening. {@code date} is YYYY-MM-DD, YYYY-MM (month only) or YYYY-Www (week only),
     * or with XXXX for a year the article does not give; {@code people} are person keys.
     */
    public record EventFound(String date, String timeOfDay, String summary, List<String> people, int start, int end,
                             String sentence, String rule) {
    }
}
