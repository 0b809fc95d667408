package org.storydesk.analysis.extraction.quotes;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Reference;
import org.storydesk.analysis.extraction.Clauses.Source;

/**
 * Who said a quote, the rule that decided it, and how sure that is (0–1): the rule's own
 * confidence, less for a speaker the text only points at ("he", "the chief executive", "the
 * veteran"), and for a quote that continues another, that quote's too.
 */
record Attribution(Source source, AttributionRule rule, double confidence) {

    static Attribution of(Source source, AttributionRule rule, Candidate quote) {
        double confidence = rule.confidence() * evidence(source.reference());
        if (rule.continuesAnother()) {
            confidence *= quote.previous().flatMap(Candidate::attribution).map(Attribution::confidence).orElse(1.0);
        }
        return new Attribution(source, rule, Math.round(confidence * 100) / 100.0);
    }

    /** How much a way of pointing at the speaker leaves to doubt. */
    private static double evidence(Reference reference) {
        return switch (reference) {
            case NAME, LABEL -> 1.0;
            case DESCRIPTION -> 0.9;
            case PRONOUN -> 0.85;
            case EPITHET -> 0.75;
        };
    }
}
