package org.storydesk.analysis.extraction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of news writing that attribution and dating turn on: verbs of saying, the nouns
 * of written and anonymous sources, the nouns of happenings. General English, about no story.
 */
public final class Lexicon {

    private Lexicon() {
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Verbs (lemmas) whose subject is the source of the words they govern. */
    public static final Set<String> SPEECH_VERBS = words(
            "say", "tell", "add", "note", "call", "argue", "insist", "warn", "stress", "praise", "commend", "describe",
            "refer", "confirm", "promise", "write", "explain", "state", "claim", "announce", "declare", "suggest",
            "acknowledge", "admit", "ask", "answer", "reply", "respond", "recall", "predict", "vow", "pledge", "urge",
            "caution", "emphasize", "emphasise", "highlight", "observe", "remark", "comment", "tweet", "quip", "joke",
            "complain", "concede", "contend", "maintain", "assert", "affirm", "deny", "estimate", "brand", "label",
            "dub", "term", "hail", "criticize", "criticise", "slam", "blast", "condemn", "characterize",
            "characterise", "testify", "conclude", "boast", "reiterate", "recount", "mention", "indicate", "speak",
            "retort", "counter", "agree", "lament", "muse", "shout", "whisper", "ask", "question", "plead", "assure",
            "remind", "tell", "describe", "call", "welcome", "applaud", "admire", "thank", "accuse", "blame", "allege",
            "report", "announce", "post", "write", "add");

    /** A verb whose lemma is a speech verb: "said", "told", "noted". */
    public static boolean isSpeechVerb(NlpDocument.Token token) {
        return token.isVerb() && isSpeech(token);
    }

    /** A token whose lemma is a speech verb, whatever the tagger made of it. */
    public static boolean isSpeech(NlpDocument.Token token) {
        return SPEECH_VERBS.contains(token.lemma().toLowerCase(Locale.ROOT));
    }

    /** Verbs a document "speaks" with: the report warns, the statement commits, the draft envisions. */
    public static final Set<String> DOCUMENT_VERBS = words(
            "say", "state", "warn", "note", "commit", "envision", "envisage", "include", "involve", "propose", "specify",
            "pledge", "read", "add", "call", "describe", "estimate", "find", "conclude", "recommend", "predict",
            "urge", "declare", "outline", "set", "stipulate", "provide", "require", "promise", "suggest", "show");

    /** Nouns of written sources: their words get a label, never a person. */
    public static final Set<String> DOCUMENT_NOUNS = words(
            "agreement", "declaration", "statement", "report", "release", "memo", "memorandum", "letter", "document",
            "plan", "communique", "communiqué", "resolution", "bill", "ruling", "judgment", "judgement", "filing",
            "lawsuit", "complaint", "indictment", "order", "bulletin", "advisory", "notice", "study", "survey",
            "paper", "proposal", "draft", "text", "treaty", "accord", "pact", "charter", "motion", "decision",
            "verdict", "framework", "policy", "guideline", "guidelines", "warning", "forecast", "post", "tweet",
            "email", "e-mail", "affidavit", "brief", "petition", "manifesto", "budget", "review", "audit", "analysis",
            "assessment", "summary", "transcript", "directive", "legislation", "law", "act", "constitution",
            "website", "note", "notes", "minutes", "sign", "banner");

    /** Nouns of people the text does not name: "a senior official", "a spokesperson", "sources". */
    public static final Set<String> ANONYMOUS_NOUNS = words(
            "official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "source", "sources",
            "aide", "aides", "diplomat", "diplomats", "staffer", "staffers", "insider", "insiders", "analyst",
            "analysts", "expert", "experts", "observer", "observers", "witness", "witnesses", "resident", "residents",
            "neighbour", "neighbours", "neighbor", "neighbors", "police", "authorities", "authority", "government",
            "ministry", "department", "office", "councillor", "councillors", "councilor", "councilors", "member",
            "members", "person", "people", "worker", "workers", "employee", "employees", "officer", "officers",
            "lawyer", "lawyers", "attorney", "attorneys", "representative", "representatives", "negotiator",
            "negotiators", "organizer", "organizers", "organiser", "organisers", "critic", "critics", "supporter",
            "supporters", "executive", "executives", "lawmaker", "lawmakers", "legislator", "legislators", "minister",
            "ministers", "leader", "leaders", "chair", "chairman", "chairwoman", "board", "council", "committee",
            "company", "firm", "union", "agency", "group", "association", "campaign", "team", "club", "league",
            "court", "judge", "prosecutor", "prosecutors", "paramedic", "paramedics", "doctor", "doctors", "nurse",
            "nurses", "teacher", "teachers", "student", "students", "parent", "parents", "fan", "fans", "player",
            "players", "coach", "driver", "drivers", "passenger", "passengers", "owner", "owners", "manager",
            "managers", "director", "directors", "scientist", "scientists", "researcher", "researchers", "staffer",
            "military", "army", "embassy", "kremlin", "administration", "cabinet", "secretariat", "commission",
            "council", "parliament", "congress", "senate", "bureau", "service", "services", "spokesperson's");

    /** Nouns of happenings that dates can be anchored to: "the day before the vote". */
    public static final Set<String> EVENT_NOUNS = words(
            "vote", "meeting", "summit", "talks", "conference", "hearing", "election", "announcement", "signing",
            "speech", "briefing", "debate", "ceremony", "session", "visit", "trip", "match", "game", "final", "trial",
            "ruling", "verdict", "referendum", "launch", "opening", "closing", "strike", "storm", "meetings",
            "statement", "declaration", "deal", "agreement", "event", "gathering", "rally", "protest", "funeral",
            "inauguration", "conversation", "call", "interview", "appearance", "forum", "negotiations");

    /** Kinds of happening that are the same thing for anchoring: a summit is a meeting is talks. */
    public static final Map<String, String> EVENT_KIND = Map.ofEntries(
            Map.entry("summit", "meeting"), Map.entry("meeting", "meeting"), Map.entry("meetings", "meeting"),
            Map.entry("talks", "meeting"), Map.entry("conference", "meeting"), Map.entry("gathering", "meeting"),
            Map.entry("forum", "meeting"), Map.entry("session", "meeting"), Map.entry("negotiations", "meeting"),
            Map.entry("statement", "announcement"), Map.entry("declaration", "announcement"),
            Map.entry("announcement", "announcement"), Map.entry("signing", "announcement"),
            Map.entry("agreement", "announcement"), Map.entry("deal", "announcement"));

    /** Abbreviated titles as headlines write them ("PM: …"). */
    public static final Map<String, String> TITLE_ABBREVIATIONS = Map.ofEntries(
            Map.entry("pm", "prime minister"), Map.entry("pres", "president"), Map.entry("gov", "governor"),
            Map.entry("sen", "senator"), Map.entry("rep", "representative"), Map.entry("sec", "secretary"),
            Map.entry("gen", "general"), Map.entry("dr", "doctor"), Map.entry("supt", "superintendent"),
            Map.entry("insp", "inspector"), Map.entry("sgt", "sergeant"), Map.entry("cllr", "councillor"),
            Map.entry("mp", "member of parliament"), Map.entry("ceo", "chief executive"), Map.entry("fm", "foreign minister"));

    /** Nouns that stand for what someone said, in "That was X's reply" or "The warning came from X". */
    public static final Set<String> SPEECH_NOUNS = words(
            "reply", "answer", "response", "retort", "warning", "message", "words", "comment", "comments", "remark",
            "remarks", "verdict", "assessment", "view", "promise", "plea", "rejoinder", "quip", "advice", "question",
            "shot", "line", "point", "prediction", "vow", "threat", "argument", "explanation", "jab", "rebuke", "description",
            "appeal", "pledge", "claim", "boast", "complaint", "admission", "confession", "defence", "defense", "summary",
            "statement", "word", "thought", "thoughts", "take", "reaction");

    /** Nouns of unnamed people, whose "he" or "she" can be what a later sentence points back to. */
    public static final Set<String> ANONYMOUS_PEOPLE = words(
            "official", "spokesperson", "spokesman", "spokeswoman", "source", "aide", "diplomat", "staffer", "insider",
            "analyst", "expert", "observer", "witness", "resident", "neighbour", "neighbor", "worker", "employee",
            "officer", "lawyer", "attorney", "representative", "negotiator", "organizer", "organiser", "critic",
            "supporter", "executive", "lawmaker", "legislator", "firefighter", "nurse", "doctor", "teacher", "student",
            "parent", "player", "driver", "passenger", "owner", "manager", "scientist", "researcher", "member", "person",
            "woman", "man", "mother", "father", "volunteer", "survivor", "victim", "farmer", "guard", "soldier", "officer");

    public static final Set<String> MALE_PRONOUNS = words("he", "him", "his", "himself");
    public static final Set<String> FEMALE_PRONOUNS = words("she", "her", "hers", "herself");
    public static final Set<String> RELATIVE_PRONOUNS = words("who", "whom", "whose", "which", "that");

    /** Honorifics that say a person's gender and are not part of their name. */
    public static final Map<String, Gender> HONORIFIC_GENDER = Map.ofEntries(
            Map.entry("mr", Gender.MALE), Map.entry("mr.", Gender.MALE), Map.entry("sir", Gender.MALE), Map.entry("lord", Gender.MALE),
            Map.entry("mrs", Gender.FEMALE), Map.entry("mrs.", Gender.FEMALE), Map.entry("ms", Gender.FEMALE), Map.entry("ms.", Gender.FEMALE),
            Map.entry("miss", Gender.FEMALE), Map.entry("dame", Gender.FEMALE), Map.entry("lady", Gender.FEMALE), Map.entry("madam", Gender.FEMALE));

    /** Words that stand before a name as a title but are not the name itself. */
    public static final Set<String> NAME_PREFIXES = words(
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "gen", "gen.", "sir", "dame", "lord",
            "lady", "rev", "rev.", "sen", "sen.", "rep", "rep.", "gov", "gov.", "lt", "lt.", "col", "col.", "capt",
            "capt.", "sgt", "sgt.", "maj", "maj.", "adm", "adm.", "cmdr", "cmdr.", "insp", "insp.", "supt", "supt.",
            "justice", "judge", "president", "premier", "mayor", "minister", "chancellor", "senator", "councillor",
            "coach", "captain", "king", "queen", "prince", "princess", "pope", "father", "sister", "brother", "bishop");
}
