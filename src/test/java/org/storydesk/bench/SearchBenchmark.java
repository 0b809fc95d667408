package org.storydesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.Application;
import org.storydesk.base.SearchWords;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryName;
import org.storydesk.base.database.DatabaseCredentials;
import org.storydesk.search.Results;
import org.storydesk.search.Search;

/**
 * How fast search answers at 100,000 articles, through the app's own search ({@link Search}, as the
 * header and {@code /api/search} call it). The corpus is written as the app stores articles: one
 * version each in {@code article_versions} (whose search vector PostgreSQL computes as it is
 * written), the first 10,000 on a story, and 50,000 quotes on that story. Bodies are made of the
 * sentences of the seed and gold articles (real news English: the words a query meets, at the
 * shares they have), some 25 to an article, each article naming a place of its own, so that a
 * query can be common ("minister", in most articles), rare (one place) or absent.
 *
 * <p>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.storydesk.bench.SearchBenchmark}
 * (optionally {@code -Dexec.args=20000} for another size).
 */
public final class SearchBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 15;
    private static final int IN_STORY = 10_000;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path noSeeds = Files.createTempDirectory("storydesk-bench-noseeds");
        Path data = Files.createTempDirectory("storydesk-bench-data");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--storydesk.data-dir=" + data, "--storydesk.seeds-dir=" + noSeeds, "--storydesk.analysis.enabled=false",
                "--logging.level.root=warn")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long start = System.nanoTime();
            write(jdbc, app.getBean(NamedParameterJdbcTemplate.class), size);
            settle(((HikariDataSource) app.getBean(DataSource.class)).getJdbcUrl(), data);
            System.out.printf(Locale.ROOT, "%nWrote %,d articles (%,d on a story, with %,d quotes) in %.0f s; %s of article text and vectors%n",
                    size, Math.min(size, IN_STORY), Math.min(size, IN_STORY) * 5, (System.nanoTime() - start) / 1e9,
                    jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('article_versions'))").query(String.class).single());
            StoryName story = app.getBean(StoryDirectory.class).first().orElseThrow();
            report(app.getBean(Search.class), story);
        }
        System.exit(0);
    }

    /**
     * Vacuums and analyses what was written, as the schema's owner: the app's role owns no table, so
     * its ANALYZE skipped them all, and the queries were planned from whatever autovacuum had got to
     * (none at first), while autovacuum read the gigabyte of vectors
     * during the timings. A desk that has been running has both behind it.
     */
    private static void settle(String url, Path data) throws IOException, SQLException {
        DatabaseCredentials credentials = DatabaseCredentials.of(data).orElseThrow();
        try (Connection owner = DriverManager.getConnection(url, DatabaseCredentials.OWNER, credentials.owner());
             Statement statement = owner.createStatement()) {
            statement.execute("VACUUM (ANALYZE) articles, article_versions, story_articles, quotes");
        }
    }

    private static void report(Search search, StoryName story) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("a common word", "minister");
        queries.put("two words", "security guarantees");
        queries.put("a phrase", "\"coalition of the willing\"");
        queries.put("without a word", "troops -Ukraine");
        queries.put("either word", "Carney or Macron");
        queries.put("a rare place", "Velstonbar");
        queries.put("a word no article holds", "xylophone");
        List<Double> all = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%nSearch through the app's own code (50 quotes and 50 articles a page), %d runs each:%n", RUNS);
        System.out.printf(Locale.ROOT, "  %-26s %-14s %8s %8s %8s %10s%n", "query", "scope", "p50 ms", "p95 ms", "max ms", "hits");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            for (StoryName scope : new StoryName[] {null, story}) {
                SearchWords words = SearchWords.of(query.getValue());
                Results found = null;
                for (int i = 0; i < WARM_UP; i++) {
                    found = search.find(words, scope, 0, 50);
                }
                List<Double> runs = new ArrayList<>();
                for (int i = 0; i < RUNS; i++) {
                    long begin = System.nanoTime();
                    search.find(words, scope, 0, 50);
                    runs.add((System.nanoTime() - begin) / 1e6);
                }
                Collections.sort(runs);
                all.addAll(runs);
                System.out.printf(Locale.ROOT, "  %-26s %-14s %8.1f %8.1f %8.1f %10s%n", query.getKey(), scope == null ? "the desk" : "one story",
                        percentile(runs, 50), percentile(runs, 95), runs.getLast(),
                        count(found.articleCount()) + "+" + count(found.quoteCount()));
            }
        }
        Collections.sort(all);
        System.out.printf(Locale.ROOT, "  %-26s %-14s %8.1f %8.1f %8.1f   (target p95 200 ms)%n", "every query", "both", percentile(all, 50),
                percentile(all, 95), all.getLast());
    }

    private static String count(int n) {
        return n > Search.COUNTED ? ">1000" : Integer.toString(n);
    }

    /** The corpus, in batches, as the app writes an article: the article, its version (its vector computed on write), the story. */
    private static void write(JdbcClient jdbc, NamedParameterJdbcTemplate batch, int size) throws IOException {
        List<String> sentences = sentences();
        SplittableRandom random = new SplittableRandom(42);
        String[] syllables = {"vel", "ston", "bar", "mir", "dra", "ken", "lo", "sen", "ric", "tan", "quist", "berg", "ova", "lund"};
        long story = jdbc.sql("""
                        INSERT INTO stories (slug, name, created_by) VALUES ('benchmark-story', 'Benchmark story', 'bench') RETURNING id""")
                .query(Long.class).single();
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int from = 1; from <= size; from += 1_000) {
            List<SqlParameterSource> rows = new ArrayList<>();
            List<SqlParameterSource> quotes = new ArrayList<>();
            for (int id = from; id < Math.min(size + 1, from + 1_000); id++) {
                StringBuilder body = new StringBuilder();
                String place = syllables[random.nextInt(syllables.length)] + syllables[random.nextInt(syllables.length)]
                        + syllables[random.nextInt(syllables.length)];
                place = Character.toUpperCase(place.charAt(0)) + place.substring(1);
                for (int s = 0; s < 25; s++) {
                    body.append(s == 12 ? "Officials in " + place + " said the talks would go on. " : "")
                            .append(sentences.get(random.nextInt(sentences.size()))).append(s % 4 == 3 ? "\n\n" : " ");
                }
                String text = body.toString().strip();
                rows.add(new MapSqlParameterSource().addValue("id", (long) id).addValue("hash", "bench-" + id).addValue("body", text)
                        .addValue("headline", sentences.get(random.nextInt(sentences.size())).replaceAll("[.”\"]+$", ""))
                        .addValue("outlet", "Outlet " + (1 + id % 40)).addValue("published", first.plusDays(id % 700))
                        .addValue("words", text.split("\\s+").length).addValue("story", story));
                if (id <= IN_STORY) {
                    for (int q = 0; q < 5; q++) {
                        quotes.add(new MapSqlParameterSource().addValue("story", story).addValue("id", "q-bench-" + id + "-" + q)
                                .addValue("text", "“" + sentences.get(random.nextInt(sentences.size())) + "”")
                                .addValue("said", first.plusDays(id % 700)).addValue("article", (long) id));
                    }
                }
            }
            SqlParameterSource[] values = rows.toArray(SqlParameterSource[]::new);
            batch.batchUpdate("INSERT INTO articles (id, source) OVERRIDING SYSTEM VALUE VALUES (:id, 'upload')", values);
            batch.batchUpdate("""
                    INSERT INTO article_versions (article_id, version, content_hash, media_type, raw, body, outlet, headline, published, words)
                    VALUES (:id, 1, :hash, 'text/plain', :body, :body, :outlet, :headline, :published, :words)""", values);
            batch.batchUpdate("UPDATE articles SET current_version_id = (SELECT id FROM article_versions WHERE article_id = :id) WHERE id = :id",
                    values);
            batch.batchUpdate("INSERT INTO story_articles (story_id, article_id, added_by) SELECT :story, :id, 'bench' WHERE :id <= " + IN_STORY,
                    values);
            batch.batchUpdate("""
                    INSERT INTO quotes (story_id, id, text, kind, said_on, first_article, reach) VALUES (:story, :id, :text, 'full', :said, :article, 1)""",
                    quotes.toArray(SqlParameterSource[]::new));
        }
        jdbc.sql("SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))").query(Object.class).single();
    }

    /** Every sentence of the seed and gold articles: news English as the desk reads it. */
    private static List<String> sentences() throws IOException {
        List<String> sentences = new ArrayList<>();
        for (Path folder : List.of(Path.of("seeds"), Path.of("src/test/resources/gold"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    for (String sentence : Files.readString(file).split("(?<=[.!?”])\\s+")) {
                        String clean = sentence.replaceAll("\\s+", " ").strip();
                        if (clean.length() > 40 && clean.length() < 400) {
                            sentences.add(clean);
                        }
                    }
                }
            }
        }
        return sentences;
    }

    private static double percentile(List<Double> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
