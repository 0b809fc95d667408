package org.storydesk.analysis.extraction.quotes;

import java.util.Locale;
import java.util.Optional;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;
import org.storydesk.analysis.extraction.Lexicon;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.NlpDocument.Token;

/**
 * "Families ‘were not listened to’, report finds", "‘A drop in the ocean’, say campaigners": a
 * headline's reporting clause after its quote, which the parse of a headline often loses. Its
 * subject (before the verb, or after it when inverted) is the body's person of that name or title,
 * else a label.
 */
final class HeadlineReportingClause implements SpeakerSieve {

    @Override
    public AttributionRule rule() {
        return AttributionRule.HEADLINE_REPORTING_CLAUSE;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        Sentence sentence = quote.first();
        if (sentence == null) {
            return Optional.empty();
        }
        QuoteContext headline = quote.context();
        for (Token token : sentence.tokens()) {
            String lemma = token.lemma().toLowerCase(Locale.ROOT);
            boolean reporting = Lexicon.SPEECH_VERBS.contains(lemma) || Lexicon.DOCUMENT_VERBS.contains(lemma);
            if (token.begin() <= quote.span().end() || !reporting || headline.insideAnyQuote(token)) {
                continue;
            }
            int before = token.index() - 1;
            int after = token.index() + 1;
            int subject = before >= 0 && sentence.token(before).isNoun() && sentence.token(before).begin() > quote.span().end() ? before
                    : after < sentence.tokens().size() && sentence.token(after).isNoun() ? after : -1;
            if (subject < 0) {
                continue;
            }
            String words = sentence.token(subject).word();
            Optional<Source> person = HeadlineSpeakerPrefix.byTitleOrName(headline.body().people(), words);
            return person.isPresent() ? person : Optional.of(new Source(null, headline.clauses().nounPhrase(sentence, subject)));
        }
        return Optional.empty();
    }
}
