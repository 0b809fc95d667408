package org.storydesk.support;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.analysis.extraction.ArticleAnalysis.EventFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.PersonFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.QuoteFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.Span;
import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.DatingRule;
import org.storydesk.analysis.extraction.Gender;
import org.storydesk.analysis.extraction.QuoteKind;
import org.storydesk.analysis.extraction.TermRule;
import org.storydesk.analysis.extraction.TextPart;
import org.storydesk.analysis.extraction.TimexDate;
import org.storydesk.analysis.merging.StoryMerger;
import org.storydesk.base.ArticleId;

/**
 * The analyses a long-running story's articles would give, without running the pipeline: for
 * measuring and testing the merge at the sizes a newsroom reaches.
 *
 * <p>The shape follows the seed story's analyses, scaled. An article names about eight people
 * (most by full name, about one in twenty by surname alone; a few surnames shared by two people; a
 * letter misspelt in about one name in a hundred), carries about eight quotes and reports about
 * four dated happenings. Who is named and who is quoted falls off as a power law: a few people
 * are in most articles, most people in few. About a fifth of the quotes are carried again by a
 * later article, most with small differences of wording (a word changed or dropped, other
 * punctuation, an ellipsis); about a third are partial, half of those fragments of a full quote;
 * one in ten is given to an unnamed source or a document. A quarter of the happenings are
 * reported again by another article in other words; most are dated to the day within the three
 * days before publication, some to a month, a week or a day without a year. Words are drawn
 * from a vocabulary whose frequencies fall off as in English (a Zipf law), with the common
 * little words at their usual share, so that looking quotes up by their words meets the
 * crowded word lists a real story has. The coverage spreads over eight months; an article in
 * fifty has no date. Every choice comes from one seed, so a size gives the same story on every
 * machine.
 */
public final class SyntheticStory {

    private static final String[] FIRST = {"Ada", "Ben", "Chloe", "Dmitri", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas",
            "Kaia", "Liam", "Maya", "Nikhil", "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tara", "Uma", "Victor", "Wen", "Ximena",
            "Yusuf", "Zora", "Amir", "Bea", "Carlos", "Dana", "Emil", "Fatima", "Gil", "Hana", "Ivan", "Julia", "Kofi", "Lena",
            "Marco", "Nadia", "Omar", "Petra", "Raj", "Sofia", "Tomas", "Ulla", "Vera", "Wim", "Yara", "Zeno"};
    private static final String[] SYLLABLES = {"bar", "ken", "lo", "mir", "ston", "vel", "dra", "ova", "sen", "ric", "tan", "quist",
            "berg", "ell", "ano", "ski", "ton", "wick", "ard", "ley", "mont", "ez", "ich", "ov", "ham", "lund", "ier", "as"};
    private static final String[] LITTLE = {"the", "to", "of", "and", "a", "in", "we", "is", "that", "it", "for", "will", "be",
            "not", "on", "this", "are", "with", "our", "have", "as", "they", "but", "at", "by", "all", "can", "there"};
    private static final String[] ROLES = {"Prime Minister", "Foreign Minister", "Defence Minister", "spokesperson", "President",
            "Secretary-General", "chief of staff", "ambassador", "senator", "union leader", "chief executive", "mayor"};
    private static final String[] LABELS = {"a senior official", "the statement", "the declaration", "a diplomat", "the ministry"};

    /**
     * How many words the story's quotes use; the k-th most common is used about 1/k as often as the
     * first. By Heaps' law a story of 10,000 articles (some 700,000 words of quotes beside the little
     * words) uses about 25,000 distinct words.
     */
    private static final int VOCABULARY = 25_000;

    private final SplittableRandom random;
    private final String[] vocabulary;
    private final double[] wordWeights;
    private final List<Person> people = new ArrayList<>();
    private final double[] personWeights;
    private final List<SaidQuote> quotes = new ArrayList<>();
    private final List<Happening> happenings = new ArrayList<>();
    private final LocalDate start = LocalDate.of(2025, 6, 1);
    private int next = 1;

    private record Person(String name, String surname, Gender gender, String role) {
    }

    private record SaidQuote(String text, int speaker, String label, boolean full) {
    }

    private record Happening(LocalDate date, List<Integer> people, String summary) {
    }

    /** A story whose cast fits {@code articles} articles (one person for every five articles, at least fifty). */
    public SyntheticStory(int articles, long seed) {
        random = new SplittableRandom(seed);
        vocabulary = new String[VOCABULARY];
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < VOCABULARY; i++) {
            String word;
            do {
                word = word(2 + random.nextInt(3));
            } while (!taken.add(word));
            vocabulary[i] = word;
        }
        wordWeights = zipf(VOCABULARY, 1.0);
        int cast = Math.max(50, articles / 5);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < cast; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            // One person in forty shares a surname with someone already in the story.
            String surname = i > 10 && random.nextInt(40) == 0 ? people.get(random.nextInt(people.size())).surname()
                    : capitalise(word(2 + random.nextInt(2)));
            if (!names.add(first + " " + surname)) {
                i--;
                continue;
            }
            Gender gender = random.nextBoolean() ? Gender.MALE : random.nextInt(4) == 0 ? null : Gender.FEMALE;
            people.add(new Person(first + " " + surname, surname, gender, ROLES[random.nextInt(ROLES.length)]));
        }
        personWeights = zipf(cast, 1.1);
    }

    /** The next {@code count} articles of the story, numbered on from the last. */
    public List<StoryMerger.Analysed> articles(int count) {
        List<StoryMerger.Analysed> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(article());
        }
        return articles;
    }

    public StoryMerger.Analysed article() {
        long id = next++;
        LocalDate published = random.nextInt(50) == 0 ? null : start.plusDays((long) (240 * Math.pow(random.nextDouble(), 1.3)));
        List<Integer> cast = new ArrayList<>();
        while (cast.size() < 8) {
            int person = pick(personWeights);
            if (!cast.contains(person)) {
                cast.add(person);
            }
        }
        int offset = 0;
        List<PersonFound> found = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int person : cast) {
            Person who = people.get(person);
            String key = random.nextInt(20) == 0 ? who.surname() : who.name();
            if (random.nextInt(100) == 0) {
                key = misspelt(key);
            }
            List<Span> mentions = new ArrayList<>();
            for (int m = 0; m < 1 + random.nextInt(5); m++) {
                offset += 40 + random.nextInt(200);
                mentions.add(new Span(offset, offset + key.length()));
            }
            List<String> variants = key.equals(who.name()) ? List.of(who.name(), who.surname()) : List.of(key);
            List<String> roles = random.nextBoolean() ? List.of(who.role()) : List.of();
            found.add(new PersonFound(key, variants, roles, who.gender(), mentions));
            keys.add(key);
        }
        List<QuoteFound> said = new ArrayList<>();
        for (int q = 0; q < 6 + random.nextInt(5); q++) {
            offset += 100 + random.nextInt(300);
            said.add(quote(cast, keys, offset, published));
        }
        List<EventFound> reported = new ArrayList<>();
        for (int e = 0; e < 2 + random.nextInt(5); e++) {
            offset += 100 + random.nextInt(300);
            reported.add(event(cast, keys, published, offset));
        }
        List<TermFound> terms = List.of(new TermFound(TextPart.BODY, 10, 30, capitalise(words(2, 3)), TermRule.TITLE_CASE_NAME));
        return new StoryMerger.Analysed(ArticleId.of(id), published, new ArticleAnalysis(found, said, terms, reported));
    }

    private QuoteFound quote(List<Integer> cast, List<String> keys, int offset, LocalDate published) {
        SaidQuote quote;
        String text;
        if (!quotes.isEmpty() && random.nextInt(5) == 0) {
            // Carried again: the same words, or nearly.
            quote = quotes.get(quotes.size() - 1 - (int) (quotes.size() * Math.pow(random.nextDouble(), 3)));
            text = reworded(quote.text());
        } else if (random.nextInt(6) == 0 && !quotes.isEmpty()) {
            // A fragment of an earlier full quote, woven into the reporter's sentence.
            SaidQuote whole = quotes.get(random.nextInt(quotes.size()));
            String[] words = whole.text().split(" ");
            int from = random.nextInt(Math.max(1, words.length - 3));
            int length = Math.min(words.length - from, 3 + random.nextInt(5));
            text = String.join(" ", Arrays.copyOfRange(words, from, from + length));
            quote = new SaidQuote(text, whole.speaker(), whole.label(), false);
            quotes.add(quote);
        } else {
            boolean full = random.nextInt(6) != 0;
            text = full ? capitalise(words(8, 30)) + (random.nextBoolean() ? "," : ".") : words(3, 8);
            int speaker = random.nextInt(10) == 0 ? -1 : random.nextInt(20) == 0 ? -2 : cast.get(Math.min(cast.size() - 1,
                    (int) (cast.size() * Math.pow(random.nextDouble(), 2))));
            quote = new SaidQuote(text, speaker, speaker == -1 ? LABELS[random.nextInt(LABELS.length)] : null, full);
            quotes.add(quote);
        }
        String speaker = null;
        if (quote.speaker() >= 0) {
            int at = cast.indexOf(quote.speaker());
            speaker = at >= 0 ? keys.get(at) : null;
        }
        String label = speaker == null ? quote.label() : null;
        QuoteKind kind = quote.full() ? QuoteKind.FULL : QuoteKind.PARTIAL;
        // One quote in eight was said on a day the text gives ("on Monday"), the day before publication.
        TimexDate date = published != null && random.nextInt(8) == 0 ? TimexDate.ofDay(published.minusDays(1)) : null;
        return new QuoteFound(random.nextInt(40) == 0 ? TextPart.HEADLINE : TextPart.BODY, offset, offset + text.length(),
                text, kind, speaker, label, speaker != null ? AttributionRule.GOVERNING_SPEECH_VERB : label != null ? AttributionRule.SPEECH_VERB_IN_SENTENCE : null,
                offset - 20, offset + text.length() + 30, date, null);
    }

    private EventFound event(List<Integer> cast, List<String> keys, LocalDate published, int offset) {
        LocalDate reference = published != null ? published : start.plusDays(120);
        Happening happening;
        String summary;
        if (!happenings.isEmpty() && random.nextInt(4) == 0) {
            happening = happenings.get(happenings.size() - 1 - (int) (happenings.size() * Math.pow(random.nextDouble(), 3)));
            String[] words = happening.summary().split(" ");
            summary = String.join(" ", Arrays.copyOfRange(words, 0, Math.max(3, words.length - random.nextInt(3))))
                    + " " + words(1, 3);
        } else {
            List<Integer> who = new ArrayList<>();
            who.add(cast.get(random.nextInt(Math.min(3, cast.size()))));
            if (random.nextBoolean()) {
                who.add(cast.get(random.nextInt(cast.size())));
            }
            summary = capitalise(words(6, 14));
            happening = new Happening(reference.minusDays(random.nextInt(4)), who.stream().distinct().toList(), summary);
            happenings.add(happening);
        }
        List<String> eventPeople = new ArrayList<>();
        for (int person : happening.people()) {
            int at = cast.indexOf(person);
            eventPeople.add(at >= 0 ? keys.get(at) : people.get(person).name());
        }
        int precision = random.nextInt(20);
        LocalDate day = happening.date();
        TimexDate date = precision == 0 ? TimexDate.ofMonth(day.getYear(), day.getMonthValue())
                : precision == 1 ? TimexDate.ofWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                : precision == 2 ? TimexDate.ofDayWithoutYear(day.getMonthValue(), day.getDayOfMonth())
                : TimexDate.ofDay(day);
        String timeOfDay = random.nextInt(8) == 0 ? (random.nextBoolean() ? "evening" : "morning") : null;
        String sentence = summary + " " + words(4, 12) + ".";
        return new EventFound(date, timeOfDay, summary, eventPeople, offset, offset + sentence.length(), sentence, DatingRule.TIME_EXPRESSION);
    }

    /** Another outlet's wording of the same words: mostly the same, sometimes a word changed or dropped, an ellipsis, other punctuation. */
    private String reworded(String text) {
        String[] words = text.split(" ");
        int change = random.nextInt(10);
        if (words.length < 6 || change < 5) {
            return text;
        }
        List<String> list = new ArrayList<>(List.of(words));
        int at = 1 + random.nextInt(list.size() - 2);
        switch (change) {
            case 5, 6 -> list.set(at, vocabulary[pick(wordWeights)]);
            case 7 -> list.remove(at);
            case 8 -> {
                return text.replace(",", ".").replace("’", "'");
            }
            default -> {
                int end = Math.min(list.size() - 1, at + 2);
                list.subList(at, end).clear();
                list.add(at, "…");
            }
        }
        return String.join(" ", list);
    }

    private String words(int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                words.append(' ');
            }
            // Little words make up close to half of what people say.
            words.append(random.nextInt(100) < 42 ? LITTLE[random.nextInt(LITTLE.length)] : vocabulary[pick(wordWeights)]);
        }
        return words.toString();
    }

    private String word(int syllables) {
        StringBuilder word = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private String misspelt(String name) {
        int at = name.length() - 2 - random.nextInt(Math.max(1, Math.min(3, name.length() - 3)));
        return name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Cumulative weights of a Zipf law over n ranks. */
    private static double[] zipf(int n, double exponent) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1 / Math.pow(k + 1, exponent);
            cumulative[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cumulative[k] /= sum;
        }
        return cumulative;
    }

    private int pick(double[] cumulative) {
        double u = random.nextDouble();
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
