package org.storydesk.analysis.extraction.quotes;

import java.util.Optional;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;

/** "He added that the plan was sound. “…”": the sentence before reports someone speaking, and the quote goes on. */
final class SpeakerOfSentenceBefore implements SpeakerSieve {

    @Override
    public AttributionRule rule() {
        return AttributionRule.SPEAKER_OF_SENTENCE_BEFORE;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        QuoteContext context = quote.context();
        return context.wordsAround(quote.first().index(), -1).flatMap(context::speakerOf);
    }
}
