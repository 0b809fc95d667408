package org.storydesk.bench;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.Application;
import org.storydesk.base.StoryDeskProperties;
import org.storydesk.support.Analysis;
import org.storydesk.support.Api;
import org.storydesk.support.NewsWire;

/**
 * The whole desk on a story of many articles, end to end: news-like articles ({@link NewsWire})
 * posted through the API as JSON Lines, analysed by the real pipeline with the default number of
 * workers, and taken into the story one at a time. Measures how long the queue takes to drain,
 * and then, for one more article posted on its own, how long until its quote is on the quote
 * board (asked through the API, as the board asks).
 *
 * <p>{@code MAVEN_OPTS=-Xmx5g ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.storydesk.bench.IngestBenchmark -Dexec.args="1000 8080"} (the second number, a port to open
 * the desk at meanwhile, is optional).
 */
public final class IngestBenchmark {

    private static final int BATCH = 100;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        // A port to watch the story fill in at in a browser meanwhile (default: any free one).
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        Path data = Files.createTempDirectory("storydesk-ingest-data");
        Path noSeeds = Files.createTempDirectory("storydesk-ingest-noseeds");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run("--server.port=" + port,
                "--storydesk.data-dir=" + data, "--storydesk.seeds-dir=" + noSeeds, "--logging.level.root=warn")) {
            Api api = new Api(((WebServerApplicationContext) app).getWebServer().getPort());
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            NewsWire wire = new NewsWire(7);

            // A desk without seeds has no story: the wire's articles go to one made for them, the desk's first.
            HttpResponse<String> created = api.post("/api/stories", Api.Account.EDITOR, "application/json",
                    "{\"name\": \"The wire\", \"description\": \"Generated news-like articles, posted in batches\"}");
            if (created.statusCode() != 201 && created.statusCode() != 200) {
                throw new IllegalStateException("The story was refused: " + created.body());
            }

            long start = System.nanoTime();
            for (int from = 0; from < size; from += BATCH) {
                List<String> lines = new ArrayList<>();
                for (int i = from; i < Math.min(size, from + BATCH); i++) {
                    lines.add(wire.nextJson());
                }
                HttpResponse<String> response = api.post("/api/articles", Api.Account.EDITOR, "application/x-ndjson", String.join("\n", lines));
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("The batch was refused: " + response.body());
                }
            }
            double posted = (System.nanoTime() - start) / 1e9;
            Analysis.awaitIdle(jdbc, Duration.ofHours(3));
            double drained = (System.nanoTime() - start) / 1e9;
            String story = jdbc.sql("SELECT people || ' people, ' || quotes || ' quotes, ' || events || ' events' FROM story_merges")
                    .query(String.class).single();
            System.out.printf(Locale.ROOT, "%d articles posted in %.1f s; queue drained after %.0f s (%.1f articles a minute, %d worker(s)): %s%n",
                    size, posted, drained, size / (drained / 60), app.getBean(StoryDeskProperties.class).analysis().workerCount(), story);

            List<Double> latencies = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                NewsWire.Article one = wire.article();
                String words = one.freshQuote() == null ? null : one.freshQuote().substring(0, Math.min(60, one.freshQuote().length()));
                long posting = System.nanoTime();
                api.post("/api/articles", Api.Account.EDITOR, "application/json", one.json());
                if (words == null) {
                    continue;
                }
                String path = "/api/quotes?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
                while (!api.get(path, Api.Account.VIEWER).body().contains(words.substring(0, 20))) {
                    Thread.sleep(100);
                    if (System.nanoTime() - posting > Duration.ofMinutes(2).toNanos()) {
                        throw new IllegalStateException("The quote never reached the board");
                    }
                }
                latencies.add((System.nanoTime() - posting) / 1e9);
                Analysis.awaitIdle(jdbc, Duration.ofMinutes(2));
            }
            System.out.printf(Locale.ROOT, "One more article posted, its quote on the quote board after (s): %s%n", latencies.stream()
                    .map(s -> String.format(Locale.ROOT, "%.1f", s)).toList());
        }
        System.exit(0);
    }
}
