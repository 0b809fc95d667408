package org.storydesk.analysis.extraction.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses;
import org.storydesk.analysis.extraction.Clauses.Source;
import org.storydesk.analysis.extraction.Lexicon;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.NlpDocument.Token;

/**
 * A quote standing alone whose speaker the next sentence names: "That was Okafor's reply", "The
 * warning came from Dr. Ada Park", "That was how Gail Porter described her role", "So said the mayor."
 */
final class NamedInNextSentence implements SpeakerSieve {

    /** A sentence as short as "So said the mayor." */
    private static final int SHORT_SENTENCE = 8;

    @Override
    public AttributionRule rule() {
        return AttributionRule.NAMED_IN_NEXT_SENTENCE;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        if (!quote.standsAlone()) {
            return Optional.empty();
        }
        QuoteContext context = quote.context();
        Optional<Sentence> following = context.wordsAround(quote.last().index(), +1);
        if (following.isEmpty()) {
            return Optional.empty();
        }
        Sentence next = following.get();
        return context.namedBySpeechNoun(next, next.begin()).or(() -> pointsBack(context, next)).or(() -> saidBy(context, next));
    }

    /**
     * A sentence that points back at the words just quoted: "That was how Gail Porter described her
     * role", "Thibodeau repeated that warning", "Mensah offered that parting shot".
     */
    private static Optional<Source> pointsBack(QuoteContext context, Sentence next) {
        Clauses clauses = context.clauses();
        boolean opensWithThat = !next.tokens().isEmpty() && Set.of("that", "this", "such").contains(next.token(0).lowerWord())
                && next.token(0).relation().startsWith("nsubj");
        // "that warning", "that parting shot": a demonstrative before a noun of speech, whatever the parse made of it.
        List<Token> tokens = next.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!Set.of("that", "this", "those", "these").contains(tokens.get(i).lowerWord())) {
                continue;
            }
            boolean speechNoun = false;
            for (int j = i + 1; j < tokens.size() && j <= i + 3; j++) {
                // "that warning" may come tagged as a verb form: the word decides, not its lemma.
                speechNoun |= Lexicon.SPEECH_NOUNS.contains(tokens.get(j).lemma().toLowerCase(Locale.ROOT))
                        || Lexicon.SPEECH_NOUNS.contains(tokens.get(j).lowerWord());
            }
            if (!speechNoun) {
                continue;
            }
            Optional<Integer> subject = clauses.subject(next, next.root());
            if (subject.isPresent() && subject.get() < i) {
                Source source = clauses.source(next, subject.get());
                if (source.known()) {
                    return Optional.of(source);
                }
            }
        }
        if (opensWithThat) {
            for (Token token : next.tokens()) {
                if (Lexicon.isSpeechVerb(token)) {
                    Optional<Integer> subject = clauses.subject(next, token.index());
                    if (subject.isPresent() && next.token(subject.get()).index() != 0) {
                        Source source = clauses.source(next, subject.get());
                        if (source.known()) {
                            return Optional.of(source);
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "So said the mayor.": a short sentence of saying with no quote and no reported clause of its own. */
    private static Optional<Source> saidBy(QuoteContext context, Sentence next) {
        boolean hasQuote = context.quoteSpans().stream().anyMatch(s -> s.start() >= next.begin() && s.start() < next.end());
        if (hasQuote || next.tokens().size() > SHORT_SENTENCE) {
            return Optional.empty();
        }
        Token root = next.token(next.root());
        if (Lexicon.isSpeech(root) && next.children(root.index(), "ccomp").isEmpty()) {
            Optional<Integer> subject = context.clauses().subject(next, root.index());
            if (subject.isPresent()) {
                Source source = context.clauses().source(next, subject.get());
                if (source.known()) {
                    return Optional.of(source);
                }
            }
        }
        return Optional.empty();
    }
}
