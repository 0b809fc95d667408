package org.storydesk.analysis.extraction.quotes;

import java.util.List;

import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.Names;
import org.storydesk.analysis.extraction.TermRule;

/** "The deal is a textbook “cap dump,” a trade made to shed salary": a label in a sentence where nobody speaks. */
final class UnspokenLabel implements TermSieve {

    private static final int MAX_WORDS = 3;

    @Override
    public TermRule rule() {
        return TermRule.UNSPOKEN_LABEL;
    }

    @Override
    public boolean isTerm(Candidate span, List<TermFound> termsSoFar) {
        return ShortSpan.shortEnough(span) && Names.words(ShortSpan.words(span)) <= MAX_WORDS
                && QuoteContext.isBareNounPhrase(span.first(), span.span()) && !span.context().hasSpeechVerb(span.first());
    }
}
