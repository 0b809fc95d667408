package org.storydesk.analysis.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.NlpDocument.Token;

/** Reading the dependency parse: who is the subject of a clause, and what a subject stands for. */
public final class Clauses {

    /** How the text points at a source: by name, by a pronoun, by a role or another description, or by a label. */
    public enum Reference {
        NAME, LABEL, DESCRIPTION, PRONOUN, EPITHET
    }

    /**
     * Who a clause's subject is: a person of the article, a label for a document or unnamed source,
     * or nobody known; and how the text pointed at them.
     */
    public record Source(ArticlePeople.Person person, String label, Reference reference) {
        public static final Source NOBODY = new Source(null, null);

        /** A person by name, or a label as the text gives it. */
        public Source(ArticlePeople.Person person, String label) {
            this(person, label, person != null ? Reference.NAME : Reference.LABEL);
        }

        public boolean known() {
            return person != null || label != null;
        }

        /** The same source, reached another way: "he", "the chief executive". */
        public Source through(Reference how) {
            return new Source(person, label, how);
        }
    }

    /** How many sentences back a bare role still points at the person given it. */
    private static final int RECENT_SENTENCES = 3;

    private final NlpDocument document;
    private final ArticlePeople people;
    private final Map<String, ArticlePeople.Person> resolvedPronouns = new HashMap<>();

    public Clauses(NlpDocument document, ArticlePeople people) {
        this.document = document;
        this.people = people;
    }

    /**
     * The subject of a verb. A participle with none of its own ("…, adding that …", "…, calling it …")
     * shares the subject of the clause it hangs on; so does a verb joined by "and".
     */
    public Optional<Integer> subject(Sentence sentence, int verb) {
        int current = verb;
        for (int hops = 0; hops < 6 && current >= 0; hops++) {
            for (int child : sentence.children(current)) {
                String relation = sentence.token(child).relation();
                if (relation.equals("nsubj") || relation.equals("nsubj:pass") || relation.equals("csubj")) {
                    return Optional.of(child);
                }
            }
            Token token = sentence.token(current);
            String relation = token.relation();
            boolean sharesSubject = relation.equals("conj") || relation.equals("xcomp")
                    || (relation.equals("advcl") || relation.equals("acl") || relation.equals("dep"))
                    && (token.pos().equals("VBG") || token.pos().equals("VBN"));
            if (!sharesSubject) {
                // An "according to"-less participle clause that opens the sentence ("Speaking in French, …").
                return Optional.empty();
            }
            current = token.head();
        }
        return Optional.empty();
    }

    /**
     * The subject of a verb of saying: the parse's, or where the parse gives none that is a noun or
     * a pronoun (it misreads "X, who asked not to be named, said …" often), the noun phrase the
     * verb follows: the noun right before it, past an aside between commas, else the noun that
     * opens the sentence ("A bulletin sent to members on Monday, seen by the BBC, says …").
     */
    public Optional<Integer> speakerSubject(Sentence sentence, int verb) {
        Optional<Integer> parsed = subject(sentence, verb);
        if (parsed.isPresent() && nominal(sentence.token(parsed.get()))) {
            return parsed;
        }
        int at = verb - 1;
        while (at >= 0 && sentence.token(at).pos().startsWith("RB")) {
            at--;
        }
        boolean aside = false;
        if (at > 0 && sentence.token(at).word().equals(",")) {
            int opening = at - 1;
            while (opening >= 0 && !sentence.token(opening).word().equals(",") && !isQuoteMark(sentence.token(opening))) {
                opening--;
            }
            if (opening <= 0 || !sentence.token(opening).word().equals(",")) {
                return parsed;
            }
            aside = true;
            at = opening - 1;
        }
        if (at >= 0 && aside) {
            at = outOfModifiers(sentence, at, verb);
        }
        boolean nounAsTagged = at >= 0 && (nominal(sentence.token(at)) || adjectiveAsNoun(sentence, at));
        if (nounAsTagged && !timeWord(sentence.token(at)) && !insideQuote(sentence, at)) {
            return Optional.of(at);
        }
        if (!aside) {
            return parsed;
        }
        // The sentence opens with its subject: its first noun phrase, up to its last noun.
        int start = sentence.tokens().isEmpty() || !sentence.token(0).pos().equals("CC") ? 0 : 1;
        int head = -1;
        for (int i = start; i < at; i++) {
            Token token = sentence.token(i);
            boolean inPhrase = token.pos().equals("DT") || token.pos().startsWith("JJ") || token.pos().equals("CD")
                    || token.pos().equals("PRP$") || token.isNoun();
            if (!inPhrase) {
                break;
            }
            if (token.isNoun()) {
                head = i;
            }
        }
        return head >= 0 && !timeWord(sentence.token(head)) ? Optional.of(head) : parsed;
    }

    /** "Staff had been told to …": a verb in the passive, whose subject is the one spoken to, not the speaker. */
    public static boolean isPassive(Sentence sentence, int verb) {
        return sentence.children(verb).stream().map(sentence::token)
                .anyMatch(child -> child.relation().equals("aux:pass") || child.relation().equals("nsubj:pass"));
    }

    /** The agent of a passive verb: "told by the minister" → minister. */
    public static Optional<Integer> agent(Sentence sentence, int verb) {
        for (int child : sentence.children(verb, "obl")) {
            boolean by = sentence.children(child, "case").stream().anyMatch(c -> sentence.token(c).lowerWord().equals("by"));
            if (by) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /**
     * A subject that names someone by what they are, with a determiner or a possessive: "a pensioner",
     * "his contractor", "one senior industry figure" (not a bare "staff", not a subject the verb only
     * shares with another).
     */
    public boolean describesSomeone(Sentence sentence, int verb, int subject) {
        Token token = sentence.token(subject);
        if (!token.isNoun() || token.pos().startsWith("NNP") || timeWord(token)) {
            return false;
        }
        Optional<Integer> parsed = subject(sentence, verb);
        boolean own = token.head() == verb && token.relation().equals("nsubj")
                || parsed.isEmpty() || !nominal(sentence.token(parsed.get()));
        boolean determined = sentence.children(subject).stream().map(sentence::token)
                .anyMatch(child -> child.relation().equals("det") || child.relation().equals("nmod:poss") || child.relation().equals("nummod"));
        return own && determined;
    }

    /**
     * "An official familiar with the negotiations, …, said": the noun before the aside may end a
     * phrase that modifies the subject; the subject is the word that phrase hangs on.
     */
    private static int outOfModifiers(Sentence sentence, int token, int verb) {
        int current = token;
        for (int hops = 0; hops < 4; hops++) {
            Token candidate = sentence.token(current);
            boolean modifier = !sentence.children(current, "case").isEmpty() || candidate.relation().equals("amod")
                    || candidate.relation().startsWith("acl");
            if (!modifier || candidate.head() < 0 || candidate.head() >= verb || candidate.head() > current) {
                return current;
            }
            current = candidate.head();
        }
        return current;
    }

    /** "An official …" tagged as an adjective: with a determiner of its own and as a subject, it is a noun. */
    private static boolean adjectiveAsNoun(Sentence sentence, int token) {
        Token word = sentence.token(token);
        return word.pos().startsWith("JJ") && word.relation().startsWith("nsubj") && !sentence.children(token, "det").isEmpty();
    }

    private static boolean nominal(Token token) {
        return token.isNoun() || token.pos().equals("PRP");
    }

    private static boolean timeWord(Token token) {
        return "DATE".equals(token.ner()) || "TIME".equals(token.ner()) || "DURATION".equals(token.ner());
    }

    private static boolean isQuoteMark(Token token) {
        return token.pos().equals("``") || token.pos().equals("''");
    }

    /** What a subject token stands for. */
    public Source source(Sentence sentence, int subject) {
        Token token = sentence.token(subject);
        Optional<ArticlePeople.Person> person = people.at(sentence.index(), subject);
        if (person.isPresent()) {
            return new Source(person.get(), null);
        }
        for (int child : sentence.children(subject)) {
            Token dependent = sentence.token(child);
            if (dependent.relation().equals("appos") || dependent.relation().startsWith("compound") || dependent.relation().equals("flat")
                    || dependent.relation().equals("dep")) {
                Optional<ArticlePeople.Person> named = people.at(sentence.index(), child);
                if (named.isPresent()) {
                    return new Source(named.get(), null);
                }
                if (dependent.relation().equals("appos") && "ORGANIZATION".equals(dependent.ner())) {
                    // "Aldena's largest, Korvell Steel, said …": the organisation is the source.
                    return new Source(null, properName(sentence, child));
                }
            }
        }
        String word = token.lowerWord();
        if (Lexicon.MALE_PRONOUNS.contains(word) || Lexicon.FEMALE_PRONOUNS.contains(word)) {
            return anonymousAntecedent(sentence, subject)
                    .or(() -> resolvePronoun(sentence, subject).map(p -> new Source(p, null)))
                    .map(source -> source.through(Reference.PRONOUN))
                    .orElse(Source.NOBODY);
        }
        if (Lexicon.RELATIVE_PRONOUNS.contains(word)) {
            Token clause = sentence.token(token.head());
            if ((clause.relation().startsWith("acl") || clause.relation().equals("dep")) && clause.head() >= 0) {
                return source(sentence, clause.head());
            }
            return Source.NOBODY;
        }
        if (Lexicon.DOCUMENT_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
            return new Source(null, nounPhrase(sentence, subject));
        }
        Optional<Source> described = described(sentence, subject);
        if (described.isPresent()) {
            return described.get();
        }
        if ("ORGANIZATION".equals(token.ner())) {
            return new Source(null, organisation(sentence, subject));
        }
        if (Lexicon.ANONYMOUS_NOUNS.contains(token.lowerWord()) || Lexicon.ANONYMOUS_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT))) {
            return new Source(null, nounPhrase(sentence, subject));
        }
        if (token.pos().startsWith("NNP") && !"DATE".equals(token.ner()) && !"TIME".equals(token.ner())) {
            // A name the article does not use for a person ("Brightwater said in a news release"): a named source.
            return new Source(null, properName(sentence, subject));
        }
        return withinSubject(sentence, subject);
    }

    /**
     * "The prime minister said …", "the chief executive replied", "the Portuguese said": the person a
     * definite description stands for. First the person the article gave that role (of several, the
     * one it named last); failing that, a word a story uses to name again someone just named ("the
     * veteran", a nationality, "the 21-year-old") stands for the person the sentence before is about.
     */
    private Optional<Source> described(Sentence sentence, int noun) {
        Token token = sentence.token(noun);
        boolean nationality = "NATIONALITY".equals(token.ner());
        boolean singular = token.pos().equals("NN") || token.pos().equals("NNP") && (nationality || "TITLE".equals(token.ner()));
        if (!singular && !nationality || !definite(sentence, noun) || people.at(sentence.index(), noun).isPresent()) {
            return Optional.empty();
        }
        String head = token.lemma().toLowerCase(Locale.ROOT);
        java.util.Set<String> modifiers = new java.util.HashSet<>();
        for (int child : sentence.children(noun)) {
            Token modifier = sentence.token(child);
            String relation = modifier.relation();
            if (relation.equals("amod") || relation.startsWith("compound") || relation.equals("nmod:poss") && !modifier.isPronoun()
                    && !modifier.pos().equals("PRP$")) {
                String word = modifier.lowerWord().replaceAll("['’]s$", "");
                if (!Lexicon.ROLE_TIME_WORDS.contains(word)) {
                    modifiers.add(word);
                }
            }
        }
        List<ArticlePeople.Person> withRole = people.describedAs(head, modifiers);
        if (modifiers.isEmpty()) {
            // A bare "the president" is someone the story has just been about, not any president it ever named.
            withRole = withRole.stream().filter(person -> people.mentionedWithin(person, sentence.index(), RECENT_SENTENCES)).toList();
        }
        if (!withRole.isEmpty()) {
            return (withRole.size() == 1 ? Optional.of(withRole.getFirst()) : people.lastMentionedBefore(withRole, sentence.index(), noun))
                    .map(person -> new Source(person, null, Reference.DESCRIPTION));
        }
        boolean epithet = nationality || Lexicon.PERSON_EPITHETS.contains(head) || head.matches("\\d+-year-old");
        if (!epithet || Lexicon.ANONYMOUS_NOUNS.contains(head) || !sentence.children(noun, "det").stream()
                .allMatch(det -> sentence.token(det).lowerWord().equals("the"))) {
            return Optional.empty();
        }
        return justNamed(sentence).map(person -> new Source(person, null, Reference.EPITHET));
    }

    /**
     * The person the sentence before is about: its subject, or the one person it names (outside
     * quotes). The sentences of a quotation the description closes are not the sentence before.
     */
    private Optional<ArticlePeople.Person> justNamed(Sentence sentence) {
        int index = sentence.index() - 1;
        while (index >= 0 && startsInsideQuote(document.sentences().get(index))) {
            index--;
        }
        if (index < 0) {
            return Optional.empty();
        }
        Sentence previous = document.sentences().get(index);
        Optional<ArticlePeople.Person> subject = subjectPerson(previous);
        if (subject.isPresent()) {
            return subject;
        }
        List<ArticlePeople.Person> named = people.in(previous.index()).stream()
                .filter(mention -> !insideQuote(previous, mention.getKey().from())).map(Map.Entry::getValue).distinct().toList();
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }

    private boolean startsInsideQuote(Sentence sentence) {
        return !sentence.tokens().isEmpty() && (insideQuote(sentence, 0) || sentence.tokens().size() > 1 && insideQuote(sentence, 1));
    }

    private static boolean definite(Sentence sentence, int noun) {
        return sentence.children(noun).stream().map(sentence::token)
                .anyMatch(t -> t.relation().equals("det") && t.lowerWord().equals("the") || t.relation().equals("nmod:poss"));
    }

    /**
     * An organisation as the text names it: the pipeline's whole entity ("The Royal College of
     * Midwives", "NHS England"), with its "the", else the noun phrase.
     */
    private String organisation(Sentence sentence, int token) {
        for (NlpDocument.Mention mention : sentence.mentions()) {
            if ("ORGANIZATION".equals(mention.type()) && token >= mention.from() && token < mention.to() && mention.to() - mention.from() > 1) {
                int from = mention.from();
                if (from > 0 && sentence.token(from - 1).lowerWord().equals("the")) {
                    return "the " + document.words(sentence, from, mention.to());
                }
                return document.words(sentence, from, mention.to());
            }
        }
        return nounPhrase(sentence, token);
    }

    /** A proper name as written: the word with the capitalised words next to it ("Korvell Steel"). */
    private String properName(Sentence sentence, int token) {
        int from = token;
        int to = token;
        while (from > 0 && sentence.token(from - 1).pos().startsWith("NNP")) {
            from--;
        }
        while (to + 1 < sentence.tokens().size() && sentence.token(to + 1).pos().startsWith("NNP")) {
            to++;
        }
        return document.words(sentence, from, to + 1);
    }

    /**
     * "That is how a line worker … described the meeting. She asked not to be named …": a pronoun
     * points back to an unnamed person when that person, not a named one, is the nearest subject before it.
     */
    private Optional<Source> anonymousAntecedent(Sentence sentence, int pronoun) {
        List<Sentence> sentences = document.sentences();
        String word = sentence.token(pronoun).lowerWord();
        for (int back = 0; back <= 3 && sentence.index() - back >= 0; back++) {
            Sentence candidate = sentences.get(sentence.index() - back);
            boolean sameSentence = back == 0;
            boolean namedPersonFits = people.in(candidate.index()).stream()
                    .anyMatch(m -> (!sameSentence || m.getKey().to() <= pronoun) && !insideQuote(candidate, m.getKey().from())
                            && m.getValue().compatibleWith(word));
            if (namedPersonFits) {
                return Optional.empty(); // a named person of the right gender is nearer: the usual resolution decides
            }
            List<int[]> subjects = new ArrayList<>();
            for (Token token : candidate.tokens()) {
                if (token.relation().startsWith("nsubj") && (back > 0 || token.index() < pronoun) && !insideQuote(candidate, token.index())) {
                    subjects.add(new int[] {token.index()});
                }
            }
            for (int i = subjects.size() - 1; i >= 0; i--) {
                int subject = subjects.get(i)[0];
                Token token = candidate.token(subject);
                if (token.isPronoun()) {
                    continue;
                }
                if (people.at(candidate.index(), subject).isPresent() || withinSubject(candidate, subject).person() != null) {
                    return Optional.empty(); // a named person is nearer: the usual resolution decides
                }
                if (token.pos().equals("NNS") || token.pos().equals("NNPS")) {
                    continue; // "the two lawyers" are not "he"
                }
                if (Lexicon.ANONYMOUS_PEOPLE.contains(token.lemma().toLowerCase(Locale.ROOT))) {
                    return Optional.of(new Source(null, nounPhrase(candidate, subject)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where the parse took the wrong word for the subject's head ("A senior government official
     * briefing reporters … said" parsed with "reporters" as the subject), the first person, unnamed
     * source or document inside the subject phrase is the source.
     */
    private Source withinSubject(Sentence sentence, int subject) {
        List<Integer> phrase = sentence.subtree(subject);
        for (int index : phrase) {
            Optional<ArticlePeople.Person> person = people.at(sentence.index(), index);
            if (person.isPresent()) {
                return new Source(person.get(), null);
            }
        }
        for (int index : phrase) {
            Token token = sentence.token(index);
            String lemma = token.lemma().toLowerCase(Locale.ROOT);
            if (token.isNoun() && (Lexicon.ANONYMOUS_NOUNS.contains(lemma) || Lexicon.DOCUMENT_NOUNS.contains(lemma))) {
                // "a senior government official": the phrase runs on to the last such noun of the compound.
                int end = index;
                while (end + 1 < sentence.tokens().size() && sentence.token(end + 1).isNoun()
                        && Lexicon.ANONYMOUS_NOUNS.contains(sentence.token(end + 1).lemma().toLowerCase(Locale.ROOT))) {
                    end++;
                }
                String text = document.words(sentence, phrase.getFirst(), end + 1);
                if (sentence.token(phrase.getFirst()).pos().equals("DT")) {
                    text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
                }
                return new Source(null, text);
            }
        }
        return Source.NOBODY;
    }

    public boolean isDocument(Sentence sentence, int token) {
        return Lexicon.DOCUMENT_NOUNS.contains(sentence.token(token).lemma().toLowerCase(Locale.ROOT))
                && people.at(sentence.index(), token).isEmpty();
    }

    /**
     * he, she: the person the pronoun most likely points back to. In its own sentence, the person
     * named before it ("Holm praised …, where he noted"); else the subject of the sentences before,
     * then anyone named before; always of a compatible gender.
     */
    Optional<ArticlePeople.Person> resolvePronoun(Sentence sentence, int pronoun) {
        String key = sentence.index() + ":" + pronoun;
        if (resolvedPronouns.containsKey(key)) {
            return Optional.ofNullable(resolvedPronouns.get(key));
        }
        String word = sentence.token(pronoun).lowerWord();
        Optional<ArticlePeople.Person> resolved = resolve(sentence, pronoun, word);
        resolvedPronouns.put(key, resolved.orElse(null));
        return resolved;
    }

    private Optional<ArticlePeople.Person> resolve(Sentence sentence, int pronoun, String word) {
        List<Map.Entry<ArticlePeople.Place, ArticlePeople.Person>> before = new ArrayList<>();
        for (var mention : people.in(sentence.index())) {
            if (mention.getKey().to() <= pronoun && !insideQuote(sentence, mention.getKey().from())) {
                before.add(mention);
            }
        }
        // In its own sentence: a subject first, then the nearest person named.
        for (var mention : before) {
            if (isSubject(sentence, mention.getKey()) && mention.getValue().compatibleWith(word)) {
                return Optional.of(mention.getValue());
            }
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            if (before.get(i).getValue().compatibleWith(word) && !isPossessive(sentence, before.get(i).getKey())) {
                return Optional.of(before.get(i).getValue());
            }
        }
        // In the sentences before: their subjects, nearest first; then anyone they name.
        List<Sentence> sentences = document.sentences();
        for (int back = 1; back <= 8 && sentence.index() - back >= 0; back++) {
            Sentence previous = sentences.get(sentence.index() - back);
            Optional<ArticlePeople.Person> subject = subjectPerson(previous);
            if (subject.isPresent() && subject.get().compatibleWith(word) && subject.get().gender() != null) {
                return subject;
            }
            // "Kohl and Beck exchanged words …": of joined subjects, the one the pronoun fits.
            List<ArticlePeople.Person> joined = subjectPeople(previous);
            for (ArticlePeople.Person person : joined) {
                if (person.gender() != null && person.compatibleWith(word)) {
                    return Optional.of(person);
                }
            }
            if (subject.isPresent() && subject.get().compatibleWith(word)) {
                return subject;
            }
            if (back <= 2) {
                List<Map.Entry<ArticlePeople.Place, ArticlePeople.Person>> named = people.in(previous.index());
                for (int i = named.size() - 1; i >= 0; i--) {
                    var mention = named.get(i);
                    if (mention.getValue().compatibleWith(word) && !isPossessive(previous, mention.getKey())
                            && !insideQuote(previous, mention.getKey().from()) && onlyCompatible(named, word, mention.getValue())) {
                        return Optional.of(mention.getValue());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Only one person of a compatible gender is named in the sentence, so a pronoun cannot mean another. */
    private static boolean onlyCompatible(List<Map.Entry<ArticlePeople.Place, ArticlePeople.Person>> named,
                                          String pronoun, ArticlePeople.Person candidate) {
        return named.stream().map(Map.Entry::getValue).distinct()
                .filter(person -> person.compatibleWith(pronoun)).allMatch(person -> person == candidate);
    }

    /** The person who is the main subject of a sentence (its root's, or the first speech verb's), pronouns resolved. */
    Optional<ArticlePeople.Person> subjectPerson(Sentence sentence) {
        List<Integer> verbs = new ArrayList<>();
        verbs.add(sentence.root());
        for (Token token : sentence.tokens()) {
            if (Lexicon.isSpeechVerb(token) && token.index() != sentence.root()) {
                verbs.add(token.index());
            }
        }
        for (int verb : verbs) {
            Optional<Integer> subject = subject(sentence, verb);
            if (subject.isPresent() && !insideQuote(sentence, subject.get())) {
                Source source = source(sentence, subject.get());
                if (source.person() != null) {
                    return Optional.of(source.person());
                }
            }
        }
        return Optional.empty();
    }

    /** Every person who is a subject of the sentence's main clause, "Kohl and Beck" both. */
    List<ArticlePeople.Person> subjectPeople(Sentence sentence) {
        List<ArticlePeople.Person> subjects = new ArrayList<>();
        Optional<Integer> subject = subject(sentence, sentence.root());
        if (subject.isEmpty() || insideQuote(sentence, subject.get())) {
            return subjects;
        }
        List<Integer> heads = new ArrayList<>();
        heads.add(subject.get());
        heads.addAll(sentence.children(subject.get(), "conj"));
        for (int head : heads) {
            people.at(sentence.index(), head).ifPresent(subjects::add);
        }
        return subjects;
    }

    private static boolean isSubject(Sentence sentence, ArticlePeople.Place place) {
        for (int i = place.from(); i < place.to(); i++) {
            String relation = sentence.token(i).relation();
            if (relation.startsWith("nsubj")) {
                return true;
            }
            if (relation.equals("appos")) {
                int head = sentence.token(i).head();
                if (head >= 0 && sentence.token(head).relation().startsWith("nsubj")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Lopez's son-in-law": a name in a possessive is not who the sentence is about. */
    private static boolean isPossessive(Sentence sentence, ArticlePeople.Place place) {
        int after = place.to();
        return after < sentence.tokens().size() && sentence.token(after).pos().equals("POS")
                || place.to() - 1 >= 0 && sentence.token(place.to() - 1).relation().equals("nmod:poss");
    }

    private boolean insideQuote(Sentence sentence, int token) {
        return QuoteSpans.covers(quoteSpans(), sentence.token(token).begin());
    }

    private List<QuoteSpans.Span> quoteSpans;

    public List<QuoteSpans.Span> quoteSpans() {
        if (quoteSpans == null) {
            quoteSpans = List.copyOf(QuoteSpans.in(document.text(), false));
        }
        return quoteSpans;
    }

    /** "a senior government official", "the draft agreement": the noun with its determiner and modifiers, not its clauses. */
    public String nounPhrase(Sentence sentence, int noun) {
        List<Integer> tokens = new ArrayList<>();
        for (int child : sentence.children(noun)) {
            String relation = sentence.token(child).relation();
            if (relation.equals("det") || relation.equals("amod") || relation.startsWith("compound")
                    || relation.equals("nmod:poss") || relation.equals("nummod") || relation.equals("flat")) {
                tokens.addAll(sentence.subtree(child));
            }
        }
        tokens.add(noun);
        Collections.sort(tokens);
        String text = document.words(sentence, tokens);
        // "The official" is "the official" in a label; proper names keep their capitals.
        if (!text.isEmpty() && tokens.size() > 1 && sentence.token(tokens.getFirst()).pos().equals("DT")) {
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
