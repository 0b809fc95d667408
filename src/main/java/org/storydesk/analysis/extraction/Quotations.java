package org.storydesk.analysis.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.storydesk.analysis.extraction.ArticleAnalysis.QuoteFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.Clauses.Source;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.NlpDocument.Token;

/**
 * Every quotation of an article and who said it, decided by a sieve, most certain rule first:
 * the verb of saying that governs the quote's clause ("X said", "said X", "X told reporters",
 * "X called it “…”", also inside a clause of its own: "…, where he noted … “active.”"); an
 * "according to X"; a quote whose speaker is named in the next sentence; a quote that continues
 * the one before; a document or unnamed source as a label. A short quoted name or term that
 * nobody is said to have said (a “peace dividend”) is a term, nobody's words.
 */
final class Quotations {

    /** Relations by which a quoted clause hangs on the verb that reports it. */
    private static final Set<String> REPORTED = Set.of(
            "ccomp", "xcomp", "obj", "dobj", "iobj", "parataxis", "dep", "advcl", "obl:as", "obl:like", "obl:of", "obl:about",
            "nsubj:pass", "csubj");
    private static final Set<String> TERM_INTRODUCERS = Set.of(
            "the", "so-called", "dubbed", "named", "branded", "nicknamed", "titled", "entitled", "called");
    private static final Pattern HEADLINE_PREFIX = Pattern.compile("^\\s*([\\p{L}.’' -]{1,30}?)\\s*:\\s");
    private static final int TERM_MAX_WORDS = 5;

    private final NlpDocument document;
    private final ArticlePeople people;
    private final Clauses clauses;

    Quotations(NlpDocument document, ArticlePeople people, Clauses clauses) {
        this.document = document;
        this.people = people;
        this.clauses = clauses;
    }

    record Found(List<QuoteFound> quotes, List<TermFound> terms) {
    }

    /** An attribution as the sieve decided it. */
    private record Attribution(Source source, AttributionRule rule) {
        static final Attribution NONE = new Attribution(Source.NOBODY, null);

        boolean known() {
            return source.known();
        }
    }

    Found inBody(Map<Integer, TimexDate> sentenceDates) {
        String text = document.text();
        List<QuoteSpans.Span> spans = clauses.quoteSpans();
        List<QuoteFound> quotes = new ArrayList<>();
        List<TermFound> terms = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        List<QuoteSpans.Span> quoteSpans = new ArrayList<>();
        for (QuoteSpans.Span span : spans) {
            Sentence first = document.sentenceAt(span.start());
            Sentence last = document.sentenceAt(Math.max(span.start(), span.end() - 1));
            if (first == null || last == null) {
                continue;
            }
            Attribution governed = governed(first, span).or(() -> last == first ? Optional.empty() : governed(last, span))
                    .or(() -> afterQuote(last, span))
                    .orElse(Attribution.NONE);
            Attribution according = governed.known() ? Attribution.NONE : accordingTo(last, span);
            boolean term = isTitleCase(span.text(text)) && Names.words(span.text(text)) >= 2 && span.start() - 1 > first.begin()
                    || isNaming(first, span)
                    || !governed.known() && !according.known() && isTerm(first, span, terms);
            if (term) {
                terms.add(new TermFound(TextPart.BODY, span.start(), span.end(), span.text(text)));
                continue;
            }
            Attribution attribution = governed.known() ? governed : according.known() ? according
                    : speechVerbInSentence(last, span).or(() -> last == first ? Optional.empty() : speechVerbInSentence(first, span))
                    .or(() -> documentSubject(first).map(source -> new Attribution(source, AttributionRule.DOCUMENT_SUBJECT)))
                    .orElse(Attribution.NONE);
            quoteSpans.add(span);
            attributions.add(attribution);
        }
        // Second pass: quotes with no attribution of their own look to their neighbours.
        for (int i = 0; i < quoteSpans.size(); i++) {
            if (!attributions.get(i).known()) {
                attributions.set(i, fromNeighbours(quoteSpans, attributions, i));
            }
        }
        for (int i = 0; i < quoteSpans.size(); i++) {
            QuoteSpans.Span span = quoteSpans.get(i);
            Sentence first = document.sentenceAt(span.start());
            Sentence last = document.sentenceAt(Math.max(span.start(), span.end() - 1));
            Attribution attribution = attributions.get(i);
            quotes.add(new QuoteFound(TextPart.BODY, span.start(), span.end(), span.text(text),
                    kind(first, last, span), name(attribution.source().person()), attribution.source().label(),
                    attribution.rule(), first.begin(), last.end(), sentenceDates.get(first.index())));
        }
        return new Found(quotes, terms);
    }

    /** The verb of saying whose reported clause holds the quote; its subject is the source. */
    private Optional<Attribution> governed(Sentence sentence, QuoteSpans.Span span) {
        int head = spanHead(sentence, span);
        if (head < 0) {
            return Optional.empty();
        }
        // "Soto added that the framework includes “…”": a document's words reported by a person are the person's.
        Attribution written = null;
        int current = head;
        for (int hops = 0; hops < 12; hops++) {
            Token token = sentence.token(current);
            int parent = token.head();
            if (parent < 0) {
                return Optional.empty();
            }
            Token verb = sentence.token(parent);
            String lemma = verb.lemma().toLowerCase(Locale.ROOT);
            boolean outsideQuote = verb.begin() < span.start() - 1 || verb.begin() > span.end();
            if (outsideQuote && verb.isNoun() && (Lexicon.SPEECH_NOUNS.contains(lemma) || Lexicon.DOCUMENT_NOUNS.contains(lemma))
                    && !token.relation().equals("compound")) {
                // "issued a bulletin warning of gusts “…”", "his warning that “…”": whoever issued it said it.
                Optional<Source> issuer = issuerOfNoun(sentence, parent);
                if (issuer.isPresent()) {
                    return Optional.of(new Attribution(issuer.get(), AttributionRule.GOVERNING_SPEECH_VERB));
                }
            }
            if (outsideQuote && REPORTED.contains(relation(sentence, current))) {
                Optional<Integer> subject = clauses.subject(sentence, parent);
                boolean document = subject.isPresent() && clauses.isDocument(sentence, subject.get());
                if (Lexicon.SPEECH_VERBS.contains(lemma) && !document) {
                    if (subject.isPresent()) {
                        Source source = clauses.source(sentence, subject.get());
                        if (source.known()) {
                            return Optional.of(new Attribution(source, AttributionRule.GOVERNING_SPEECH_VERB));
                        }
                    }
                    Optional<Source> issuer = issuerOfDocument(sentence, parent);
                    if (issuer.isPresent()) {
                        return Optional.of(new Attribution(issuer.get(), AttributionRule.GOVERNING_SPEECH_VERB));
                    }
                    return written == null ? Optional.empty() : Optional.of(written);
                }
                if (written == null && document && (Lexicon.DOCUMENT_VERBS.contains(lemma) || Lexicon.SPEECH_VERBS.contains(lemma))) {
                    written = new Attribution(clauses.source(sentence, subject.get()), AttributionRule.GOVERNING_SPEECH_VERB);
                }
            }
            current = parent;
        }
        return written == null ? Optional.empty() : Optional.of(written);
    }

    /** Whoever issued a statement or a warning: the subject of the verb it is the object of, or the noun's owner. */
    private Optional<Source> issuerOfNoun(Sentence sentence, int noun) {
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
    private Optional<Source> issuerOfDocument(Sentence sentence, int verb) {
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
        return Optional.of(new Source(null, Clauses.nounPhrase(sentence, noun)));
    }

    /**
     * Where the parse hangs the quote elsewhere, a verb of saying in the same sentence, outside the
     * quote, still says whose words they are: the nearest one before the quote, else the first after.
     */
    private Optional<Attribution> speechVerbInSentence(Sentence sentence, QuoteSpans.Span span) {
        Attribution before = null;
        Attribution after = null;
        for (Token token : sentence.tokens()) {
            boolean inside = token.begin() >= span.start() - 1 && token.begin() <= span.end();
            if (inside || !Lexicon.isSpeechVerb(token)
                    || insideAnyQuote(token)) {
                continue;
            }
            Optional<Integer> subject = clauses.subject(sentence, token.index());
            if (subject.isEmpty()) {
                continue;
            }
            Source source = clauses.source(sentence, subject.get());
            if (!source.known()) {
                continue;
            }
            Attribution attribution = new Attribution(source, AttributionRule.SPEECH_VERB_IN_SENTENCE);
            if (token.begin() < span.start()) {
                before = attribution;
            } else if (after == null) {
                after = attribution;
            }
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    /**
     * "“…,” Ruiz said." and "“…,” said Okafor.": where the parser did not hang the quote on the
     * verb that follows it, a verb of saying right after the closing mark still reports it.
     */
    private Optional<Attribution> afterQuote(Sentence sentence, QuoteSpans.Span span) {
        String before = document.text().substring(sentence.begin(), Math.max(sentence.begin(), span.start() - 1)).strip();
        if (!before.isEmpty()) {
            return Optional.empty();
        }
        for (Token token : sentence.tokens()) {
            if (token.begin() <= span.end() || token.begin() > span.end() + 40) {
                continue;
            }
            if (Lexicon.isSpeechVerb(token)) {
                Optional<Integer> subject = clauses.subject(sentence, token.index());
                if (subject.isPresent()) {
                    Source source = clauses.source(sentence, subject.get());
                    if (source.known()) {
                        return Optional.of(new Attribution(source, AttributionRule.SPEECH_VERB_AFTER_QUOTE));
                    }
                }
                // "“…,” Villalba said in Spanish." where the parse lost the subject: the name right before the verb.
                for (int i = token.index() - 1; i >= 0 && i >= token.index() - 3; i--) {
                    Optional<ArticlePeople.Person> named = people.at(sentence.index(), i);
                    if (named.isPresent() && sentence.token(i).begin() > span.end()) {
                        return Optional.of(new Attribution(new Source(named.get(), null), AttributionRule.SPEECH_VERB_AFTER_QUOTE));
                    }
                }
                // "“…,” said Nia Okeke." where the parse lost the inverted subject: the name right after the verb.
                for (int i = token.index() + 1; i < sentence.tokens().size() && i <= token.index() + 6; i++) {
                    Optional<ArticlePeople.Person> named = people.at(sentence.index(), i);
                    if (named.isPresent()) {
                        return Optional.of(new Attribution(new Source(named.get(), null), AttributionRule.SPEECH_VERB_AFTER_QUOTE));
                    }
                    if (sentence.token(i).isVerb() || sentence.token(i).word().equals(",")) {
                        break;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** "…, according to Norwegian Prime Minister Ingrid Lunde." */
    private Attribution accordingTo(Sentence sentence, QuoteSpans.Span span) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).lowerWord().equals("according") && tokens.get(i + 1).lowerWord().equals("to")) {
                for (int j = i + 2; j < tokens.size() && j < i + 12; j++) {
                    Optional<ArticlePeople.Person> person = people.at(sentence.index(), j);
                    if (person.isPresent()) {
                        return new Attribution(new Source(person.get(), null), AttributionRule.ACCORDING_TO);
                    }
                }
                int object = -1;
                for (int j = i + 2; j < tokens.size(); j++) {
                    if (tokens.get(j).isNoun()) {
                        object = j;
                        if (tokens.get(j).head() != j + 1 || !tokens.get(j + 1 < tokens.size() ? j + 1 : j).isNoun()) {
                            break;
                        }
                    }
                }
                if (object >= 0) {
                    Source source = clauses.source(sentence, object);
                    if (source.known()) {
                        return new Attribution(source, AttributionRule.ACCORDING_TO);
                    }
                }
            }
        }
        return Attribution.NONE;
    }

    /**
     * A quote with nothing in its own sentence to say whose it is: its speaker is named in the next
     * sentence ("That was Okafor's reply"), or it continues the quote or the attribution just before it,
     * or, after a sentence about a document, it is that document's words.
     */
    private Attribution fromNeighbours(List<QuoteSpans.Span> spans, List<Attribution> attributions, int index) {
        QuoteSpans.Span span = spans.get(index);
        Sentence last = document.sentenceAt(Math.max(span.start(), span.end() - 1));
        Sentence first = document.sentenceAt(span.start());
        boolean alone = standsAlone(first, last, span);
        Optional<Source> namedAfter = namedBySpeechNoun(last, span.end());
        if (namedAfter.isPresent()) {
            return new Attribution(namedAfter.get(), AttributionRule.SPEECH_NOUN_AFTER_QUOTE);
        }
        if (alone && index > 0 && attributions.get(index - 1).known()) {
            // "“…,” she said. “…”": a quote right after an attributed one in the same paragraph is the same speaker's.
            QuoteSpans.Span previous = spans.get(index - 1);
            Sentence previousLast = document.sentenceAt(Math.max(previous.start(), previous.end() - 1));
            if (paragraphOf(previous.start()) == paragraphOf(span.start()) && first.index() - previousLast.index() <= 1) {
                return new Attribution(attributions.get(index - 1).source(), AttributionRule.CONTINUES_QUOTE_IN_PARAGRAPH);
            }
        }
        Optional<Sentence> following = wordsAround(last.index(), +1);
        if (alone && following.isPresent()) {
            Optional<Source> named = namedNext(following.get());
            if (named.isPresent()) {
                return new Attribution(named.get(), AttributionRule.NAMED_IN_NEXT_SENTENCE);
            }
        }
        if (alone) {
            // A quote standing alone continues the quote just before it, if no one else spoke in between.
            for (int i = index - 1; i >= 0; i--) {
                QuoteSpans.Span previous = spans.get(i);
                Sentence previousSentence = document.sentenceAt(Math.max(previous.start(), previous.end() - 1));
                if (first.index() - previousSentence.index() > 2) {
                    break;
                }
                if (attributions.get(i).known() && !someoneElseSpeaks(previousSentence.index(), first.index(), attributions.get(i).source())) {
                    return new Attribution(attributions.get(i).source(), AttributionRule.CONTINUES_PREVIOUS_QUOTE);
                }
                break;
            }
        }
        // The sentence just before attributes speech ("He added that …") or is about a document.
        Optional<Sentence> before = wordsAround(first.index(), -1);
        if (before.isPresent()) {
            Sentence previous = before.get();
            Optional<Source> speaker = speakerOf(previous);
            if (speaker.isPresent()) {
                return new Attribution(speaker.get(), AttributionRule.SPEAKER_OF_SENTENCE_BEFORE);
            }
            Optional<Source> writtenSource = documentSubject(previous);
            if (writtenSource.isPresent()) {
                return new Attribution(writtenSource.get(), AttributionRule.DOCUMENT_OF_SENTENCE_BEFORE);
            }
        }
        return Attribution.NONE;
    }

    private int paragraphOf(int offset) {
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
    private Optional<Sentence> wordsAround(int index, int step) {
        for (int i = index + step; i >= 0 && i < document.sentences().size(); i += step) {
            Sentence sentence = document.sentences().get(i);
            if (sentence.tokens().stream().anyMatch(token -> Character.isLetterOrDigit(token.word().codePointAt(0)))) {
                return Optional.of(sentence);
            }
        }
        return Optional.empty();
    }

    /** Whether anyone other than the given source is reported speaking in the sentences between. */
    private boolean someoneElseSpeaks(int from, int to, Source source) {
        for (int i = from + 1; i < to; i++) {
            Optional<Source> speaker = speakerOf(document.sentences().get(i));
            if (speaker.isPresent() && !same(speaker.get(), source)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Source a, Source b) {
        return a.person() != null && a.person() == b.person() || a.label() != null && a.label().equals(b.label());
    }

    /** The source of a verb of saying in the sentence (outside quotes), if there is one. */
    private Optional<Source> speakerOf(Sentence sentence) {
        for (Token token : sentence.tokens()) {
            if (!Lexicon.isSpeechVerb(token) || insideAnyQuote(token)) {
                continue;
            }
            Optional<Integer> subject = clauses.subject(sentence, token.index());
            if (subject.isPresent()) {
                Source source = clauses.source(sentence, subject.get());
                if (source.known()) {
                    return Optional.of(source);
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Source> documentSubject(Sentence sentence) {
        Optional<Integer> subject = clauses.subject(sentence, sentence.root());
        if (subject.isPresent() && clauses.isDocument(sentence, subject.get())) {
            return Optional.of(clauses.source(sentence, subject.get()));
        }
        return Optional.empty();
    }

    /** "That was Okafor's reply …", "The warning came from Dr. Ada Park.", "So said the mayor." */
    private Optional<Source> namedNext(Sentence next) {
        return namedBySpeechNoun(next, next.begin()).or(() -> pointsBack(next)).or(() -> saidBy(next));
    }

    /**
     * A sentence that points back at the words just quoted: "That was how Gail Porter described her
     * role", "Thibodeau repeated that warning", "Mensah offered that parting shot".
     */
    private Optional<Source> pointsBack(Sentence next) {
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

    /** "… — that was the plea from Police Chief Dale Morrow": a noun of speech after the given offset, and whose it is. */
    private Optional<Source> namedBySpeechNoun(Sentence next, int after) {
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

    private Optional<Source> saidBy(Sentence next) {
        boolean hasQuote = clauses.quoteSpans().stream().anyMatch(s -> s.start() >= next.begin() && s.start() < next.end());
        if (!hasQuote && next.tokens().size() <= 8) {
            Token root = next.token(next.root());
            if (Lexicon.isSpeech(root) && next.children(root.index(), "ccomp").isEmpty()) {
                Optional<Integer> subject = clauses.subject(next, root.index());
                if (subject.isPresent()) {
                    Source source = clauses.source(next, subject.get());
                    if (source.known()) {
                        return Optional.of(source);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private boolean insideAnyQuote(Token token) {
        return QuoteSpans.covers(clauses.quoteSpans(), token.begin());
    }

    /** A quote that is its own sentence (or sentences), with no words of the reporter around it. */
    private boolean standsAlone(Sentence first, Sentence last, QuoteSpans.Span span) {
        String text = document.text();
        String before = text.substring(first.begin(), Math.max(first.begin(), span.start() - 1)).strip();
        String after = span.end() + 1 <= last.end() ? text.substring(Math.min(span.end() + 1, last.end()), last.end()).strip() : "";
        return before.isEmpty() && after.replaceAll("[\\p{Punct}”’\"]", "").isBlank();
    }

    /** Full: a sentence or clause someone said, standing on its own. Partial: a fragment woven into the reporter's sentence. */
    private QuoteKind kind(Sentence first, Sentence last, QuoteSpans.Span span) {
        String text = document.text();
        if (first != last) {
            return QuoteKind.FULL;
        }
        String before = text.substring(first.begin(), Math.max(first.begin(), span.start() - 1)).strip();
        String quoted = span.text(text).strip();
        boolean capital = !quoted.isEmpty() && Character.isUpperCase(quoted.codePointAt(0));
        if (before.isEmpty() && capital) {
            return QuoteKind.FULL;
        }
        if (capital && (before.endsWith(":") || before.endsWith(",") && endsWithSpeechVerb(first, span))) {
            return QuoteKind.FULL;
        }
        return QuoteKind.PARTIAL;
    }

    private static boolean endsWithSpeechVerb(Sentence sentence, QuoteSpans.Span span) {
        Token lastBefore = null;
        for (Token token : sentence.tokens()) {
            if (token.end() < span.start() - 1 && !token.isPunctuation()) {
                lastBefore = token;
            }
        }
        return lastBefore != null && Lexicon.isSpeech(lastBefore);
    }

    /**
     * A term, nobody's words: short, said by no one in the text, and a name or label — title-cased,
     * introduced as a name ("the", "so-called", "known as", "dubbed") or with no verb at all.
     */
    private boolean isTerm(Sentence sentence, QuoteSpans.Span span, List<TermFound> termsSoFar) {
        String quoted = span.text(document.text()).strip().replaceAll("[,.;:!?]+$", "");
        if (Names.words(quoted) > TERM_MAX_WORDS || span.open()) {
            return false;
        }
        boolean sameAsATerm = termsSoFar.stream().anyMatch(term -> Names.key(term.text()).equals(Names.key(quoted)));
        if (sameAsATerm) {
            return true;
        }
        boolean hasVerb = false;
        for (Token token : sentence.tokens()) {
            if (token.begin() >= span.start() && token.end() <= span.end() && token.isVerb() && !token.pos().equals("VBG")) {
                hasVerb = true;
            }
        }
        boolean titleCase = isTitleCase(quoted);
        if (Names.words(quoted) <= 3 && isBareNounPhrase(sentence, span) && !hasSpeechVerb(sentence)) {
            // "The deal is a textbook “cap dump,” a trade made to shed salary": a label no one is said to have said.
            return true;
        }
        String before = document.text().substring(sentence.begin(), Math.max(sentence.begin(), span.start() - 1))
                .strip().toLowerCase(Locale.ROOT);
        String previousWord = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
        boolean introducedAsName = TERM_INTRODUCERS.contains(previousWord) || before.endsWith("known as");
        return titleCase || introducedAsName;
    }

    /** Every longer word capitalised, and not the words opening a sentence: a name ("Green Loop", "Iron Bridge"). */
    private static boolean isTitleCase(String quoted) {
        String[] words = quoted.strip().split("\\s+");
        return words.length <= 4 && Arrays.stream(words).filter(word -> word.length() > 3)
                .allMatch(word -> Character.isUpperCase(word.codePointAt(0)))
                && Character.isUpperCase(quoted.strip().codePointAt(0));
    }

    /**
     * "a numbered company that prosecutors have nicknamed “the piggy bank”", "what negotiators call a
     * “snapback”", "a pattern known as a “crown run”": a name given to something by people in general,
     * not a named person's words.
     */
    private boolean isNaming(Sentence sentence, QuoteSpans.Span span) {
        String quoted = span.text(document.text()).strip().replaceAll("[,.;:!?]+$", "");
        if (Names.words(quoted) > 4 || !isBareNounPhrase(sentence, span)) {
            return false;
        }
        int head = spanHead(sentence, span);
        if (head < 0) {
            return false;
        }
        for (int current = head, hops = 0; current >= 0 && hops < 3; current = sentence.token(current).head(), hops++) {
            int parent = sentence.token(current).head();
            if (parent < 0) {
                return false;
            }
            String lemma = sentence.token(parent).lemma().toLowerCase(Locale.ROOT);
            if (Set.of("call", "dub", "nickname", "name", "term", "label", "brand", "know").contains(lemma)) {
                Optional<Integer> subject = clauses.subject(sentence, parent);
                // A named person calling something names it their way: that is their words.
                return subject.isEmpty() || people.at(sentence.index(), subject.get()).isEmpty()
                        && sentence.token(subject.get()).pos().startsWith("NNS")
                        || sentence.token(parent).pos().equals("VBN");
            }
        }
        return false;
    }

    /** Nouns and adjectives only, with no finite verb and no adverb: a name for something, not a remark. */
    private static boolean isBareNounPhrase(Sentence sentence, QuoteSpans.Span span) {
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

    private boolean hasSpeechVerb(Sentence sentence) {
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

    /** The token of the span that heads it in the parse: the one whose head lies outside the span. */
    private static int spanHead(Sentence sentence, QuoteSpans.Span span) {
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
    private static String relation(Sentence sentence, int token) {
        String relation = sentence.token(token).relation();
        if (relation.equals("obl") || relation.equals("nmod")) {
            for (int child : sentence.children(token, "case")) {
                return "obl:" + sentence.token(child).lowerWord();
            }
        }
        return relation;
    }

    /** A headline's quotes: "PM: … “possibility” …", "Mayor calls … a “fair deal”", or the same words in the body. */
    List<QuoteFound> inHeadline(String headline, NlpDocument parsed, List<QuoteFound> bodyQuotes, List<TermFound> terms) {
        List<QuoteFound> quotes = new ArrayList<>();
        ArticlePeople headlinePeople = ArticlePeople.of(parsed);
        Clauses headlineClauses = new Clauses(parsed, headlinePeople);
        Quotations headlineQuotations = new Quotations(parsed, headlinePeople, headlineClauses);
        for (QuoteSpans.Span span : QuoteSpans.in(headline, true)) {
            String quoted = span.text(headline);
            boolean knownTerm = terms.stream().anyMatch(term -> Names.key(term.text()).equals(Names.key(quoted)))
                    || isTitleCase(quoted) && Names.words(quoted) >= 2;
            if (knownTerm) {
                continue; // a name or term in the headline ("… approves “Green Loop”") is nobody's words
            }
            Sentence sentence = parsed.sentenceAt(span.start());
            Source source = Source.NOBODY;
            AttributionRule rule = null;
            Matcher prefix = HEADLINE_PREFIX.matcher(headline);
            if (prefix.find() && prefix.end() <= span.start()) {
                source = byTitleOrName(prefix.group(1));
                rule = AttributionRule.HEADLINE_SPEAKER_PREFIX;
            }
            if (!source.known() && sentence != null) {
                Optional<Attribution> governed = headlineQuotations.governed(sentence, span);
                if (governed.isPresent() && governed.get().source().person() != null) {
                    source = people.named(governed.get().source().person().name).map(p -> new Source(p, null)).orElse(Source.NOBODY);
                    rule = AttributionRule.HEADLINE_SPEECH_VERB;
                } else if (governed.isPresent()) {
                    Optional<Integer> subject = subjectOfGoverningVerb(sentence, span);
                    if (subject.isPresent()) {
                        source = byTitleOrName(sentence.token(subject.get()).word());
                        rule = AttributionRule.HEADLINE_SPEECH_VERB;
                    }
                }
                if (!source.known() && governed.isEmpty() && isTerm(headline, span)) {
                    continue;
                }
            }
            if (!source.known()) {
                for (QuoteFound body : bodyQuotes) {
                    if (!Names.key(body.text()).contains(Names.key(quoted))) {
                        continue;
                    }
                    if (body.speaker() != null) {
                        source = people.named(body.speaker()).map(p -> new Source(p, null)).orElse(Source.NOBODY);
                    } else if (body.speakerLabel() != null) {
                        source = new Source(null, body.speakerLabel());
                    }
                    rule = AttributionRule.HEADLINE_SAME_WORDS_IN_BODY;
                    if (source.known()) {
                        break;
                    }
                }
            }
            quotes.add(new QuoteFound(TextPart.HEADLINE, span.start(), span.end(), quoted, QuoteKind.PARTIAL,
                    name(source.person()), source.label(), rule, 0, headline.length(), null));
        }
        return quotes;
    }

    private Optional<Integer> subjectOfGoverningVerb(Sentence sentence, QuoteSpans.Span span) {
        int current = spanHead(sentence, span);
        for (int hops = 0; current >= 0 && hops < 12; hops++) {
            int parent = sentence.token(current).head();
            if (parent < 0) {
                return Optional.empty();
            }
            if (Lexicon.isSpeech(sentence.token(parent))) {
                return clauses.subject(sentence, parent);
            }
            current = parent;
        }
        return Optional.empty();
    }

    private boolean isTerm(String headline, QuoteSpans.Span span) {
        String quoted = span.text(headline).strip();
        boolean titleCase = Arrays.stream(quoted.split("\\s+"))
                .filter(word -> word.length() > 3).allMatch(word -> Character.isUpperCase(word.codePointAt(0)));
        return Names.words(quoted) <= TERM_MAX_WORDS && titleCase;
    }

    /** "PM", "Mayor", "Ruiz": the article's person with that title, or that name. */
    private Source byTitleOrName(String words) {
        String cleaned = words.strip().replaceAll("[.’']", "").toLowerCase(Locale.ROOT);
        String title = Lexicon.TITLE_ABBREVIATIONS.getOrDefault(cleaned, cleaned);
        Optional<ArticlePeople.Person> person = people.withRole(title).or(() -> people.named(words.strip()));
        return person.map(p -> new Source(p, null)).orElse(Source.NOBODY);
    }

    private static String name(ArticlePeople.Person person) {
        return person == null ? null : person.name;
    }
}
