package org.storydesk.analysis.extraction.quotes;

import java.util.List;
import java.util.Locale;

import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.Lexicon;
import org.storydesk.analysis.extraction.TermRule;

/** "the “coalition of the willing”", "the so-called “Green Loop”", "known as “…”": a short span introduced as a name, or title-cased. */
final class IntroducedAsName implements TermSieve {

    @Override
    public TermRule rule() {
        return TermRule.INTRODUCED_AS_NAME;
    }

    @Override
    public boolean isTerm(Candidate span, List<TermFound> termsSoFar) {
        if (!ShortSpan.shortEnough(span)) {
            return false;
        }
        String before = span.before().toLowerCase(Locale.ROOT);
        String previousWord = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
        boolean introducedAsName = Lexicon.TERM_INTRODUCERS.contains(previousWord);
        return QuoteContext.isTitleCase(ShortSpan.words(span)) || introducedAsName;
    }
}
