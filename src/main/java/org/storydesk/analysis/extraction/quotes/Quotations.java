package org.storydesk.analysis.extraction.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.storydesk.analysis.extraction.AnalysisRules;
import org.storydesk.analysis.extraction.ArticleAnalysis.QuoteFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.ArticlePeople;
import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses;
import org.storydesk.analysis.extraction.Clauses.Source;
import org.storydesk.analysis.extraction.Lexicon;
import org.storydesk.analysis.extraction.NlpDocument;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.NlpDocument.Token;
import org.storydesk.analysis.extraction.QuoteKind;
import org.storydesk.analysis.extraction.QuoteSpans;
import org.storydesk.analysis.extraction.TermRule;
import org.storydesk.analysis.extraction.TextPart;
import org.storydesk.analysis.extraction.TimexDate;

/**
 * Every quotation of an article and who said it. Each quoted span goes through the sieve: first
 * the rules that read its own sentence; then, unless a rule of its own clause attributed it, the
 * term rules may find it a name or term, nobody's words; then, quote by quote in reading order
 * (so a quote can continue the one before as just decided), the rules that read its neighbours.
 * The first rule that can tell decides, and the quote keeps that rule's name.
 */
public final class Quotations {

    private final QuoteContext context;
    private final AnalysisRules rules;

    public Quotations(NlpDocument document, ArticlePeople people, Clauses clauses, AnalysisRules rules) {
        this.context = new QuoteContext(document, people, clauses);
        this.rules = rules;
    }

    public record Found(List<QuoteFound> quotes, List<TermFound> terms) {
    }

    /** @param sentenceDates the date of each sentence that has one, for when its quotes were said */
    public Found inBody(Map<Integer, TimexDate> sentenceDates) {
        NlpDocument document = context.document();
        List<Candidate> quotes = new ArrayList<>();
        List<TermFound> terms = new ArrayList<>();
        List<SpeakerSieve> ownSentence = Sieves.speakers(AttributionRule.Stage.OWN_SENTENCE, rules.attributionOff());
        List<TermSieve> termRules = Sieves.terms(Sieves.BODY_TERMS, rules.termsOff());
        for (QuoteSpans.Span span : context.quoteSpans()) {
            Sentence first = document.sentenceAt(span.start());
            Sentence last = document.sentenceAt(Math.max(span.start(), span.end() - 1));
            if (first == null || last == null) {
                continue;
            }
            Candidate candidate = new Candidate(context, span, first, last, quotes, quotes.size());
            Optional<Attribution> attribution = firstDecision(ownSentence, candidate);
            boolean ownClause = attribution.isPresent() && attribution.get().rule().ownClause();
            Optional<TermRule> term = termRule(termRules, candidate, ownClause, terms);
            if (term.isPresent()) {
                terms.add(new TermFound(TextPart.BODY, span.start(), span.end(), candidate.text(), term.get()));
                continue;
            }
            attribution.ifPresent(candidate::decide);
            quotes.add(candidate);
        }
        List<SpeakerSieve> neighbours = Sieves.speakers(AttributionRule.Stage.NEIGHBOURS, rules.attributionOff());
        for (Candidate quote : quotes) {
            if (quote.attribution().isEmpty()) {
                firstDecision(neighbours, quote).ifPresent(quote::decide);
            }
        }
        List<QuoteFound> found = new ArrayList<>();
        for (Candidate quote : quotes) {
            Source source = quote.attribution().map(Attribution::source).orElse(Source.NOBODY);
            found.add(new QuoteFound(TextPart.BODY, quote.span().start(), quote.span().end(), quote.text(), kind(quote),
                    name(source.person()), source.label(), quote.attribution().map(Attribution::rule).orElse(null),
                    quote.first().begin(), quote.last().end(), sentenceDates.get(quote.first().index()),
                    quote.attribution().map(Attribution::confidence).orElse(0.0)));
        }
        return new Found(found, terms);
    }

    /** A headline's quotes: "PM: … “possibility” …", "Mayor calls … a “fair deal”", or the same words in the body. */
    public List<QuoteFound> inHeadline(NlpDocument parsedHeadline, Found body) {
        QuoteContext headline = QuoteContext.forHeadline(parsedHeadline, new QuoteContext.Body(context.people(), body.quotes(), body.terms()));
        String text = parsedHeadline.text();
        List<SpeakerSieve> speakers = Sieves.speakers(AttributionRule.Stage.HEADLINE, rules.attributionOff());
        List<SpeakerSieve> inBody = Sieves.speakers(AttributionRule.Stage.HEADLINE_LOOSE, rules.attributionOff());
        List<TermSieve> namesFirst = Sieves.terms(Sieves.HEADLINE_TERMS_FIRST, rules.termsOff());
        List<TermSieve> namesUnattributed = Sieves.terms(Sieves.HEADLINE_TERMS_UNATTRIBUTED, rules.termsOff());
        List<QuoteFound> quotes = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (QuoteSpans.Span span : QuoteSpans.in(text, true)) {
            Sentence sentence = parsedHeadline.sentenceAt(span.start());
            Candidate candidate = new Candidate(headline, span, sentence, sentence, candidates, candidates.size());
            if (termRule(namesFirst, candidate, false, List.of()).isPresent()) {
                continue;
            }
            Optional<Attribution> attribution = firstDecision(speakers, candidate);
            if (attribution.isEmpty()) {
                if (termRule(namesUnattributed, candidate, false, List.of()).isPresent()) {
                    continue;
                }
                attribution = firstDecision(inBody, candidate);
            }
            candidates.add(candidate);
            Source source = attribution.map(Attribution::source).orElse(Source.NOBODY);
            quotes.add(new QuoteFound(TextPart.HEADLINE, span.start(), span.end(), candidate.text(), QuoteKind.PARTIAL,
                    name(source.person()), source.label(), attribution.map(Attribution::rule).orElse(null), 0, text.length(), null,
                    attribution.map(Attribution::confidence).orElse(0.0)));
        }
        return quotes;
    }

    private static Optional<Attribution> firstDecision(List<SpeakerSieve> sieves, Candidate quote) {
        for (SpeakerSieve sieve : sieves) {
            Optional<Source> speaker = sieve.speaker(quote).filter(Source::known);
            if (speaker.isPresent()) {
                return Optional.of(Attribution.of(speaker.get(), sieve.rule(), quote));
            }
        }
        return Optional.empty();
    }

    private static Optional<TermRule> termRule(List<TermSieve> sieves, Candidate span, boolean attributedInOwnClause,
                                               List<TermFound> termsSoFar) {
        for (TermSieve sieve : sieves) {
            if (sieve.rule().onlyUnattributed() && attributedInOwnClause) {
                continue;
            }
            if (sieve.isTerm(span, termsSoFar)) {
                return Optional.of(sieve.rule());
            }
        }
        return Optional.empty();
    }

    /** Full: a sentence or clause someone said, standing on its own. Partial: a fragment woven into the reporter's sentence. */
    private static QuoteKind kind(Candidate quote) {
        if (quote.first() != quote.last()) {
            return QuoteKind.FULL;
        }
        String before = quote.before();
        String quoted = quote.text().strip();
        boolean capital = !quoted.isEmpty() && Character.isUpperCase(quoted.codePointAt(0));
        if (before.isEmpty() && capital) {
            return QuoteKind.FULL;
        }
        if (capital && (before.endsWith(":") || before.endsWith(",") && endsWithSpeechVerb(quote))) {
            return QuoteKind.FULL;
        }
        return QuoteKind.PARTIAL;
    }

    private static boolean endsWithSpeechVerb(Candidate quote) {
        Token lastBefore = null;
        for (Token token : quote.first().tokens()) {
            if (token.end() < quote.span().start() - 1 && !token.isPunctuation()) {
                lastBefore = token;
            }
        }
        return lastBefore != null && Lexicon.isSpeech(lastBefore);
    }

    private static String name(ArticlePeople.Person person) {
        return person == null ? null : person.name();
    }
}
