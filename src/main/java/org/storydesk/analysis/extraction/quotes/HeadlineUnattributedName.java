package org.storydesk.analysis.extraction.quotes;

import java.util.Arrays;
import java.util.List;

import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.Names;
import org.storydesk.analysis.extraction.TermRule;

/** A short title-cased span in a headline that no verb of saying governs: a name, not a quote. */
final class HeadlineUnattributedName implements TermSieve {

    @Override
    public TermRule rule() {
        return TermRule.HEADLINE_UNATTRIBUTED_NAME;
    }

    @Override
    public boolean isTerm(Candidate span, List<TermFound> termsSoFar) {
        if (span.first() == null || GoverningSpeechVerb.governed(span.context(), span.first(), span.span()).isPresent()) {
            return false;
        }
        String quoted = span.text().strip();
        // Capitals on every longer word, and at least one: "not yet won" has no capitals to make it a name.
        boolean titleCase = Arrays.stream(quoted.split("\\s+"))
                .filter(word -> word.length() > 3).allMatch(word -> Character.isUpperCase(word.codePointAt(0)))
                && Arrays.stream(quoted.split("\\s+")).anyMatch(word -> !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)));
        return Names.words(quoted) <= ShortSpan.TERM_MAX_WORDS && titleCase;
    }
}
