package org.storydesk.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.analysis.extraction.ArticleAnalyzer;
import org.storydesk.analysis.extraction.Names;
import org.storydesk.analysis.extraction.CoreNlpPipeline;
import org.storydesk.analysis.merging.QuoteText;
import org.storydesk.analysis.merging.StoryMerger;
import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonSlug;
import org.storydesk.people.MachinePerson;
import org.storydesk.articles.cleaning.CleanPage;
import org.storydesk.articles.cleaning.PageCleaner;
import org.storydesk.timeline.MachineEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures the analysis against hand-made gold annotations: quote precision, recall and F1,
 * speaker accuracy, people found and strays, and event dates. Each gold file annotates one
 * article (its quotes with their speakers, its people, its dated happenings, and sentences whose
 * time expressions must date nothing); the articles of a set are analysed and merged as one story,
 * through the same cleaning, pipeline and merging as the app.
 *
 * <p>Run it to print the figures: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.storydesk.analysis.Evaluation}; with {@code -Dexec.args="blind"} (or any of
 * {@value #SETS}, separated by spaces or commas) only those sets are run; {@code sealed} runs the
 * sealed set, once the rules are done.
 */
public final class Evaluation {

    public static final Path GOLD = Path.of("src/test/resources/gold");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The figures of one set of articles, with every miss spelt out. */
    public record Report(String name, int goldQuotes, int systemQuotes, int matchedQuotes, int rightSpeakers,
                         int goldPeople, int foundPeople, List<String> strays, int goldEvents, int rightEvents,
                         int falseEvents, List<String> misses, int timelineEvents, List<String> incompleteSummaries,
                         List<String> speechOnlyEvents) {

        public double precision() {
            return systemQuotes == 0 ? 0 : (double) matchedQuotes / systemQuotes;
        }

        public double recall() {
            return goldQuotes == 0 ? 0 : (double) matchedQuotes / goldQuotes;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double speakerAccuracy() {
            return matchedQuotes == 0 ? 0 : (double) rightSpeakers / matchedQuotes;
        }

        public double peopleRecall() {
            return goldPeople == 0 ? 0 : (double) foundPeople / goldPeople;
        }

        public double eventAccuracy() {
            int total = goldEvents + falseEvents;
            return total == 0 ? 0 : (double) rightEvents / total;
        }

        public String figures() {
            return String.format(Locale.ROOT, """
                    %s
                      quotes    precision %.3f  recall %.3f  F1 %.3f   (%d gold, %d found, %d matched)
                      speakers  accuracy %.3f   (%d of %d matched quotes)
                      people    recall %.3f (%d of %d), strays %d %s
                      events    date accuracy %.3f   (%d of %d gold events right, %d dates where there is none)
                      timeline  %d events, %d summaries not a complete clause, %d only a saying
                    """, name, precision(), recall(), f1(), goldQuotes, systemQuotes, matchedQuotes,
                    speakerAccuracy(), rightSpeakers, matchedQuotes, peopleRecall(), foundPeople, goldPeople,
                    strays.size(), strays, eventAccuracy(), rightEvents, goldEvents, falseEvents,
                    timelineEvents, incompleteSummaries.size(), speechOnlyEvents.size());
        }
    }

    private final ArticleAnalyzer analyzer;
    private final PageCleaner cleaner = new PageCleaner();

    /** The sets {@link #main} knows by name, in the order it runs them when given none. */
    public static final String SETS = "seeds extra heldout blind";

    /** The evaluation of the analysis as the app runs it. */
    public Evaluation() {
        this(new ArticleAnalyzer(ParseCache.ifAsked(new CoreNlpPipeline())));
    }

    /** The evaluation of an analyzer: with some rules off, or reading through a cache of parses. */
    public Evaluation(ArticleAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public static void main(String[] args) {
        List<String> sets = Stream.of(args.length == 0 ? new String[] {SETS} : args)
                .flatMap(arg -> Stream.of(arg.split("[\\s,]+"))).filter(set -> !set.isBlank()).toList();
        Evaluation evaluation = new Evaluation();
        for (String set : sets) {
            Report report = evaluation.report(set);
            System.out.println(report.figures());
            report.misses().forEach(miss -> System.out.println("  - " + miss));
            System.out.println();
        }
        System.exit(0);
    }

    /** Every set, in the order of {@link #SETS}. */
    public List<Report> sets() {
        return Stream.of(SETS.split(" ")).map(this::report).toList();
    }

    /** The report of one set by its name: seeds, extra, heldout, blind or sealed. */
    public Report report(String set) {
        return switch (set.toLowerCase(Locale.ROOT)) {
            case "seeds" -> seeds();
            case "extra" -> extra();
            case "heldout", "held-out" -> heldOut();
            case "blind" -> blind();
            case "sealed" -> sealed();
            default -> throw new IllegalArgumentException("No evaluation set \"" + set + "\"; the sets are: " + SETS);
        };
    }

    /** The five seed articles of the story, as one story. */
    public Report seeds() {
        List<Path> golds = files(GOLD.resolve("seeds"), ".json");
        List<Path> texts = golds.stream().map(gold -> Path.of("seeds", gold.getFileName().toString().replace(".json", ".txt"))).toList();
        return evaluate("Seed articles (the Paris summit story)", golds, texts);
    }

    /** Articles written for the evaluation, each on a story of its own, with tricky attributions. */
    public Report extra() {
        return separately("extra", "Extra articles (own stories, tricky attributions)");
    }

    /**
     * Articles written by someone who had not seen the extraction, after it was built: what it
     * does on news it has never seen.
     */
    public Report heldOut() {
        return separately("heldout", "Held-out articles (written blind to the extraction)");
    }

    /**
     * A second blind set, written and annotated without seeing the extraction or merging rules, in
     * varied house styles (British, American wire, international outlets, sport): measured, not
     * guarded by a threshold.
     */
    public Report blind() {
        return separately("blind", "Blind articles (house styles, written blind to the rules)");
    }

    /**
     * A third blind set, kept sealed while the rules were changed (see its README): run only by
     * name, never by {@link #sets()} nor the ablation, so its figure stays one for news the rules
     * have never seen.
     */
    public Report sealed() {
        return separately("sealed", "Sealed articles (unseen by anyone changing the rules)");
    }

    private Report separately(String folder, String name) {
        List<Path> golds = files(GOLD.resolve(folder), ".json");
        Report total = null;
        for (Path gold : golds) {
            Report one = evaluate(gold.getFileName().toString(), List.of(gold), List.of(Path.of(gold.toString().replace(".json", ".txt"))));
            total = total == null ? one : sum(name, total, one);
        }
        return total;
    }

    private Report evaluate(String name, List<Path> golds, List<Path> texts) {
        List<StoryMerger.Analysed> analysed = new ArrayList<>();
        List<JsonNode> goldNodes = new ArrayList<>();
        Map<ArticleId, String> bodies = new LinkedHashMap<>();
        for (int i = 0; i < golds.size(); i++) {
            CleanPage page = cleaner.cleanText(read(texts.get(i)));
            LocalDate published = page.metadata().published().orElse(null);
            ArticleAnalysis analysis = analyzer.analyse(page.body(), page.metadata().headline().orElse(null), published);
            ArticleId id = ArticleId.of(i + 1);
            analysed.add(new StoryMerger.Analysed(id, published, analysis));
            goldNodes.add(JSON.readTree(read(golds.get(i))));
            bodies.put(id, page.body());
        }
        StoryMerger.Story story = new StoryMerger().merge(analysed);
        Map<ArticleId, Map<String, PersonSlug>> speakers = story.slugs();

        int goldQuotes = 0;
        int systemQuotes = 0;
        int matched = 0;
        int rightSpeakers = 0;
        int goldEvents = 0;
        int rightEvents = 0;
        int falseEvents = 0;
        List<String> misses = new ArrayList<>();
        Set<String> goldPeople = new LinkedHashSet<>();
        Set<String> goldNames = new HashSet<>();
        for (int i = 0; i < analysed.size(); i++) {
            StoryMerger.Analysed article = analysed.get(i);
            JsonNode gold = goldNodes.get(i);
            String file = texts.get(i).getFileName().toString();
            List<ArticleAnalysis.QuoteFound> found = new ArrayList<>(article.analysis().quotes());
            systemQuotes += found.size();
            for (JsonNode quote : gold.get("quotes")) {
                goldQuotes++;
                String text = quote.get("text").asString();
                Optional<ArticleAnalysis.QuoteFound> match = found.stream().filter(q -> sameQuote(q.text(), text)).findFirst();
                if (match.isEmpty()) {
                    misses.add(file + ": quote not found: “" + text + "”");
                    continue;
                }
                found.remove(match.get());
                matched++;
                if (rightSpeaker(quote, match.get(), speakers.getOrDefault(article.article(), Map.of()), story.people())) {
                    rightSpeakers++;
                } else {
                    misses.add(file + ": wrong speaker for “" + abbreviate(text) + "”: " + describe(match.get()) + ", expected "
                            + (quote.get("speaker").isNull() ? "[" + quote.get("speakerLabel").asString() + "]" : quote.get("speaker").asString()));
                }
            }
            for (ArticleAnalysis.QuoteFound extra : found) {
                misses.add(file + ": not a quote in the gold: “" + abbreviate(extra.text()) + "” (" + describe(extra) + ")");
            }
            for (JsonNode person : gold.get("people")) {
                goldPeople.add(Names.key(person.get("name").asString()));
                goldNames.add(Names.key(person.get("name").asString()));
                person.get("variants").forEach(variant -> goldNames.add(Names.key(bare(variant.asString()))));
            }
            for (JsonNode event : gold.get("events")) {
                goldEvents++;
                String sentence = event.get("sentence").asString();
                // A sentence may report two happenings of two dates ("lost last week, a result he called … on Wednesday").
                List<MachineEvent> candidates = eventsFrom(story, article.article(), bodies.get(article.article()), sentence);
                Optional<MachineEvent> system = candidates.stream().filter(e -> rightDate(event.get("date").asString(), e)).findFirst()
                        .or(() -> candidates.stream().findFirst());
                if (system.isEmpty()) {
                    misses.add(file + ": no event for “" + sentence + "” (" + event.get("date").asString() + ")");
                } else if (rightDate(event.get("date").asString(), system.get())) {
                    rightEvents++;
                } else {
                    misses.add(file + ": wrong date for “" + sentence + "”: " + system.get().from() + " (" + system.get().precision()
                            + "), expected " + event.get("date").asString());
                }
            }
            for (JsonNode event : gold.get("notEvents")) {
                String sentence = event.get("sentence").asString();
                Optional<MachineEvent> system = eventFrom(story, article.article(), bodies.get(article.article()), sentence);
                boolean goldEventThere = false;
                for (JsonNode goldEvent : gold.get("events")) {
                    goldEventThere |= sentenceOf(bodies.get(article.article()), goldEvent.get("sentence").asString())
                            .equals(sentenceOf(bodies.get(article.article()), sentence));
                }
                if (system.isPresent() && !goldEventThere) {
                    falseEvents++;
                    misses.add(file + ": a date where there is none: “" + sentence + "” → " + system.get().from());
                }
            }
        }
        int foundPeople = 0;
        for (String person : goldPeople) {
            boolean found = story.people().stream().anyMatch(p -> Names.key(p.name()).equals(person)
                    || p.variants().stream().anyMatch(v -> Names.key(bare(v)).equals(person)));
            if (found) {
                foundPeople++;
            } else {
                misses.add("person not found: " + person);
            }
        }
        List<String> strays = story.people().stream()
                .filter(p -> !goldNames.contains(Names.key(p.name())) && p.variants().stream().noneMatch(v -> goldNames.contains(Names.key(bare(v)))))
                .map(MachinePerson::name).toList();
        List<String> incomplete = story.events().stream().map(MachineEvent::summary).filter(summary -> !completeClause(summary)).toList();
        List<String> speechOnly = story.events().stream().map(MachineEvent::summary).filter(Evaluation::onlyASaying).toList();
        incomplete.forEach(summary -> misses.add("summary not a complete clause: “" + summary + "”"));
        speechOnly.forEach(summary -> misses.add("only a saying on the timeline: “" + summary + "”"));
        return new Report(name, goldQuotes, systemQuotes, matched, rightSpeakers, goldPeople.size(), foundPeople, strays,
                goldEvents, rightEvents, falseEvents, misses, story.events().size(), incomplete, speechOnly);
    }

    // Not "in" or "on", which end many a phrasal verb ("will be sworn in", "moved on").
    private static final Set<String> DANGLING = Set.of("a", "an", "the", "of", "to", "at", "for", "with", "and", "or", "but",
            "by", "from", "his", "her", "their", "its", "our", "as", "that", "than");

    /** A summary cut mid-phrase ("signed a …") or ending on a word that needs more ("… to help secure the"). */
    static boolean completeClause(String summary) {
        String[] words = summary.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return !summary.contains("…") && words.length >= 2 && !DANGLING.contains(words[words.length - 1].replaceAll("[^\\p{L}]", ""));
    }

    /** "Carney told reporters", "The official said": a saying with nothing said. */
    static boolean onlyASaying(String summary) {
        return summary.matches("(?i)^[\\p{L}\\p{N} .’'-]{1,60}? (said|says|told|tells|added|adds|spoke|speaks|wrote|writes|stated)"
                + "( (reporters|journalists|supporters|the media|the press|the bbc))?[.]?$");
    }

    private static Report sum(String name, Report a, Report b) {
        List<String> strays = new ArrayList<>(a.strays());
        strays.addAll(b.strays());
        List<String> misses = new ArrayList<>(a.misses());
        misses.addAll(b.misses());
        List<String> incomplete = new ArrayList<>(a.incompleteSummaries());
        incomplete.addAll(b.incompleteSummaries());
        List<String> speechOnly = new ArrayList<>(a.speechOnlyEvents());
        speechOnly.addAll(b.speechOnlyEvents());
        return new Report(name, a.goldQuotes() + b.goldQuotes(), a.systemQuotes() + b.systemQuotes(),
                a.matchedQuotes() + b.matchedQuotes(), a.rightSpeakers() + b.rightSpeakers(), a.goldPeople() + b.goldPeople(),
                a.foundPeople() + b.foundPeople(), strays, a.goldEvents() + b.goldEvents(), a.rightEvents() + b.rightEvents(),
                a.falseEvents() + b.falseEvents(), misses, a.timelineEvents() + b.timelineEvents(), incomplete, speechOnly);
    }

    private static boolean rightSpeaker(JsonNode gold, ArticleAnalysis.QuoteFound found, Map<String, PersonSlug> slugs,
                                        List<MachinePerson> people) {
        JsonNode speaker = gold.get("speaker");
        if (speaker != null && !speaker.isNull()) {
            if (found.speaker() == null) {
                return false;
            }
            PersonSlug slug = slugs.get(found.speaker());
            String name = people.stream().filter(p -> p.slug().equals(slug)).map(MachinePerson::name).findFirst().orElse(found.speaker());
            return Names.key(name).equals(Names.key(speaker.asString()));
        }
        if (found.speaker() != null || found.speakerLabel() == null) {
            return false;
        }
        Set<String> heads = new HashSet<>();
        heads.add(head(gold.get("speakerLabel").asString()));
        JsonNode accept = gold.get("acceptLabels");
        if (accept != null) {
            accept.forEach(label -> heads.add(head(label.asString())));
        }
        return heads.contains(head(found.speakerLabel())) || heads.stream().anyMatch(h -> found.speakerLabel().toLowerCase(Locale.ROOT).contains(h));
    }

    /** The head noun of a label: "a senior government official briefing reporters" → "official". */
    private static String head(String label) {
        String lower = label.toLowerCase(Locale.ROOT).replaceAll("\\b(briefing|who|which|that|from|on|at|in)\\b.*", "").strip();
        String[] words = lower.split("\\s+");
        return words[words.length - 1];
    }

    private static boolean sameQuote(String found, String gold) {
        String a = QuoteText.normalize(found);
        String b = QuoteText.normalize(gold);
        if (a.equals(b)) {
            return true;
        }
        List<String> x = List.of(a.split(" "));
        List<String> y = List.of(b.split(" "));
        Set<String> common = new HashSet<>(x);
        common.retainAll(new HashSet<>(y));
        return common.size() >= 0.8 * Math.max(new HashSet<>(x).size(), new HashSet<>(y).size());
    }

    private static Optional<MachineEvent> eventFrom(StoryMerger.Story story, ArticleId article, String body, String sentence) {
        return eventsFrom(story, article, body, sentence).stream().findFirst();
    }

    private static List<MachineEvent> eventsFrom(StoryMerger.Story story, ArticleId article, String body, String sentence) {
        int at = body.indexOf(sentence);
        List<MachineEvent> events = new ArrayList<>();
        if (at < 0) {
            return events;
        }
        for (MachineEvent event : story.events()) {
            for (MachineEvent.Source source : event.sources()) {
                if (source.article().equals(article) && source.start() <= at && at < source.end() && !events.contains(event)) {
                    events.add(event);
                }
            }
        }
        return events;
    }

    private static String sentenceOf(String body, String fragment) {
        int at = body.indexOf(fragment);
        if (at < 0) {
            return fragment;
        }
        int start = Math.max(body.lastIndexOf(". ", at), body.lastIndexOf("\n", at));
        return start + ":" + body.indexOf(". ", at);
    }

    /** YYYY-MM-DD must be the event's day (a week-dated event may be any day of its week); YYYY-MM its month. */
    private static boolean rightDate(String gold, MachineEvent event) {
        if (gold.length() == 7) {
            return event.precision().equals("month") && event.from().toString().startsWith(gold);
        }
        LocalDate day = LocalDate.parse(gold);
        if (event.precision().equals("week")) {
            return !day.isBefore(event.from()) && !day.isAfter(event.to());
        }
        return event.precision().equals("day") && event.from().equals(day);
    }

    private static String bare(String variant) {
        return variant.replaceAll("^((Gen|Dr|Mr|Mrs|Ms|Prof|Sen|Gov|Rep|Lt|Col|Capt|Sgt)\\.?\\s+)+", "");
    }

    private static String describe(ArticleAnalysis.QuoteFound quote) {
        return (quote.speaker() != null ? quote.speaker() : "[" + quote.speakerLabel() + "]") + " by " + quote.rule();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    private static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
