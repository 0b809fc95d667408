package org.storydesk.analysis.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.storydesk.analysis.extraction.NlpDocument.Mention;
import org.storydesk.analysis.extraction.NlpDocument.Sentence;
import org.storydesk.analysis.extraction.NlpDocument.Token;

/**
 * The people of one article. Every PERSON entity the pipeline found is one person per name:
 * "Prime Minister Ana Ruiz" and later "Ruiz" are one person, named by the fullest form;
 * a surname spelt a letter or two differently in the same article joins the person it is near.
 * Titles and roles are taken as the article states them: before the name ("French President"),
 * in an apposition ("Lena Holm, secretary-general of NATO"), or as an affiliation ("from the
 * University of Porto").
 */
public final class ArticlePeople {

    /** A mention of a person: where it is, and the person it belongs to. */
    public record Place(int sentence, int from, int to, int begin, int end) {
    }

    public static final class Person {
        String name;
        final Set<String> variants = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final List<Place> places = new ArrayList<>();
        int male;
        int female;

        Person(String name) {
            this.name = name;
        }

        /** The fullest name the article gives them. */
        public String name() {
            return name;
        }

        /** Their titles and roles as the article states them ("Prime Minister", "the union's president"). */
        public Set<String> roles() {
            return roles;
        }

        public String surname() {
            return Names.lastWord(name);
        }

        public Gender gender() {
            if (male > female) {
                return Gender.MALE;
            }
            return female > male ? Gender.FEMALE : null;
        }

        /** Whether "he" or "she" (or any other word) could stand for them: not where the text gives the other gender. */
        public boolean compatibleWith(String pronoun) {
            String lower = pronoun.toLowerCase(Locale.ROOT);
            if (Lexicon.MALE_PRONOUNS.contains(lower)) {
                return gender() != Gender.FEMALE;
            }
            if (Lexicon.FEMALE_PRONOUNS.contains(lower)) {
                return gender() != Gender.MALE;
            }
            return true;
        }

        ArticleAnalysis.PersonFound found() {
            return new ArticleAnalysis.PersonFound(name, List.copyOf(variants), List.copyOf(roles), gender(),
                    places.stream().map(place -> new ArticleAnalysis.Span(place.begin(), place.end())).toList());
        }
    }

    private final List<Person> people = new ArrayList<>();
    private final NlpDocument document;

    private ArticlePeople(NlpDocument document) {
        this.document = document;
    }

    public static ArticlePeople of(NlpDocument document) {
        ArticlePeople found = new ArticlePeople(document);
        found.collect();
        return found;
    }

    public List<Person> all() {
        return people;
    }

    /** The person a token belongs to, if it is part of a person's name. */
    public Optional<Person> at(int sentence, int token) {
        for (Person person : people) {
            for (Place place : person.places) {
                if (place.sentence() == sentence && token >= place.from() && token < place.to()) {
                    return Optional.of(person);
                }
            }
        }
        return Optional.empty();
    }

    /** Mentions of people in a sentence, in order, as (token, person). */
    public List<Map.Entry<Place, Person>> in(int sentence) {
        List<Map.Entry<Place, Person>> mentions = new ArrayList<>();
        for (Person person : people) {
            for (Place place : person.places) {
                if (place.sentence() == sentence) {
                    mentions.add(Map.entry(place, person));
                }
            }
        }
        mentions.sort(Comparator.comparingInt(entry -> entry.getKey().from()));
        return mentions;
    }

    /** The person with a role matching the words ("prime minister", "mayor"), if exactly one has it. */
    public Optional<Person> withRole(String role) {
        String wanted = role.toLowerCase(Locale.ROOT);
        List<Person> matches = people.stream()
                .filter(person -> person.roles.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(wanted)))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    /**
     * The people the article gives a role of these words: the head noun among the role's words and
     * every modifier too ("the chief executive" is "Ofwat's chief executive"; "the former minister"
     * the one "who was health minister").
     */
    public List<Person> describedAs(String head, Set<String> modifiers) {
        List<Person> exactly = people.stream().filter(person -> person.roles.stream().anyMatch(role -> {
            Set<String> words = roleWords(role, false);
            return words.contains(head) && words.containsAll(modifiers);
        })).toList();
        if (!exactly.isEmpty()) {
            return exactly;
        }
        // "the Green leader" for the one given "leader" alone: a role with no name of its own that says otherwise.
        return people.stream().filter(person -> person.roles.stream().anyMatch(role ->
                roleWords(role, false).contains(head) && modifiers.containsAll(roleWords(role, true)))).toList();
    }

    /** A role's words, lower case and without possessive endings; only those written with a capital ("Reform leader" → reform), if asked. */
    private static Set<String> roleWords(String role, boolean capitalisedOnly) {
        Set<String> words = new java.util.HashSet<>();
        for (String word : role.split("[\\s-]+")) {
            if (word.isEmpty() || capitalisedOnly && !Character.isUpperCase(word.codePointAt(0))) {
                continue;
            }
            words.add(word.toLowerCase(Locale.ROOT).replaceAll("['’]s$", ""));
        }
        return words;
    }

    /** Whether the article mentions a person in a sentence up to some sentences before this one, or in it. */
    public boolean mentionedWithin(Person person, int sentence, int sentencesBack) {
        return person.places.stream().anyMatch(place -> place.sentence() <= sentence && place.sentence() >= sentence - sentencesBack);
    }

    /** Of some people, the one the article mentions last before a place in it. */
    public Optional<Person> lastMentionedBefore(List<Person> candidates, int sentence, int token) {
        Person last = null;
        Place lastPlace = null;
        for (Person person : candidates) {
            for (Place place : person.places) {
                boolean before = place.sentence() < sentence || place.sentence() == sentence && place.to() <= token;
                if (before && (lastPlace == null || place.sentence() > lastPlace.sentence()
                        || place.sentence() == lastPlace.sentence() && place.from() > lastPlace.from())) {
                    last = person;
                    lastPlace = place;
                }
            }
        }
        return Optional.ofNullable(last);
    }

    public Optional<Person> named(String name) {
        String key = Names.key(name);
        for (Person person : people) {
            if (Names.key(person.name).equals(key) || Names.key(person.surname()).equals(key)) {
                return Optional.of(person);
            }
        }
        return Optional.empty();
    }

    private void collect() {
        record Found(int sentence, Mention mention, List<String> words) {
        }
        List<Found> full = new ArrayList<>();
        List<Found> single = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            for (Mention mention : sentence.mentions()) {
                if (!"PERSON".equals(mention.type())) {
                    continue;
                }
                List<String> words = nameWords(sentence, mention);
                if (words.isEmpty() || notAName(sentence, mention, words)) {
                    continue;
                }
                (words.size() >= 2 ? full : single).add(new Found(sentence.index(), mention, words));
            }
        }
        for (Found found : full) {
            String name = String.join(" ", found.words());
            Person person = find(name).orElseGet(() -> add(name));
            attach(person, document.sentences().get(found.sentence()), found.mention(), found.words());
        }
        joinShortForms();
        for (Found found : single) {
            Sentence sentence = document.sentences().get(found.sentence());
            String word = found.words().getFirst();
            if (sharedSurname(word)) {
                continue; // "Okeke" alone, with two Okekes in the article: it names neither for sure
            }
            // "Lord Danby" with no first name anywhere: the title is part of how the article names him.
            Optional<String> peerage = peerageTitle(sentence, found.mention());
            Person person = matchSingle(word)
                    .orElseGet(() -> peerage.map(title -> find(title + " " + word).orElseGet(() -> add(title + " " + word)))
                            .orElseGet(() -> add(word)));
            attach(person, sentence, found.mention(), found.words());
        }
        people.removeIf(this::notAPerson);
        people.removeIf(this::anOrganisationByItsInitials);
        missedMentions();
        genderFromPronouns();
    }

    /**
     * "Dr Siti Aminah" after "Dr Siti Aminah Rashid", "Al Mazrouei" after "Aisha Al Mazrouei": a name
     * that is the given names, or the particle surname, of exactly one fuller name is that person.
     */
    private void joinShortForms() {
        for (Person shorter : List.copyOf(people)) {
            List<String> words = List.of(shorter.name.split("\\s+"));
            if (words.size() < 2) {
                continue;
            }
            boolean particle = Lexicon.SURNAME_PARTICLES.contains(words.getFirst().toLowerCase(Locale.ROOT));
            List<Person> fuller = people.stream().filter(other -> other != shorter).filter(other -> {
                List<String> longer = List.of(other.name.split("\\s+"));
                if (longer.size() <= words.size()) {
                    return false;
                }
                boolean givenNames = Names.key(String.join(" ", longer.subList(0, words.size()))).equals(Names.key(shorter.name));
                boolean surname = particle && Names.key(String.join(" ", longer.subList(longer.size() - words.size(), longer.size())))
                        .equals(Names.key(shorter.name));
                return givenNames || surname;
            }).toList();
            if (fuller.size() == 1) {
                Person person = fuller.getFirst();
                person.places.addAll(shorter.places);
                person.variants.addAll(shorter.variants);
                person.roles.addAll(shorter.roles);
                person.male += shorter.male;
                person.female += shorter.female;
                people.remove(shorter);
            }
        }
    }

    /** "Pakatan Harapan (PH)": a name the article gives its initials for, in brackets, is an organisation's. */
    private boolean anOrganisationByItsInitials(Person person) {
        String initials = Arrays.stream(person.name.split("\\s+")).map(word -> word.substring(0, 1)).collect(Collectors.joining());
        if (initials.length() < 2) {
            return false;
        }
        for (Place place : person.places) {
            List<Token> tokens = document.sentences().get(place.sentence()).tokens();
            int after = place.to();
            boolean bracketed = after + 2 < tokens.size() && tokens.get(after).word().equals("(") && tokens.get(after + 2).word().equals(")")
                    && tokens.get(after + 1).word().equals(initials.toUpperCase(Locale.ROOT));
            if (bracketed) {
                return true;
            }
        }
        return false;
    }

    private boolean sharedSurname(String word) {
        String key = Names.key(word);
        return people.stream().filter(p -> Names.words(p.name) >= 2 && Names.key(p.surname()).equals(key)).count() > 1;
    }

    /**
     * A single capitalised word the pipeline took for a person, but that the article also uses as
     * a place, a country or an organisation ("Aldena's Trade Minister", "Brightwater Foods"), or
     * writes in capitals like a dateline: not a person.
     */
    private boolean notAPerson(Person person) {
        if (Names.words(person.name) >= 2) {
            return false;
        }
        String word = person.name;
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return true;
        }
        for (Sentence sentence : document.sentences()) {
            for (Token token : sentence.tokens()) {
                if (token.word().equals(word) && !"PERSON".equals(token.ner()) && !"O".equals(token.ner())
                        && !"TITLE".equals(token.ner())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Ward 7", "Route 66": a capitalised word before a number is a place or a line, not a person. */
    private static boolean notAName(Sentence sentence, Mention mention, List<String> words) {
        return words.size() == 1 && mention.to() < sentence.tokens().size() && sentence.token(mention.to()).pos().equals("CD");
    }

    /**
     * The pipeline sometimes misses a surname it found elsewhere ("Marsh closed her remarks"): a
     * capitalised word that is a known person's surname, standing on its own, is that person.
     */
    private void missedMentions() {
        for (Sentence sentence : document.sentences()) {
            for (Token token : sentence.tokens()) {
                // The pipeline may tag a surname it does not know as a place or an organisation: the name decides.
                boolean taggable = Set.of("O", "PERSON", "LOCATION", "CITY", "ORGANIZATION", "MISC", "STATE_OR_PROVINCE", "COUNTRY")
                        .contains(token.ner());
                if (!token.pos().startsWith("NNP") || !taggable || at(sentence.index(), token.index()).isPresent()) {
                    continue;
                }
                boolean alone = (token.index() == 0 || !sentence.token(token.index() - 1).pos().startsWith("NNP"))
                        && (token.index() + 1 >= sentence.tokens().size() || !sentence.token(token.index() + 1).pos().startsWith("NNP"));
                if (!alone) {
                    continue;
                }
                String word = token.word().replaceAll("['’]s$", "");
                List<Person> matches = people.stream()
                        .filter(person -> Names.words(person.name) >= 2 && Names.key(person.surname()).equals(Names.key(word)))
                        .toList();
                if (matches.size() == 1) {
                    Person person = matches.getFirst();
                    person.places.add(new Place(sentence.index(), token.index(), token.index() + 1, token.begin(), token.end()));
                    person.variants.add(word);
                }
            }
        }
    }

    private Optional<Person> find(String name) {
        String key = Names.key(name);
        return people.stream().filter(person -> Names.key(person.name).equals(key)).findFirst();
    }

    private Person add(String name) {
        Person person = new Person(name);
        people.add(person);
        return person;
    }

    /** A single word names the one person whose surname (or, failing that, first name) it is. */
    private Optional<Person> matchSingle(String word) {
        String key = Names.key(word);
        List<Person> bySurname = people.stream().filter(p -> Names.key(p.surname()).equals(key)).toList();
        if (bySurname.size() == 1) {
            return Optional.of(bySurname.getFirst());
        }
        if (bySurname.size() > 1) {
            return Optional.empty();
        }
        List<Person> byFirstName = people.stream()
                .filter(p -> Names.words(p.name) >= 2 && Names.key(Names.firstWord(p.name)).equals(key)).toList();
        if (byFirstName.size() == 1) {
            return Optional.of(byFirstName.getFirst());
        }
        List<Person> nearMisses = people.stream()
                .filter(p -> Names.words(p.name) >= 2 && Names.nearMiss(p.surname(), word)).toList();
        return nearMisses.size() == 1 ? Optional.of(nearMisses.getFirst()) : Optional.empty();
    }

    private void attach(Person person, Sentence sentence, Mention mention, List<String> words) {
        Place place = new Place(sentence.index(), mention.from(), mention.to(), mention.begin(), mention.end());
        person.places.add(place);
        person.variants.add(variant(sentence, mention, words));
        if (mention.gender() == Gender.MALE) {
            person.male += 2;
        } else if (mention.gender() == Gender.FEMALE) {
            person.female += 2;
        }
        honorific(sentence, mention).ifPresent(gender -> {
            if (gender == Gender.MALE) {
                person.male += 3;
            } else {
                person.female += 3;
            }
        });
        Roles.of(document, sentence, mention.from(), mention.to()).forEach(person.roles::add);
    }

    /** The name as written, with a title or rank that is part of how the article names them ("Gen. Rosa Dalgaard"). */
    private String variant(Sentence sentence, Mention mention, List<String> words) {
        int start = mention.from();
        while (start > 0) {
            Token before = sentence.token(start - 1);
            // "Secretary-General" comes as three tokens; a hyphen joins the words of one title.
            boolean joined = start - 2 >= 0 && before.word().equals("-") && "TITLE".equals(sentence.token(start - 2).ner());
            if (joined) {
                start -= 2;
                continue;
            }
            boolean title = "TITLE".equals(before.ner()) && Character.isUpperCase(before.word().codePointAt(0));
            boolean prefix = Lexicon.NAME_PREFIXES.contains(before.lowerWord()) && Character.isUpperCase(before.word().codePointAt(0));
            if (!title && !prefix) {
                break;
            }
            start--;
        }
        if (start == mention.from()) {
            return String.join(" ", words);
        }
        boolean glued = sentence.token(mention.from()).begin() == sentence.token(mention.from() - 1).end();
        return document.words(sentence, start, mention.from()) + (glued ? "" : " ") + String.join(" ", words);
    }

    /** The gender an honorific right before the name says ("Mrs", "Dame", "Puan Sri"), inside the pipeline's mention or not. */
    private static Optional<Gender> honorific(Sentence sentence, Mention mention) {
        int nameFrom = mention.from() + honorificsWithin(sentence, mention);
        for (int i = Math.max(0, mention.from() - 2); i < nameFrom; i++) {
            String word = sentence.token(i).lowerWord();
            Gender two = i + 1 < nameFrom ? Lexicon.HONORIFIC_GENDER.get(word + " " + sentence.token(i + 1).lowerWord()) : null;
            Gender one = i == nameFrom - 1 || i >= mention.from() ? Lexicon.HONORIFIC_GENDER.get(word) : null;
            if (two != null || one != null) {
                return Optional.of(two != null ? two : one);
            }
        }
        return Optional.empty();
    }

    /** How many of a mention's first tokens are titles or honorifics rather than the name ("Datuk Seri Tan Chee Meng" → 2). */
    private static int honorificsWithin(Sentence sentence, Mention mention) {
        List<String> words = new ArrayList<>();
        for (int i = mention.from(); i < mention.to(); i++) {
            words.add(sentence.token(i).lowerWord());
        }
        int skipped = 0;
        for (int prefix = Lexicon.namePrefixAt(words, 0); prefix > 0 && skipped + prefix < words.size();
             prefix = Lexicon.namePrefixAt(words, skipped)) {
            skipped += prefix;
        }
        return skipped;
    }

    /** The peerage title right before a surname ("Lord Danby"), as written; empty if there is none. */
    private static Optional<String> peerageTitle(Sentence sentence, Mention mention) {
        int nameFrom = mention.from() + honorificsWithin(sentence, mention);
        int title = nameFrom - 1;
        if (title < 0) {
            return Optional.empty();
        }
        Token token = sentence.token(title);
        boolean capitalised = Character.isUpperCase(token.word().codePointAt(0));
        return capitalised && Lexicon.PEERAGE_TITLES.contains(token.lowerWord()) ? Optional.of(token.word()) : Optional.empty();
    }

    /**
     * The words of a PERSON mention that are the name: no titles, no possessive, no stray punctuation.
     * Hyphenated names stay whole ("Jean-Luc").
     */
    private static List<String> nameWords(Sentence sentence, Mention mention) {
        List<String> words = new ArrayList<>();
        Token previous = null;
        int nameFrom = mention.from() + honorificsWithin(sentence, mention);
        for (int i = nameFrom; i < mention.to() && i < sentence.tokens().size(); i++) {
            Token token = sentence.token(i);
            String word = token.word();
            boolean glued = previous != null && token.begin() == previous.end() && !words.isEmpty();
            previous = token;
            if (token.pos().equals("POS") || token.isPronoun() || token.pos().equals("PRP$")) {
                continue;
            }
            if (glued && (word.equals("-") || words.getLast().endsWith("-"))) {
                words.set(words.size() - 1, words.getLast() + word);
                continue;
            }
            if (words.isEmpty() && Lexicon.NAME_PREFIXES.contains(token.lowerWord())) {
                continue;
            }
            if (!Character.isUpperCase(word.codePointAt(0))) {
                continue;
            }
            words.add(word.replaceAll("['’]s$", ""));
        }
        words.replaceAll(word -> word.replaceAll("-+$", ""));
        return words;
    }

    /**
     * "Rosa Dalgaard … has been in talks with her counterparts": a possessive pronoun in a clause
     * whose subject is a person says that person's gender.
     */
    private void genderFromPronouns() {
        for (Sentence sentence : document.sentences()) {
            for (Token token : sentence.tokens()) {
                String word = token.lowerWord();
                boolean male = word.equals("his") || word.equals("himself");
                boolean female = word.equals("her") && token.relation().equals("nmod:poss") || word.equals("herself");
                if (!male && !female) {
                    continue;
                }
                Optional<Person> subject = subjectOfClause(sentence, token.index());
                subject.ifPresent(person -> {
                    if (male) {
                        person.male++;
                    } else {
                        person.female++;
                    }
                });
            }
        }
    }

    /** The person who is the subject of the clause a token belongs to, if the subject is a name. */
    private Optional<Person> subjectOfClause(Sentence sentence, int token) {
        for (int current = token; current >= 0; current = sentence.token(current).head()) {
            Token candidate = sentence.token(current);
            if (candidate.isVerb() || current == sentence.root()) {
                for (int child : sentence.children(current)) {
                    if (sentence.token(child).relation().startsWith("nsubj")) {
                        Optional<Person> person = at(sentence.index(), child);
                        if (person.isPresent()) {
                            return person;
                        }
                        for (int inner : sentence.children(child)) {
                            Optional<Person> named = at(sentence.index(), inner);
                            if (named.isPresent()) {
                                return named;
                            }
                        }
                    }
                }
                if (candidate.relation().equals("conj") || candidate.relation().equals("xcomp")) {
                    continue;
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
