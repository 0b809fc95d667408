package org.storydesk.analysis.extraction.quotes;

import java.util.List;
import java.util.Optional;

import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.QuoteSpans;

/**
 * A quoted span on its way through the sieve: the sentences it opens and closes in, its place
 * among the article's quotes (terms left out), and its attribution once a rule has decided it.
 */
final class Candidate {

    private final QuoteContext context;
    private final QuoteSpans.Span span;
    private final Sentence first;
    private final Sentence last;
    private final List<Candidate> quotes;
    private final int index;
    private Attribution attribution;

    Candidate(QuoteContext context, QuoteSpans.Span span, Sentence first, Sentence last, List<Candidate> quotes, int index) {
        this.context = context;
        this.span = span;
        this.first = first;
        this.last = last;
        this.quotes = quotes;
        this.index = index;
    }

    QuoteContext context() {
        return context;
    }

    QuoteSpans.Span span() {
        return span;
    }

    /** The sentence the quote opens in. */
    Sentence first() {
        return first;
    }

    /** The sentence the quote closes in (the same for a quote within one sentence). */
    Sentence last() {
        return last;
    }

    String text() {
        return span.text(context.text());
    }

    /** The quote before this one in the article, terms left out. */
    Optional<Candidate> previous() {
        return index > 0 ? Optional.of(quotes.get(index - 1)) : Optional.empty();
    }

    Optional<Attribution> attribution() {
        return Optional.ofNullable(attribution);
    }

    void decide(Attribution decided) {
        this.attribution = decided;
    }

    /** A quote that is its own sentence (or sentences), with no words of the reporter around it. */
    boolean standsAlone() {
        String text = context.text();
        String before = text.substring(first.begin(), Math.max(first.begin(), span.start() - 1)).strip();
        String after = span.end() + 1 <= last.end() ? text.substring(Math.min(span.end() + 1, last.end()), last.end()).strip() : "";
        return before.isEmpty() && after.replaceAll("[\\p{Punct}”’\"]", "").isBlank();
    }

    /** The reporter's words before the opening mark in the quote's first sentence. */
    String before() {
        return context.text().substring(first.begin(), Math.max(first.begin(), span.start() - 1)).strip();
    }
}
