package org.storydesk.analysis.extraction.quotes;

import java.util.List;
import java.util.Optional;

import org.storydesk.analysis.extraction.ArticlePeople;
import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.NlpDocument.Token;

/** "…, according to Norwegian Prime Minister Ingrid Lunde.": the person (or source) named after "according to". */
final class AccordingTo implements SpeakerSieve {

    /** How many tokens after "according to" a name may come ("according to Norway's prime minister, X"). */
    private static final int REACH = 10;

    @Override
    public AttributionRule rule() {
        return AttributionRule.ACCORDING_TO;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        QuoteContext context = quote.context();
        Sentence sentence = quote.last();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).lowerWord().equals("according") || !tokens.get(i + 1).lowerWord().equals("to")) {
                continue;
            }
            for (int j = i + 2; j < tokens.size() && j < i + 2 + REACH; j++) {
                Optional<ArticlePeople.Person> person = context.people().at(sentence.index(), j);
                if (person.isPresent()) {
                    return Optional.of(new Source(person.get(), null));
                }
            }
            int object = -1;
            for (int j = i + 2; j < tokens.size(); j++) {
                if (tokens.get(j).isNoun()) {
                    object = j;
                    if (tokens.get(j).head() != j + 1 || !tokens.get(j + 1 < tokens.size() ? j + 1 : j).isNoun()) {
                        break;
                    }
                }
            }
            if (object >= 0) {
                Source source = context.clauses().source(sentence, object);
                if (source.known()) {
                    return Optional.of(source);
                }
            }
        }
        return Optional.empty();
    }
}
