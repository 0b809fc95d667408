package org.storydesk.analysis.extraction.quotes;

import java.util.Optional;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;

/**
 * A quotation that runs on over paragraphs: by news convention each paragraph opens with a mark
 * and only the last one closes. A quote that opens the paragraph right after one left open goes
 * on with the same speaker.
 */
final class ContinuesOpenQuote implements SpeakerSieve {

    @Override
    public AttributionRule rule() {
        return AttributionRule.CONTINUES_OPEN_QUOTE;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        Optional<Candidate> previous = quote.previous();
        if (previous.isEmpty() || !previous.get().span().open() || previous.get().attribution().isEmpty() || !quote.before().isEmpty()) {
            return Optional.empty();
        }
        QuoteContext context = quote.context();
        boolean nextParagraph = context.paragraphOf(quote.span().start()) == context.paragraphOf(previous.get().span().start()) + 1;
        return nextParagraph ? Optional.of(previous.get().attribution().get().source()) : Optional.empty();
    }
}
