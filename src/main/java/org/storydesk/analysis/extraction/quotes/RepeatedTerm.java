package org.storydesk.analysis.extraction.quotes;

import java.util.List;

import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.Names;
import org.storydesk.analysis.extraction.TermRule;

/** The same words quoted again after the article quoted them as a term are still a term. */
final class RepeatedTerm implements TermSieve {

    @Override
    public TermRule rule() {
        return TermRule.REPEATED_TERM;
    }

    @Override
    public boolean isTerm(Candidate span, List<TermFound> termsSoFar) {
        if (!ShortSpan.shortEnough(span)) {
            return false;
        }
        String key = Names.key(ShortSpan.words(span));
        return termsSoFar.stream().anyMatch(term -> Names.key(term.text()).equals(key));
    }
}
