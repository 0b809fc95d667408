package org.storydesk.analysis.extraction.quotes;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses;
import org.storydesk.analysis.extraction.Clauses.Source;
import org.storydesk.analysis.extraction.Lexicon;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.NlpDocument.Token;
import org.storydesk.analysis.extraction.QuoteSpans;

/**
 * "X said “…”", "“…,” said X", "X called it “…”", "…, where he noted … “active.”": walking up the
 * parse from the quote, the first verb of saying whose reported clause holds it; its subject is
 * the speaker. A noun of speech on the way ("his warning that “…”", "issued a bulletin warning of
 * “…”") speaks for whoever issued it, and a document's words reported by a person are the person's.
 */
final class GoverningSpeechVerb implements SpeakerSieve {

    /** Relations by which a quoted clause hangs on the verb that reports it. */
    private static final Set<String> REPORTED = Set.of(
            "ccomp", "xcomp", "obj", "dobj", "iobj", "parataxis", "dep", "advcl", "obl:as", "obl:like", "obl:of", "obl:about",
            "nsubj:pass", "csubj");
    private static final int MAX_HOPS = 12;

    @Override
    public AttributionRule rule() {
        return AttributionRule.GOVERNING_SPEECH_VERB;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        QuoteContext context = quote.context();
        Optional<Source> governed = governed(context, quote.first(), quote.span());
        if (governed.isEmpty() && quote.last() != quote.first()) {
            governed = governed(context, quote.last(), quote.span());
        }
        return governed;
    }

    /** The source of the verb of saying whose reported clause holds the span, if one governs it in this sentence. */
    static Optional<Source> governed(QuoteContext context, Sentence sentence, QuoteSpans.Span span) {
        Clauses clauses = context.clauses();
        int head = QuoteContext.spanHead(sentence, span);
        if (head < 0) {
            return Optional.empty();
        }
        // "Soto added that the framework includes “…”": a document's words reported by a person are the person's.
        Source written = null;
        int current = head;
        for (int hops = 0; hops < MAX_HOPS; hops++) {
            Token token = sentence.token(current);
            int parent = token.head();
            if (parent < 0) {
                return Optional.ofNullable(written);
            }
            Token verb = sentence.token(parent);
            String lemma = verb.lemma().toLowerCase(Locale.ROOT);
            boolean outsideQuote = verb.begin() < span.start() - 1 || verb.begin() > span.end();
            if (outsideQuote && verb.isNoun() && (Lexicon.SPEECH_NOUNS.contains(lemma) || Lexicon.DOCUMENT_NOUNS.contains(lemma))
                    && !token.relation().equals("compound")) {
                // "issued a bulletin warning of gusts “…”", "his warning that “…”": whoever issued it said it.
                Optional<Source> issuer = issuerOfNoun(clauses, sentence, parent);
                if (issuer.isPresent()) {
                    return issuer;
                }
            }
            if (outsideQuote && REPORTED.contains(QuoteContext.relation(sentence, current))) {
                Optional<Integer> subject = clauses.subject(sentence, parent);
                boolean document = subject.isPresent() && clauses.isDocument(sentence, subject.get());
                // "X was quoted (by an agency) as saying “…”": the one quoted is the speaker, the agency only carries it.
                if (Lexicon.QUOTED_AS_VERBS.contains(lemma) && Clauses.isPassive(sentence, parent)) {
                    Optional<Integer> quoted = clauses.subject(sentence, parent);
                    if (quoted.isPresent() && clauses.source(sentence, quoted.get()).known()) {
                        return Optional.of(clauses.source(sentence, quoted.get()));
                    }
                }
                boolean passive = Clauses.isPassive(sentence, parent);
                if (passive && Lexicon.SPEECH_VERBS.contains(lemma) && Clauses.agent(sentence, parent).isEmpty()) {
                    // "staff had been told to “…”": those spoken to are not the speaker; whoever reports it may be.
                    current = parent;
                    continue;
                }
                if (Lexicon.SPEECH_VERBS.contains(lemma) && !document) {
                    Optional<Integer> speaker = passive ? Clauses.agent(sentence, parent) : clauses.speakerSubject(sentence, parent);
                    if (speaker.isPresent()) {
                        Source source = clauses.source(sentence, speaker.get());
                        if (source.known()) {
                            return Optional.of(source);
                        }
                        // "a pensioner had told him Labour had “…”": the nearest verb of saying decides, even
                        // for someone the article does not name; an outer "he said" is not theirs.
                        if (!passive && clauses.describesSomeone(sentence, parent, speaker.get())) {
                            return Optional.of(new Source(null, clauses.nounPhrase(sentence, speaker.get())));
                        }
                    }
                    Optional<Source> issuer = issuerOfDocument(clauses, sentence, parent);
                    if (issuer.isPresent()) {
                        return issuer;
                    }
                    return Optional.ofNullable(written);
                }
                if (written == null && document && (Lexicon.DOCUMENT_VERBS.contains(lemma) || Lexicon.SPEECH_VERBS.contains(lemma))) {
                    written = clauses.source(sentence, subject.get());
                }
            }
            current = parent;
        }
        return Optional.ofNullable(written);
    }

    /** Whoever issued a statement or a warning: the subject of the verb it is the object of, or the noun's owner. */
    private static Optional<Source> issuerOfNoun(Clauses clauses, Sentence sentence, int noun) {
        for (int child : sentence.children(noun, "nmod:poss")) {
            Source owner = clauses.source(sentence, child);
            if (owner.known()) {
                return Optional.of(owner);
            }
        }
        Token token = sentence.token(noun);
        if (token.relation().startsWith("obj") && token.head() >= 0) {
            Optional<Integer> subject = clauses.subject(sentence, token.head());
            if (subject.isPresent()) {
                Source source = clauses.source(sentence, subject.get());
                if (source.known()) {
                    return Optional.of(source);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "The weather office issued a bulletin warning of gusts “…”": a verb of saying that describes a
     * document speaks for whoever issued it, or for the document itself.
     */
    private static Optional<Source> issuerOfDocument(Clauses clauses, Sentence sentence, int verb) {
        Token token = sentence.token(verb);
        if (!token.relation().startsWith("acl") || token.head() < 0) {
            return Optional.empty();
        }
        int noun = token.head();
        if (!Lexicon.DOCUMENT_NOUNS.contains(sentence.token(noun).lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int issuingVerb = sentence.token(noun).head();
        if (issuingVerb >= 0) {
            Optional<Integer> subject = clauses.subject(sentence, issuingVerb);
            if (subject.isPresent()) {
                Source source = clauses.source(sentence, subject.get());
                if (source.known()) {
                    return Optional.of(source);
                }
            }
        }
        return Optional.of(new Source(null, clauses.nounPhrase(sentence, noun)));
    }
}
