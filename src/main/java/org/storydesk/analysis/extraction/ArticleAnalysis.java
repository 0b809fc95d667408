package org.storydesk.analysis.extraction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the analysis found in one article. Offsets are character positions in the article's
 * clean body (or in its headline, for items whose {@code part} is the headline).
 */
public record ArticleAnalysis(List<PersonFound> people, List<QuoteFound> quotes, List<TermFound> terms,
                              List<EventFound> events) {

    /**
     * A person of the article: one entry however often and however named.
     *
     * @param key      how the article refers to them: their fullest name in it
     * @param gender   as the text shows it, or null where it does not say
     * @param mentions each mention's place in the body
     */
    public record PersonFound(String key, List<String> variants, List<String> roles, @Nullable Gender gender, List<Span> mentions) {
    }

    public record Span(int start, int end) {
    }

    /**
     * A quotation and who said it. {@code speaker} is a person's key in this article; a document
     * or an unnamed source is a {@code speakerLabel} instead. {@code rule} says which rule decided
     * (none where nobody is known), {@code confidence} how sure that is (0–1, 0 for nobody; absent
     * from analyses stored before it was kept); {@code date} is when it was said, where its sentence says.
     */
    public record QuoteFound(TextPart part, int start, int end, String text, QuoteKind kind, @Nullable String speaker,
                             @Nullable String speakerLabel, @Nullable AttributionRule rule, int sentenceStart, int sentenceEnd,
                             @Nullable TimexDate date, @Nullable Double confidence) {

        /** How sure the speaker is; for an analysis stored before confidences were kept, its rule's own. */
        public double certainty() {
            if (confidence != null) {
                return confidence;
            }
            return rule == null || speaker == null && speakerLabel == null ? 0 : rule.confidence();
        }
    }

    /** A quoted name or term, which is nobody's words ("the so-called “Green Loop”"), and the rule that found it. */
    public record TermFound(TextPart part, int start, int end, String text, @Nullable TermRule rule) {
    }

    /** A dated happening; {@code people} are person keys, {@code rule} the rule that dated it. */
    public record EventFound(TimexDate date, @Nullable String timeOfDay, String summary, List<String> people, int start, int end,
                             String sentence, @Nullable DatingRule rule) {
    }
}
