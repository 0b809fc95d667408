package org.storydesk.analysis.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of news writing that attribution and dating turn on: verbs of saying, the nouns
 * of written and anonymous sources, the nouns of happenings. General English, about no story;
 * the lists themselves are resource files ({@link WordLists}).
 */
public final class Lexicon {

    private Lexicon() {
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Words before a quoted span that introduce it as a name: the so-called “…”. */
    public static final Set<String> TERM_INTRODUCERS = WordLists.words("term-introducers.txt");

    /** Words before a quoted span by which the writer marks it as a name: "so-called", "known as". */
    public static final Set<String> NAME_MARKERS = WordLists.words("name-markers.txt");

    /** Verbs (lemmas) by which people in general name a thing: what negotiators call a “snapback”. */
    public static final Set<String> NAMING_VERBS = WordLists.words("naming-verbs.txt");

    /** Words of time a happening's summary leaves out. */
    public static final Set<String> SUMMARY_TIME_WORDS = WordLists.words("summary-time-words.txt");

    /** Verbs (lemmas) whose subject is the source of the words they govern. */
    public static final Set<String> SPEECH_VERBS = WordLists.words("speech-verbs.txt");

    /** A verb whose lemma is a speech verb: "said", "told", "noted". */
    public static boolean isSpeechVerb(NlpDocument.Token token) {
        return token.isVerb() && isSpeech(token);
    }

    /** A token whose lemma is a speech verb, whatever the tagger made of it. */
    public static boolean isSpeech(NlpDocument.Token token) {
        return SPEECH_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT));
    }

    /** Verbs a document "speaks" with: the report warns, the statement commits, the draft envisions. */
    public static final Set<String> DOCUMENT_VERBS = WordLists.words("document-verbs.txt");

    /** Nouns of written sources: their words get a label, never a person. */
    public static final Set<String> DOCUMENT_NOUNS = WordLists.words("document-nouns.txt");

    /** Nouns of people the text does not name: "a senior official", "a spokesperson", "sources". */
    public static final Set<String> ANONYMOUS_NOUNS = WordLists.words("anonymous-nouns.txt");

    /** Nouns of happenings that dates can be anchored to: "the day before the vote". */
    public static final Set<String> EVENT_NOUNS = WordLists.words("event-nouns.txt");

    /** Kinds of happening that are the same thing for anchoring: a summit is a meeting is talks. */
    public static final Map<String, String> EVENT_KIND = WordLists.meanings("event-kinds.txt");

    /** Abbreviated titles as headlines write them ("PM: …"). */
    public static final Map<String, String> TITLE_ABBREVIATIONS = WordLists.meanings("title-abbreviations.txt");

    /** Nouns that stand for what someone said, in "That was X's reply" or "The warning came from X". */
    public static final Set<String> SPEECH_NOUNS = WordLists.words("speech-nouns.txt");

    /** Nouns of unnamed people, whose "he" or "she" can be what a later sentence points back to. */
    public static final Set<String> ANONYMOUS_PEOPLE = WordLists.words("anonymous-people.txt");

    // Pronouns are grammar, a closed class, not a list that grows.
    public static final Set<String> MALE_PRONOUNS = words("he", "him", "his", "himself");
    public static final Set<String> FEMALE_PRONOUNS = words("she", "her", "hers", "herself");
    public static final Set<String> RELATIVE_PRONOUNS = words("who", "whom", "whose", "which", "that");

    /** Honorifics that say a person's gender and are not part of their name. */
    public static final Map<String, Gender> HONORIFIC_GENDER = WordLists.meanings("honorific-genders.txt").entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Gender.valueOf(entry.getValue())));

    /** Words that stand before a name as a title but are not the name itself. */
    public static final Set<String> NAME_PREFIXES = WordLists.words("name-prefixes.txt");

    /** Nouns that name again someone just named: "the veteran", "the Castlegate boss". */
    public static final Set<String> PERSON_EPITHETS = WordLists.words("person-epithets.txt");

    /** Words that date a role rather than describe it: "former", "outgoing". */
    public static final Set<String> ROLE_TIME_WORDS = WordLists.words("role-time-words.txt");

    /** Verbs whose passive subject is the speaker: "X was quoted as saying", "X was cited as saying". */
    public static final Set<String> QUOTED_AS_VERBS = WordLists.words("quoted-as-verbs.txt");

    /** Auxiliaries of what will happen: "will vote", "would tour". */
    public static final Set<String> FUTURE_AUXILIARIES = WordLists.words("future-auxiliaries.txt");

    /** Words near a verb that make it tell of what will happen: "is scheduled to", "are planned for". */
    public static final Set<String> FUTURE_MARKERS = WordLists.words("future-markers.txt");

    /** Verbs of plain saying, which with nothing said outside the quotation marks make no happening. */
    public static final Set<String> SAYING_VERBS = WordLists.words("saying-verbs.txt");

    /** Those spoken to, who make no happening of a saying: "told reporters", "spoke to supporters". */
    public static final Set<String> LISTENERS = WordLists.words("listeners.txt");

    /** Titles of the peerage ("Lord", "Baroness"): with a surname alone, they are part of how the person is named. */
    public static final Set<String> PEERAGE_TITLES = WordLists.words("peerage-titles.txt");

    /** Words that begin a surname of more than one word ("Al Mazrouei", "de Souza"). */
    public static final Set<String> SURNAME_PARTICLES = WordLists.words("surname-particles.txt");

    /** How many words at {@code from} are a title or an honorific before a name ("Dr", "Tan Sri"): 0, 1 or 2. */
    public static int namePrefixAt(List<String> lowerWords, int from) {
        if (from + 1 < lowerWords.size() && NAME_PREFIXES.contains(lowerWords.get(from) + " " + lowerWords.get(from + 1))) {
            return 2;
        }
        return from < lowerWords.size() && NAME_PREFIXES.contains(lowerWords.get(from)) ? 1 : 0;
    }
}
