package org.storydesk.analysis.extraction.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.TermRule;

/** "the “coalition of the willing”", "the so-called “Green Loop”", "known as “…”": a short span introduced as a name, or title-cased. */
final class IntroducedAsName implements TermSieve {

    private static final Set<String> INTRODUCERS = Set.of(
            "the", "so-called", "dubbed", "named", "branded", "nicknamed", "titled", "entitled", "called");

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
        boolean introducedAsName = INTRODUCERS.contains(previousWord) || before.endsWith("known as");
        return QuoteContext.isTitleCase(ShortSpan.words(span)) || introducedAsName;
    }
}
