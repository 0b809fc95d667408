package org.storydesk.analysis.extraction.quotes;

import java.util.List;

import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.Names;
import org.storydesk.analysis.extraction.TermRule;

/** "Barrientos and Holm agree to reopen “Iron Bridge”": two or more title-cased words in a headline are a name. */
final class HeadlineTitleCaseName implements TermSieve {

    @Override
    public TermRule rule() {
        return TermRule.HEADLINE_TITLE_CASE_NAME;
    }

    @Override
    public boolean isTerm(Candidate span, List<TermFound> termsSoFar) {
        String quoted = span.text();
        return QuoteContext.isTitleCase(quoted) && Names.words(quoted) >= 2;
    }
}
