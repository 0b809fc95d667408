package org.storydesk.analysis.extraction.quotes;

import java.util.Optional;

import org.storydesk.analysis.extraction.ArticlePeople;
import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;
import org.storydesk.analysis.extraction.Lexicon;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.NlpDocument.Token;

/**
 * "“…,” Ruiz said." and "“…,” said Okafor.": where the parser did not hang a quote that opens its
 * sentence on the verb that follows it, a verb of saying right after the closing mark still
 * reports it; where the parse lost that verb's subject, the name right before or after it.
 */
final class SpeechVerbAfterQuote implements SpeakerSieve {

    /** How far after the closing mark the verb may stand, in characters. */
    private static final int REACH = 40;

    @Override
    public AttributionRule rule() {
        return AttributionRule.SPEECH_VERB_AFTER_QUOTE;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        QuoteContext context = quote.context();
        Sentence sentence = quote.last();
        // Only for a quote that opens its (closing) sentence: nothing of the reporter's before it there.
        if (!context.text().substring(sentence.begin(), Math.max(sentence.begin(), quote.span().start() - 1)).isBlank()) {
            return Optional.empty();
        }
        int end = quote.span().end();
        for (Token token : sentence.tokens()) {
            if (token.begin() <= end || token.begin() > end + REACH || !Lexicon.isSpeechVerb(token)) {
                continue;
            }
            Optional<Integer> subject = context.clauses().subject(sentence, token.index());
            if (subject.isPresent()) {
                Source source = context.clauses().source(sentence, subject.get());
                if (source.known()) {
                    return Optional.of(source);
                }
            }
            // "“…,” Villalba said in Spanish." where the parse lost the subject: the name right before the verb.
            for (int i = token.index() - 1; i >= 0 && i >= token.index() - 3; i--) {
                Optional<ArticlePeople.Person> named = context.people().at(sentence.index(), i);
                if (named.isPresent() && sentence.token(i).begin() > end) {
                    return Optional.of(new Source(named.get(), null));
                }
            }
            // "“…,” said Nia Okeke." where the parse lost the inverted subject: the name right after the verb.
            for (int i = token.index() + 1; i < sentence.tokens().size() && i <= token.index() + 6; i++) {
                Optional<ArticlePeople.Person> named = context.people().at(sentence.index(), i);
                if (named.isPresent()) {
                    return Optional.of(new Source(named.get(), null));
                }
                if (sentence.token(i).isVerb() || sentence.token(i).word().equals(",")) {
                    break;
                }
            }
        }
        return Optional.empty();
    }
}
