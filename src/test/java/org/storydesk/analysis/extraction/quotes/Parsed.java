package org.storydesk.analysis.extraction.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.storydesk.analysis.extraction.ArticleAnalysis.QuoteFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.ArticlePeople;
import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses;
import org.storydesk.analysis.extraction.Clauses.Source;
import org.storydesk.analysis.extraction.NlpDocument;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.QuoteSpans;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand-parsed text (the listing {@link NlpDocument#fromConll} reads) as the rules see it: its
 * context and every quoted span in it as a candidate, so a rule can be tried without the pipeline.
 */
final class Parsed {

    final QuoteContext context;
    final List<Candidate> quotes = new ArrayList<>();

    private Parsed(QuoteContext context, boolean headline) {
        this.context = context;
        NlpDocument document = context.document();
        for (QuoteSpans.Span span : headline ? QuoteSpans.in(document.text(), true) : context.quoteSpans()) {
            Sentence first = document.sentenceAt(span.start());
            Sentence last = headline ? first : document.sentenceAt(Math.max(span.start(), span.end() - 1));
            quotes.add(new Candidate(context, span, first, last, quotes, quotes.size()));
        }
    }

    static Parsed article(String conll) {
        NlpDocument document = NlpDocument.fromConll(conll);
        ArticlePeople people = ArticlePeople.of(document);
        return new Parsed(new QuoteContext(document, people, new Clauses(document, people)), false);
    }

    /** A headline over a body, with what the body's analysis found. */
    static Parsed headline(String conll, Parsed body, List<QuoteFound> bodyQuotes, List<TermFound> bodyTerms) {
        return new Parsed(QuoteContext.forHeadline(NlpDocument.fromConll(conll),
                new QuoteContext.Body(body.context.people(), bodyQuotes, bodyTerms)), true);
    }

    /** The one quoted span with these words. */
    Candidate quote(String words) {
        List<Candidate> found = quotes.stream().filter(quote -> quote.text().contains(words)).toList();
        assertThat(found).as("one quote with “%s”", words).hasSize(1);
        return found.getFirst();
    }

    /** Decides a quote as an earlier rule would have, for a rule that reads the quotes before. */
    Parsed decided(String words, String person, AttributionRule rule) {
        ArticlePeople.Person speaker = context.people().named(person).orElseThrow();
        quote(words).decide(new Attribution(new Source(speaker, null), rule, rule.confidence()));
        return this;
    }

    /** Who a rule says spoke: a person's name, a label in brackets, or "nobody". */
    static String who(Optional<Source> source) {
        if (source.isEmpty() || !source.get().known()) {
            return "nobody";
        }
        return source.get().person() != null ? source.get().person().name() : "[" + source.get().label() + "]";
    }
}
