package org.storydesk.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * News-like articles about one developing story, for running the whole desk (the pipeline, the
 * merge, the panels) on a story of many articles without real ones. Each article has a dateline,
 * a headline and a few paragraphs in which named people say things: a quote in quotation marks
 * with its speaker and a verb of saying ("“…,” Roe told reporters."), reported speech, a dated
 * happening ("on Tuesday"). A cast of officials is quoted, the most prominent far more often than
 * the rest (a power law); about a fifth of the quotes are carried again by a later article,
 * some with a word changed. Every choice comes from one seed.
 */
public final class NewsWire {

    private static final String[] FIRST = {"Ada", "Ben", "Clara", "Daniel", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jonas", "Karin",
            "Liam", "Maya", "Nikhil", "Olga", "Pavel", "Rosa", "Samuel", "Tara", "Victor", "Yusuf", "Amir", "Beatrice", "Carlos",
            "Dana", "Emil", "Fatima", "Helen", "Ivan", "Julia", "Kofi", "Lena", "Marco", "Nadia", "Omar", "Petra", "Rajesh", "Sofia"};
    private static final String[] LAST = {"Brooks", "Okafor", "Lindqvist", "Moreau", "Haddad", "Novak", "Tanaka", "Fischer", "Costa",
            "Dubois", "Kowalski", "Mensah", "Ortega", "Petrov", "Quinn", "Rossi", "Schmidt", "Varga", "Walsh", "Yilmaz", "Andersen",
            "Bauer", "Castillo", "Demir", "Eriksen", "Fontaine", "Garcia", "Horvath", "Ibrahim", "Jensen", "Keller", "Laurent",
            "Marsh", "Nakamura", "Olsen", "Park", "Reyes", "Sato", "Tremblay", "Weber"};
    private static final String[] TITLES = {"Foreign Minister", "Defence Minister", "Finance Minister", "Prime Minister",
            "Environment Minister", "Mayor", "Senator", "Ambassador", "Governor", "Trade Minister"};
    private static final String[] CITIES = {"BRUSSELS", "GENEVA", "OTTAWA", "VIENNA", "OSLO", "LISBON", "WARSAW", "MADRID"};
    private static final String[] TOPICS = {"the ceasefire", "the trade agreement", "the reconstruction fund", "the border crossings",
            "the grain shipments", "the energy plan", "the peace talks", "the security guarantees"};
    private static final String[] VERBS = {"said", "told reporters", "said in a statement", "added", "told a news conference"};
    private static final String[] OPENINGS = {"We will not", "Nobody should", "We have always", "The government will", "Our partners must",
            "We are ready to", "It is too early to", "We cannot", "The people expect us to", "There is no reason to"};
    private static final String[] MIDDLES = {"give up on", "rush into", "promise more than we can deliver on", "walk away from",
            "slow down the work on", "stand in the way of", "pay for", "change course on", "compromise on", "wait any longer for"};
    private static final String[] ENDINGS = {"before the winter", "this year", "at any price", "without our allies", "in the coming weeks",
            "until the talks are over", "for the sake of appearances", "while the fighting goes on", "as long as it takes", "on our own"};

    private record Person(String name, String surname, String title) {
    }

    private record Said(String text, int speaker) {
    }

    private final SplittableRandom random;
    private final List<Person> cast = new ArrayList<>();
    private final List<Said> said = new ArrayList<>();
    private final LocalDate start = LocalDate.of(2026, 2, 2);
    private int next;

    public NewsWire(long seed) {
        random = new SplittableRandom(seed);
        for (String last : LAST) {
            cast.add(new Person(FIRST[random.nextInt(FIRST.length)] + " " + last, last, TITLES[random.nextInt(TITLES.length)]));
        }
    }

    /** An article as an integration would post it: {@code {text, published, outlet}} as one JSON object. */
    public String nextJson() {
        return article().json();
    }

    /** An article with its words, and one quote of it that no other article has. */
    public record Article(String text, LocalDate published, String outlet, String freshQuote) {
        public String json() {
            return "{\"text\": " + quoted(text) + ", \"published\": \"" + published + "\", \"outlet\": " + quoted(outlet) + "}";
        }
    }

    public Article article() {
        int n = next++;
        LocalDate published = start.plusDays(n / 40);
        String weekday = published.minusDays(1).getDayOfWeek() == DayOfWeek.SUNDAY ? "Saturday"
                : published.minusDays(1).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        Person lead = cast.get(prominent());
        Person other = cast.get(prominent());
        StringBuilder text = new StringBuilder();
        text.append(lead.title()).append(" ").append(lead.surname()).append(" warns over ").append(topic).append(" (report ")
                .append(n + 1).append(")\n\n");
        text.append(CITIES[random.nextInt(CITIES.length)]).append(" — ").append(lead.title()).append(" ").append(lead.name())
                .append(" met officials on ").append(weekday).append(" to discuss ").append(topic).append(", ")
                .append(other.title().toLowerCase(Locale.ROOT)).append(" ").append(other.name()).append(" said.\n\n");
        String fresh = null;
        for (int p = 0; p < 4; p++) {
            Said quote;
            if (!said.isEmpty() && random.nextInt(5) == 0) {
                quote = said.get(said.size() - 1 - random.nextInt(Math.min(said.size(), 200)));
            } else {
                int speaker = random.nextBoolean() ? cast.indexOf(lead) : prominent();
                quote = new Said(OPENINGS[random.nextInt(OPENINGS.length)] + " " + MIDDLES[random.nextInt(MIDDLES.length)] + " " + topic
                        + " " + ENDINGS[random.nextInt(ENDINGS.length)] + ", and report " + (n + 1) + " says so", speaker);
                said.add(quote);
                if (fresh == null) {
                    fresh = quote.text();
                }
            }
            Person speaker = cast.get(quote.speaker());
            text.append("“").append(quote.text()).append(",” ").append(speaker.surname()).append(" ")
                    .append(VERBS[random.nextInt(VERBS.length)]).append(".\n\n");
            if (p == 1) {
                text.append("The talks on ").append(topic).append(" resumed on ").append(weekday).append(" after a pause of two weeks, ")
                        .append("and officials expect a decision before the end of the month.\n\n");
            }
        }
        return new Article(text.toString().strip(), published, "Wire " + (1 + n % 12), fresh);
    }

    /** A person of the cast, the first few far more often than the rest. */
    private int prominent() {
        return Math.min(cast.size() - 1, (int) (cast.size() * Math.pow(random.nextDouble(), 2.5)));
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
