package org.storydesk.analysis.extraction.quotes;

import java.util.Optional;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;

/** "“… it ends forever” — that was the plea from Police Chief Dale Morrow": a noun of speech after the quote, and whose it is. */
final class SpeechNounAfterQuote implements SpeakerSieve {

    @Override
    public AttributionRule rule() {
        return AttributionRule.SPEECH_NOUN_AFTER_QUOTE;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        return quote.context().namedBySpeechNoun(quote.last(), quote.span().end());
    }
}
