package org.storydesk.analysis.extraction.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.Clauses.Source;
import org.storydesk.analysis.extraction.Lexicon;
import org.storydesk.analysis.extraction.Names;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.TermRule;

/**
 * "a numbered company that prosecutors have nicknamed “the piggy bank”", "what negotiators call a
 * “snapback”", "a pattern known as a “crown run”": a name given to something by people in general,
 * not a named person's words (a named person calling something names it their way: that is a quote).
 */
final class NamingVerb implements TermSieve {

    private static final int MAX_WORDS = 4;
    private static final int MAX_HOPS = 3;

    @Override
    public TermRule rule() {
        return TermRule.NAMING_VERB;
    }

    @Override
    public boolean isTerm(Candidate span, List<TermFound> termsSoFar) {
        QuoteContext context = span.context();
        Sentence sentence = span.first();
        String quoted = span.text().strip().replaceAll("[,.;:!?]+$", "");
        if (Names.words(quoted) > MAX_WORDS || !QuoteContext.isBareNounPhrase(sentence, span.span())) {
            return false;
        }
        int head = QuoteContext.spanHead(sentence, span.span());
        if (head < 0) {
            return false;
        }
        for (int current = head, hops = 0; current >= 0 && hops < MAX_HOPS; current = sentence.token(current).head(), hops++) {
            int parent = sentence.token(current).head();
            if (parent < 0) {
                return false;
            }
            if (Lexicon.NAMING_VERBS.contains(sentence.token(parent).lemma().toLowerCase(Locale.ROOT))) {
                Optional<Integer> subject = context.clauses().subject(sentence, parent);
                if (subject.isEmpty() || sentence.token(parent).pos().equals("VBN")) {
                    return true;
                }
                // "what negotiators call", "what the industry calls": people in general, or no one the article knows.
                Source namer = context.clauses().source(sentence, subject.get());
                return namer.person() == null && (sentence.token(subject.get()).pos().startsWith("NNS") || !namer.known());
            }
        }
        return false;
    }
}
