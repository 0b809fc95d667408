package org.storydesk.analysis.extraction.quotes;

import java.util.List;
import java.util.Locale;

import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.Lexicon;
import org.storydesk.analysis.extraction.TermRule;

/**
 * "the so-called “Green Loop”", "dubbed “Project Harvest”", "a pattern known as a “crown run”": the
 * writer marks the words as a name, whoever else the sentence quotes.
 */
final class MarkedAsAName implements TermSieve {

    @Override
    public TermRule rule() {
        return TermRule.MARKED_AS_A_NAME;
    }

    @Override
    public boolean isTerm(Candidate span, List<TermFound> termsSoFar) {
        if (!ShortSpan.shortEnough(span)) {
            return false;
        }
        String[] before = span.before().toLowerCase(Locale.ROOT).split("\\s+");
        int last = before.length - 1;
        // "known as a “crown run”": an article may stand between the marker and the name.
        if (last >= 0 && (before[last].equals("a") || before[last].equals("an") || before[last].equals("the"))) {
            last--;
        }
        String one = last >= 0 ? before[last] : "";
        String two = last >= 1 ? before[last - 1] + " " + one : "";
        return Lexicon.NAME_MARKERS.contains(one) || Lexicon.NAME_MARKERS.contains(two);
    }
}
