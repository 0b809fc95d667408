package org.storydesk.analysis.extraction.quotes;

import java.util.Optional;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;

/** "“…,” she said. “…”": a quote standing alone right after an attributed one, in the same paragraph, is the same speaker's. */
final class ContinuesQuoteInParagraph implements SpeakerSieve {

    @Override
    public AttributionRule rule() {
        return AttributionRule.CONTINUES_QUOTE_IN_PARAGRAPH;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        if (!quote.standsAlone()) {
            return Optional.empty();
        }
        Optional<Candidate> previous = quote.previous();
        if (previous.isEmpty() || previous.get().attribution().isEmpty()) {
            return Optional.empty();
        }
        QuoteContext context = quote.context();
        Sentence previousLast = previous.get().last();
        boolean sameParagraph = context.paragraphOf(previous.get().span().start()) == context.paragraphOf(quote.span().start());
        boolean next = quote.first().index() - previousLast.index() <= 1;
        return sameParagraph && next ? Optional.of(previous.get().attribution().get().source()) : Optional.empty();
    }
}
