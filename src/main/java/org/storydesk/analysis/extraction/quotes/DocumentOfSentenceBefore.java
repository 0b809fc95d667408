package org.storydesk.analysis.extraction.quotes;

import java.util.Optional;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;

/** "The declaration sets out the coalition's aims. “…”": after a sentence about a document, its words. */
final class DocumentOfSentenceBefore implements SpeakerSieve {

    @Override
    public AttributionRule rule() {
        return AttributionRule.DOCUMENT_OF_SENTENCE_BEFORE;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        QuoteContext context = quote.context();
        return context.wordsAround(quote.first().index(), -1).flatMap(context::documentSubject);
    }
}
