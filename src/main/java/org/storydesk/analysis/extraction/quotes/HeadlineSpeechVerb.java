package org.storydesk.analysis.extraction.quotes;

import java.util.Optional;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;
import org.storydesk.analysis.extraction.Lexicon;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.QuoteSpans;

/**
 * "Mayor calls levy a “fair deal”": a verb of saying in the headline governs the quote; its subject,
 * a name or a title, is the body's person of that name or title.
 */
final class HeadlineSpeechVerb implements SpeakerSieve {

    private static final int MAX_HOPS = 12;

    @Override
    public AttributionRule rule() {
        return AttributionRule.HEADLINE_SPEECH_VERB;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        QuoteContext headline = quote.context();
        Sentence sentence = quote.first();
        if (sentence == null) {
            return Optional.empty();
        }
        Optional<Source> governed = GoverningSpeechVerb.governed(headline, sentence, quote.span());
        if (governed.isEmpty()) {
            return Optional.empty();
        }
        if (governed.get().person() != null) {
            return headline.body().people().named(governed.get().person().name()).map(p -> new Source(p, null));
        }
        return subjectOfGoverningVerb(headline, sentence, quote.span())
                .flatMap(subject -> HeadlineSpeakerPrefix.byTitleOrName(headline.body().people(), sentence.token(subject).word()));
    }

    private static Optional<Integer> subjectOfGoverningVerb(QuoteContext headline, Sentence sentence, QuoteSpans.Span span) {
        int current = QuoteContext.spanHead(sentence, span);
        for (int hops = 0; current >= 0 && hops < MAX_HOPS; hops++) {
            int parent = sentence.token(current).head();
            if (parent < 0) {
                return Optional.empty();
            }
            if (Lexicon.isSpeech(sentence.token(parent))) {
                return headline.clauses().subject(sentence, parent);
            }
            current = parent;
        }
        return Optional.empty();
    }
}
