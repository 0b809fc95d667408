package org.storydesk.bench;

import org.storydesk.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.Application;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryPeople;
import org.storydesk.base.ui.FilterDescriptions;
import org.storydesk.people.People;
import org.storydesk.quotes.QuoteQuery;
import org.storydesk.quotes.Quotes;
import org.storydesk.articles.AnalysisStatus;
import org.storydesk.articles.Articles;
import org.storydesk.support.Analysis;
import org.storydesk.support.SyntheticDesk;
import org.storydesk.support.SyntheticStory;
import org.storydesk.timeline.Timeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * How fast every panel answers a change of filter, on the server: for each view, the calls it
 * makes when the filter in the URL changes (the header's person list included), timed over a
 * set of filters an editor would use (everyone; the most quoted person; a person of middling and
 * of little prominence; two people; one day, one week, one month; a person over a week), each
 * many times. First on the seed story (analysed for real), then on a synthetic story of 10,000
 * articles in a database of its own: their analyses ({@link SyntheticStory}) written as the
 * analysis leaves them ({@link SyntheticDesk}) and made into a story by the app's own merge.
 *
 * <p>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.storydesk.bench.FilterBenchmark}
 * (optionally {@code -Dexec.args=20000} for another size).
 */
public final class FilterBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;
    private static final int PAGE = 50;

    private FilterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path seeds = Path.of("seeds").toAbsolutePath();
        Path noSeeds = Files.createTempDirectory("storydesk-bench-noseeds");

        try (ConfigurableApplicationContext app = start(seeds, true)) {
            Analysis.awaitIdle(app.getBean(JdbcClient.class), Duration.ofMinutes(10));
            report("the seed story", app, 100);
        }
        try (ConfigurableApplicationContext app = start(noSeeds, false)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long start = System.nanoTime();
            new SyntheticDesk(jdbc, app.getBean(NamedParameterJdbcTemplate.class), app.getBean(JsonMapper.class))
                    .write(new SyntheticStory(size, 42).articles(size));
            // The story of them is made by the app's own merge, as a whole, as after an upgrade.
            jdbc.sql("""
                    INSERT INTO story_merges (story_id, merged_at, people, quotes, events, full_merge_requested, full_merge_reason)
                    SELECT min(id), NULL, 0, 0, 0, now(), 'the benchmark asked for it' FROM stories
                    ON CONFLICT (story_id) DO UPDATE SET full_merge_requested = now(), full_merge_reason = 'the benchmark asked for it'""").update();
            Analysis.awaitIdle(jdbc, Duration.ofMinutes(20));
            jdbc.sql("ANALYZE").update();
            String written = jdbc.sql("""
                            SELECT (SELECT count(*) FROM articles) || ' articles, ' || people || ' people, ' || quotes || ' quotes ('
                                   || (SELECT count(*) FROM quote_sources) || ' sources), ' || events || ' events' FROM story_merges""")
                    .query(String.class).single();
            System.out.printf(Locale.ROOT, "%nSynthetic story written and merged in %.0f s: %s%n", (System.nanoTime() - start) / 1e9, written);
            report("a synthetic story of " + size + " articles", app, 300);
            plans(app.getBean(JdbcClient.class));
        }
        System.exit(0);
    }

    private static ConfigurableApplicationContext start(Path seeds, boolean analyse) throws Exception {
        Path data = Files.createTempDirectory("storydesk-bench-data");
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--storydesk.data-dir=" + data,
                "--storydesk.seeds-dir=" + seeds, "--storydesk.analysis.enabled=" + analyse, "--logging.level.root=warn");
    }

    private static void report(String story, ConfigurableApplicationContext app, int targetMs) {
        Articles articles = app.getBean(Articles.class);
        AnalysisStatus analysis = app.getBean(AnalysisStatus.class);
        People people = app.getBean(People.class);
        StoryPeople options = app.getBean(StoryPeople.class);
        Timeline timeline = app.getBean(Timeline.class);
        Quotes quotes = app.getBean(Quotes.class);

        Map<String, StoryFilter> filters = filters(app.getBean(JdbcClient.class), options.options(Seeds.STORY));

        // What every view does on a change of filter: the header shows the filter, and the panel answers it.
        Consumer<StoryFilter> header = filter -> {
            options.options(Seeds.STORY);
            FilterDescriptions.names(Seeds.STORY, filter.hasPeople() ? filter : filter.withPeople(Set.of(PersonSlug.of("nobody"))), options);
        };
        Map<String, Consumer<StoryFilter>> views = new LinkedHashMap<>();
        views.put("Overview", filter -> {
            header.accept(filter);
            articles.coverage(Seeds.STORY, filter);
            analysis.progress(Seeds.STORY);
            people.mostQuoted(Seeds.STORY, filter, 8);
            timeline.latest(Seeds.STORY, filter, 6);
        });
        views.put("Articles", filter -> {
            header.accept(filter);
            articles.count(Seeds.STORY, filter);
            analysis.of(articles.page(Seeds.STORY, filter, null, 0, PAGE).stream().map(article -> article.id()).toList());
        });
        views.put("Timeline", filter -> {
            header.accept(filter);
            timeline.count(Seeds.STORY, filter);
            timeline.list(Seeds.STORY, filter, 0, PAGE);
        });
        views.put("Quote board", filter -> {
            header.accept(filter);
            // As the board asks: fragments under their quotes, each page with its fragments.
            QuoteQuery query = new QuoteQuery(Seeds.STORY, filter, null, "date").fragmentsUnderTheirQuotes();
            quotes.count(query);
            quotes.list(query, 0, PAGE);
        });
        views.put("Quote board, by reach", filter -> {
            QuoteQuery query = new QuoteQuery(Seeds.STORY, filter, null, "reach").fragmentsUnderTheirQuotes();
            quotes.count(query);
            quotes.list(query, 0, PAGE);
        });
        views.put("People", filter -> {
            header.accept(filter);
            people.count(Seeds.STORY, filter);
            people.page(Seeds.STORY, filter, null, 0, PAGE);
        });

        System.out.printf(Locale.ROOT, "%nFilter changes on %s (target %d ms), %d runs of each of %d filters:%n", story, targetMs, RUNS, filters.size());
        System.out.printf(Locale.ROOT, "  %-24s %8s %8s %8s   %s%n", "view", "p50 ms", "p95 ms", "max ms", "slowest filter");
        for (Map.Entry<String, Consumer<StoryFilter>> view : views.entrySet()) {
            List<Double> all = new ArrayList<>();
            String slowest = null;
            double slowestMedian = -1;
            for (Map.Entry<String, StoryFilter> filter : filters.entrySet()) {
                for (int i = 0; i < WARM_UP; i++) {
                    view.getValue().accept(filter.getValue());
                }
                List<Double> runs = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    view.getValue().accept(filter.getValue());
                    runs.add((System.nanoTime() - start) / 1e6);
                }
                Collections.sort(runs);
                if (runs.get(RUNS / 2) > slowestMedian) {
                    slowestMedian = runs.get(RUNS / 2);
                    slowest = filter.getKey();
                }
                all.addAll(runs);
            }
            Collections.sort(all);
            System.out.printf(Locale.ROOT, "  %-24s %8.1f %8.1f %8.1f   %s%n", view.getKey(), percentile(all, 50), percentile(all, 95),
                    all.getLast(), slowest);
        }
    }

    /** How PostgreSQL answers the first page of each list, on the large story: which index serves which list. */
    private static void plans(JdbcClient jdbc) {
        String person = jdbc.sql("SELECT speaker FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker ORDER BY count(*) DESC LIMIT 1").query(String.class).single();
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("Quote board, first page by date", """
                SELECT q.id, p.name FROM quotes q LEFT JOIN person_names p ON p.story_id = q.story_id AND p.slug = q.speaker
                 WHERE q.story_id = 1 ORDER BY q.said_on, q.first_article, q.id LIMIT 50""");
        queries.put("Quote board, first page by reach", """
                SELECT q.id, p.name FROM quotes q LEFT JOIN person_names p ON p.story_id = q.story_id AND p.slug = q.speaker
                 WHERE q.story_id = 1 ORDER BY q.reach DESC, q.said_on, q.id LIMIT 50""");
        queries.put("Quote board of the most quoted person", """
                SELECT q.id, p.name FROM quotes q LEFT JOIN person_names p ON p.story_id = q.story_id AND p.slug = q.speaker
                 WHERE q.story_id = 1 AND q.speaker IN ('%s')
                 ORDER BY q.said_on, q.first_article, q.id LIMIT 50""".formatted(person));
        queries.put("Timeline of one week", """
                SELECT count(*) FROM events e WHERE e.story_id = 1 AND e.day_to >= date '2025-09-01' AND e.day_from <= date '2025-09-07'""");
        queries.put("Stories of one week", """
                SELECT a.id FROM current_articles a WHERE a.published >= date '2025-09-01' AND a.published <= date '2025-09-07'
                 ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT 50""");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            System.out.printf(Locale.ROOT, "%n%s:%n", query.getKey());
            jdbc.sql("EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) " + query.getValue())
                    .query((rs, row) -> rs.getString(1)).list()
                    .forEach(line -> System.out.println("    " + line));
        }
    }

    private static Map<String, StoryFilter> filters(JdbcClient jdbc, List<StoryPeople.PersonOption> everyone) {
        LocalDate busiest = jdbc.sql("""
                        SELECT published FROM current_articles WHERE published IS NOT NULL
                         GROUP BY published ORDER BY count(*) DESC, published LIMIT 1""")
                .query(LocalDate.class).single();
        PersonSlug top = everyone.getFirst().slug();
        PersonSlug middling = everyone.get(Math.max(1, everyone.size() / 20)).slug();
        PersonSlug little = everyone.get(everyone.size() * 3 / 4).slug();
        Map<String, StoryFilter> filters = new LinkedHashMap<>();
        filters.put("everyone", StoryFilter.EVERYTHING);
        filters.put("most quoted person", new StoryFilter(Set.of(top), null, null));
        filters.put("a middling person", new StoryFilter(Set.of(middling), null, null));
        filters.put("a minor person", new StoryFilter(Set.of(little), null, null));
        filters.put("two people", new StoryFilter(Set.of(top, middling), null, null));
        filters.put("busiest day", new StoryFilter(Set.of(), busiest, busiest));
        filters.put("a week", new StoryFilter(Set.of(), busiest.minusDays(6), busiest));
        filters.put("a month", new StoryFilter(Set.of(), busiest.minusDays(30), busiest));
        filters.put("top person, a week", new StoryFilter(Set.of(top), busiest.minusDays(6), busiest));
        return filters;
    }

    private static double percentile(List<Double> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
