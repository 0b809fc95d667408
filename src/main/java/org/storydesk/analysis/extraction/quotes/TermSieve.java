package org.storydesk.analysis.extraction.quotes;

import java.util.List;

import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.TermRule;

/** One rule that tells a quoted name or term, nobody's words, from a quote. */
interface TermSieve {

    TermRule rule();

    /** @param termsSoFar the terms found earlier in the same text */
    boolean isTerm(Candidate span, List<TermFound> termsSoFar);
}
