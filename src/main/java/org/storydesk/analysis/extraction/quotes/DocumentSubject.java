package org.storydesk.analysis.extraction.quotes;

import java.util.Optional;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;

/** "The staff report warns that the corridor “will not meet its targets.”": a document's words get its label. */
final class DocumentSubject implements SpeakerSieve {

    @Override
    public AttributionRule rule() {
        return AttributionRule.DOCUMENT_SUBJECT;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        return quote.context().documentSubject(quote.first());
    }
}
