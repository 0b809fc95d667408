package org.storydesk.analysis.extraction.quotes;

import java.util.List;

import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.Names;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.NlpDocument.Token;
import org.storydesk.analysis.extraction.TermRule;

/** "placing the reef on its “in danger” list": a short span that modifies the noun after it, where nobody speaks, is a label. */
final class QuotedModifier implements TermSieve {

    private static final int MAX_WORDS = 3;

    @Override
    public TermRule rule() {
        return TermRule.QUOTED_MODIFIER;
    }

    @Override
    public boolean isTerm(Candidate span, List<TermFound> termsSoFar) {
        Sentence sentence = span.first();
        if (!ShortSpan.shortEnough(span) || Names.words(ShortSpan.words(span)) > MAX_WORDS || span.context().hasSpeechVerb(sentence)) {
            return false;
        }
        int head = QuoteContext.spanHead(sentence, span.span());
        if (head < 0 || sentence.token(head).head() < 0) {
            return false;
        }
        Token modified = sentence.token(sentence.token(head).head());
        // The noun it hangs on comes right after the closing mark.
        Token afterMark = null;
        for (Token token : sentence.tokens()) {
            if (token.begin() > span.span().end()) {
                afterMark = token;
                break;
            }
        }
        return modified.isNoun() && afterMark != null && afterMark.index() == modified.index();
    }
}
