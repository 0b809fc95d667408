package org.storydesk.analysis.extraction.quotes;

import java.util.List;

import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.Names;
import org.storydesk.analysis.extraction.TermRule;

/** "reopen the “Iron Bridge” crossing": two or more title-cased words inside a sentence are a name, whoever uses it. */
final class TitleCaseName implements TermSieve {

    @Override
    public TermRule rule() {
        return TermRule.TITLE_CASE_NAME;
    }

    @Override
    public boolean isTerm(Candidate span, List<TermFound> termsSoFar) {
        String quoted = span.text();
        // Capitals that open the sentence say nothing: "“Welcome Home,” she said" may be words.
        return QuoteContext.isTitleCase(quoted) && Names.words(quoted) >= 2 && span.span().start() - 1 > span.first().begin();
    }
}
