package org.storydesk.analysis.extraction.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.storydesk.analysis.extraction.ArticleAnalysis.QuoteFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.ArticlePeople;
import org.storydesk.analysis.extraction.Clauses;
import org.storydesk.analysis.extraction.Clauses.Source;
import org.storydesk.analysis.extraction.Lexicon;
import org.storydesk.analysis.extraction.NlpDocument;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.NlpDocument.Token;
import org.storydesk.analysis.extraction.QuoteSpans;

/**
 * The article as the rules read it: its parse, its people, its clauses and its quoted spans, with
 * the readings more than one rule needs (the token that heads a quote, who speaks in a sentence,
 * whether a sentence is about a document). A headline's context also knows the body it heads.
 */
final class QuoteContext {

    private final NlpDocument document;
    private final ArticlePeople people;
    private final Clauses clauses;
    private final Body body;

    /** What the body said, for a headline's quotes: its people, quotes and terms. */
    record Body(ArticlePeople people, List<QuoteFound> quotes, List<TermFound> terms) {
    }

    QuoteContext(NlpDocument document, ArticlePeople people, Clauses clauses) {
        this(document, people, clauses, null);
    }

    private QuoteContext(NlpDocument document, ArticlePeople people, Clauses clauses, Body body) {
        this.document = document;
        this.people = people;
        this.clauses = clauses;
        this.body = body;
    }

    /** A parsed headline, read with the people of the headline itself and the body below it. */
    static QuoteContext forHeadline(NlpDocument headline, Body body) {
        ArticlePeople headlinePeople = ArticlePeople.of(headline);
        return new QuoteContext(headline, headlinePeople, new Clauses(headline, headlinePeople), body);
    }

    NlpDocument document() {
        return document;
    }

    String text() {
        return document.text();
    }

    ArticlePeople people() {
        return people;
    }

    Clauses clauses() {
        return clauses;
    }

    /** For a headline: the body under it. */
    Body body() {
        if (body == null) {
            throw new IllegalStateException("Only a headline's quotes read the body");
        }
        return body;
    }

    List<QuoteSpans.Span> quoteSpans() {
        return clauses.quoteSpans();
    }

    boolean insideAnyQuote(Token token) {
        return QuoteSpans.covers(quoteSpans(), token.begin());
    }

    /** The token of the span that heads it in the parse: the one whose head lies outside the span. */
    static int spanHead(Sentence sentence, QuoteSpans.Span span) {
        int best = -1;
        int bestDepth = Integer.MAX_VALUE;
        for (Token token : sentence.tokens()) {
            if (token.begin() < span.start() || token.end() > span.end() || token.isPunctuation()) {
                continue;
            }
            int head = token.head();
            boolean headOutside = head < 0 || sentence.token(head).begin() < span.start() || sentence.token(head).end() > span.end();
            if (headOutside) {
                int depth = depth(sentence, token.index());
                if (depth < bestDepth) {
                    best = token.index();
                    bestDepth = depth;
                }
            }
        }
        return best;
    }

    private static int depth(Sentence sentence, int token) {
        int depth = 0;
        for (int current = token; current >= 0 && depth < 50; current = sentence.token(current).head()) {
            depth++;
        }
        return depth;
    }

    /** The relation of a token to its head, with "obl" refined by its preposition ("obl:as"). */
    static String relation(Sentence sentence, int token) {
        String relation = sentence.token(token).relation();
        if (relation.equals("obl") || relation.equals("nmod")) {
            for (int child : sentence.children(token, "case")) {
                return "obl:" + sentence.token(child).lowerWord();
            }
        }
        return relation;
    }

    int paragraphOf(int offset) {
        int paragraph = 0;
        String text = document.text();
        for (int at = text.indexOf("\n\n"); at >= 0 && at < offset; at = text.indexOf("\n\n", at + 2)) {
            paragraph++;
        }
        return paragraph;
    }

    /**
     * The nearest sentence with words in a direction: a lone closing quotation mark the splitter left
     * as a sentence of its own is not the next sentence.
     */
    Optional<Sentence> wordsAround(int index, int step) {
        for (int i = index + step; i >= 0 && i < document.sentences().size(); i += step) {
            Sentence sentence = document.sentences().get(i);
            if (sentence.tokens().stream().anyMatch(token -> Character.isLetterOrDigit(token.word().codePointAt(0)))) {
                return Optional.of(sentence);
            }
        }
        return Optional.empty();
    }

    /** The source of a verb of saying in the sentence (outside quotes), if there is one. */
    Optional<Source> speakerOf(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (!Lexicon.isSpeechVerb(token) || insideAnyQuote(token)) {
                continue;
            }
            Optional<Integer> subject = clauses.speakerSubject(sentence, token.index());
            if (subject.isPresent()) {
                Source source = clauses.source(sentence, subject.get());
                if (source.known()) {
                    return Optional.of(source);
                }
            }
        }
        return Optional.empty();
    }

    /** The document that is the subject of the sentence's main clause: "The staff report warns …". */
    Optional<Source> documentSubject(Sentence sentence) {
        Optional<Integer> subject = clauses.subject(sentence, sentence.root());
        // A document named inside the quotation ("the decisions have to be made …") is the speaker's word, not the source.
        if (subject.isPresent() && clauses.isDocument(sentence, subject.get()) && !insideAnyQuote(sentence.token(subject.get()))) {
            return Optional.of(clauses.source(sentence, subject.get()));
        }
        return Optional.empty();
    }

    /** "… — that was the plea from Police Chief Dale Morrow": a noun of speech after the given offset, and whose it is. */
    Optional<Source> namedBySpeechNoun(Sentence next, int after) {
        for (Token token : next.tokens()) {
            boolean speechNoun = Lexicon.SPEECH_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT))
                    || Lexicon.SPEECH_NOUNS.contains(token.lowerWord());
            if (token.begin() < after || !speechNoun || insideAnyQuote(token)) {
                continue;
            }
            for (int child : next.children(token.index())) {
                if (next.token(child).relation().equals("nmod:poss")) {
                    Source source = clauses.source(next, child);
                    if (source.person() != null) {
                        return Optional.of(source);
                    }
                    // "That was the coach's answer": the article's person with that role.
                    Optional<ArticlePeople.Person> byRole = people.withRole(next.token(child).lemma());
                    if (byRole.isPresent()) {
                        return Optional.of(new Source(byRole.get(), null));
                    }
                    if (source.known()) {
                        return Optional.of(source);
                    }
                }
            }
            // "The warning came from X", "that was the plea from X": the source follows "from".
            List<Integer> candidates = new ArrayList<>(next.children(token.index()));
            if (token.head() >= 0) {
                candidates.addAll(next.children(token.head()));
            }
            for (int child : candidates) {
                boolean from = next.children(child, "case").stream()
                        .anyMatch(c -> next.token(c).lowerWord().equals("from") || next.token(c).lowerWord().equals("of")
                                || next.token(c).lowerWord().equals("by"));
                if (from && next.token(child).begin() > token.begin()) {
                    Source source = clauses.source(next, child);
                    if (source.known()) {
                        return Optional.of(source);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a verb of saying (or "according to") outside any quote reports speech in the sentence. */
    boolean hasSpeechVerb(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (Lexicon.isSpeechVerb(token) && !insideAnyQuote(token)) {
                return true;
            }
            if (token.lowerWord().equals("according")) {
                return true;
            }
        }
        return false;
    }

    /** Every longer word capitalised, and not the words opening a sentence: a name ("Green Loop", "Iron Bridge"). */
    static boolean isTitleCase(String quoted) {
        String[] words = quoted.strip().split("\\s+");
        return words.length <= 4 && Arrays.stream(words).filter(word -> word.length() > 3)
                .allMatch(word -> Character.isUpperCase(word.codePointAt(0)))
                && Character.isUpperCase(quoted.strip().codePointAt(0));
    }

    /** Nouns and adjectives only, with no finite verb and no adverb: a name for something, not a remark. */
    static boolean isBareNounPhrase(Sentence sentence, QuoteSpans.Span span) {
        boolean any = false;
        for (Token token : sentence.tokens()) {
            if (token.begin() < span.start() || token.end() > span.end() || token.isPunctuation()) {
                continue;
            }
            any = true;
            String pos = token.pos();
            boolean nominal = pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD")
                    || pos.equals("POS") || pos.equals("HYPH") || pos.equals("CC") || pos.equals("VB") || pos.equals("VBG");
            if (!nominal) {
                return false;
            }
        }
        return any;
    }
}
