package org.storydesk.analysis.extraction.quotes;

import java.util.Locale;
import java.util.Optional;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;
import org.storydesk.analysis.extraction.Lexicon;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.NlpDocument.Token;

/**
 * Where the parse hangs the quote elsewhere, a verb of saying in the same sentence, outside the
 * quote, still says whose words they are: the nearest one before the quote, else the first after.
 */
final class SpeechVerbInSentence implements SpeakerSieve {

    @Override
    public AttributionRule rule() {
        return AttributionRule.SPEECH_VERB_IN_SENTENCE;
    }

    @Override
    public Optional<Source> speaker(Candidate quote) {
        Optional<Source> inLast = inSentence(quote.context(), quote.last(), quote);
        if (inLast.isPresent() || quote.last() == quote.first()) {
            return inLast;
        }
        return inSentence(quote.context(), quote.first(), quote);
    }

    private static Optional<Source> inSentence(QuoteContext context, Sentence sentence, Candidate quote) {
        Source before = null;
        Source after = null;
        for (Token token : sentence.tokens()) {
            boolean inside = token.begin() >= quote.span().start() - 1 && token.begin() <= quote.span().end();
            boolean documentVerb = token.isVerb() && Lexicon.DOCUMENT_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT));
            if (inside || !Lexicon.isSpeechVerb(token) && !documentVerb || context.insideAnyQuote(token)) {
                continue;
            }
            Optional<Integer> subject = context.clauses().speakerSubject(sentence, token.index());
            if (subject.isEmpty()) {
                continue;
            }
            Source source = context.clauses().source(sentence, subject.get());
            // "…, an independent inquiry has found": a document's own verb, for a document only.
            boolean speaks = Lexicon.isSpeechVerb(token) || context.clauses().isDocument(sentence, subject.get());
            if (!source.known() || !speaks) {
                continue;
            }
            if (token.begin() < quote.span().start()) {
                before = source;
            } else if (after == null) {
                after = source;
            }
        }
        return Optional.ofNullable(before != null ? before : after);
    }
}
