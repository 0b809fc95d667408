package org.storydesk.analysis.extraction.quotes;

import java.util.Optional;

import org.storydesk.analysis.extraction.ArticleAnalysis.QuoteFound;
import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;
import org.storydesk.analysis.extraction.Names;

/** A headline quoting words the body quotes: the body's speaker of those words. */
final class HeadlineSameWordsInBody implements SpeakerSieve {

    @Override
    public AttributionRule rule() {
        return AttributionRule.HEADLINE_SAME_WORDS_IN_BODY;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        QuoteContext.Body body = quote.context().body();
        String words = Names.key(quote.text());
        for (QuoteFound found : body.quotes()) {
            if (!Names.key(found.text()).contains(words)) {
                continue;
            }
            if (found.speaker() != null) {
                Optional<Source> speaker = body.people().named(found.speaker()).map(p -> new Source(p, null));
                if (speaker.isPresent()) {
                    return speaker;
                }
            } else if (found.speakerLabel() != null) {
                return Optional.of(new Source(null, found.speakerLabel()));
            }
        }
        return Optional.empty();
    }
}
