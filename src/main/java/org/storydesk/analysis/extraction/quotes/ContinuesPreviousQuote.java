package org.storydesk.analysis.extraction.quotes;

import java.util.Optional;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;

/** A quote standing alone continues the quote just before it (within two sentences), if no one else spoke in between. */
final class ContinuesPreviousQuote implements SpeakerSieve {

    /** How many sentences back the previous quote may be. */
    private static final int REACH = 2;

    @Override
    public AttributionRule rule() {
        return AttributionRule.CONTINUES_PREVIOUS_QUOTE;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        if (!quote.standsAlone()) {
            return Optional.empty();
        }
        Optional<Candidate> previous = quote.previous();
        if (previous.isEmpty() || quote.first().index() - previous.get().last().index() > REACH) {
            return Optional.empty();
        }
        Optional<Attribution> attribution = previous.get().attribution();
        if (attribution.isEmpty() || someoneElseSpeaks(quote.context(), previous.get().last().index(), quote.first().index(),
                attribution.get().source())) {
            return Optional.empty();
        }
        return Optional.of(attribution.get().source());
    }

    /** Whether anyone other than the given source is reported speaking in the sentences between. */
    private static boolean someoneElseSpeaks(QuoteContext context, int from, int to, Source source) {
        for (int i = from + 1; i < to; i++) {
            Optional<Source> speaker = context.speakerOf(context.document().sentences().get(i));
            if (speaker.isPresent() && !same(speaker.get(), source)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Source a, Source b) {
        return a.person() != null && a.person() == b.person() || a.label() != null && a.label().equals(b.label());
    }
}
