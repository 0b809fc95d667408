package org.storydesk.analysis.extraction.quotes;

import java.util.List;

import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.Names;
import org.storydesk.analysis.extraction.TermRule;

/** A headline quoting what its body quotes as a term ("… approves “Green Loop”") quotes nobody. */
final class HeadlineBodyTerm implements TermSieve {

    @Override
    public TermRule rule() {
        return TermRule.HEADLINE_BODY_TERM;
    }

    @Override
    public boolean isTerm(Candidate span, List<TermFound> termsSoFar) {
        String key = Names.key(span.text());
        return span.context().body().terms().stream().anyMatch(term -> Names.key(term.text()).equals(key));
    }
}
