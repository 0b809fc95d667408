package org.storydesk.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.Application;
import org.storydesk.support.Analysis;
import tools.jackson.databind.json.JsonMapper;

/**
 * How many requests the API serves to integrations, and what a flood of wrong passwords does to
 * everyone else. The app runs in this JVM on the seed story (analysed for real); the clients are
 * on this machine too, from addresses of the loopback range, so they share its two cores.
 * <ol>
 * <li>20 integrations, each with an API token, call {@code GET /api/quotes} as fast as they can: requests
 * per second and latency (target ≥ 300 requests/s, p95 ≤ 200 ms). Beside them a viewer calls with HTTP Basic
 * (the right password, so a bcrypt check each time) twice a second.</li>
 * <li>The same, while 20 addresses send wrong passwords (HTTP Basic) as fast as they can: the integrations'
 * and the viewer's p95 (target ≤ 500 ms).</li>
 * </ol>
 *
 * <p>{@code MAVEN_OPTS=-Xmx4g ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.storydesk.bench.ApiBenchmark}
 * (optionally {@code -Dexec.args="30"} for the seconds each phase lasts).
 */
public final class ApiBenchmark {

    private static final int CLIENTS = 20;
    private static final int FLOODERS = 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Duration phase = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 30);
        Path data = Files.createTempDirectory("storydesk-bench-api");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--storydesk.data-dir=" + data, "--storydesk.seeds-dir=" + Path.of("seeds").toAbsolutePath(),
                "--logging.level.root=warn", "--logging.level.org.storydesk.base.security.LoginThrottle=error")) {
            Analysis.awaitIdle(app.getBean(JdbcClient.class), Duration.ofMinutes(10));
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
            String token = token(base);
            int quotes = JSON.readTree(send(client("127.0.0.1"), get(base + "/api/quotes").header("Authorization", "Bearer " + token)
                    .build()).body()).size();
            System.out.printf(Locale.ROOT, "GET /api/quotes answers %d quotes of the seed story%n", quotes);

            run("warm-up", base, token, Duration.ofSeconds(10), false);
            Result calm = run("20 token clients + a viewer on Basic", base, token, phase, false);
            Result flood = run("20 token clients + wrong-password flood from 20 addresses + a viewer on Basic", base, token, phase, true);

            System.out.printf(Locale.ROOT, """
                            %nToken clients:             %.0f requests/s, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms   (target ≥ 300/s, p95 ≤ 200 ms)
                            Viewer on Basic:           %d calls, p50 %.0f ms, p95 %.0f ms
                            Token clients under flood: %.0f requests/s, p50 %.0f ms, p95 %.0f ms             (target p95 ≤ 500 ms)
                            Viewer on Basic, flood:    %d calls, p50 %.0f ms, p95 %.0f ms
                            Flood:                     %d wrong passwords, %d of them refused unheard (429)
                            """,
                    calm.rate(), calm.p(50), calm.p(95), calm.p(99), calm.editor().size(), percentile(calm.editor(), 50),
                    percentile(calm.editor(), 95), flood.rate(), flood.p(50), flood.p(95),
                    flood.editor().size(), percentile(flood.editor(), 50), percentile(flood.editor(), 95), flood.flooded(), flood.throttled());
        }
        System.exit(0);
    }

    record Result(long requests, Duration took, List<Double> latencies, List<Double> editor, long flooded, long throttled) {
        double rate() {
            return requests / (took.toNanos() / 1e9);
        }

        double p(int percentile) {
            return percentile(latencies, percentile);
        }
    }

    private static Result run(String name, String base, String token, Duration length, boolean flood) throws Exception {
        System.out.println("Running: " + name + " for " + length.toSeconds() + " s");
        AtomicBoolean running = new AtomicBoolean(true);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Double> editor = Collections.synchronizedList(new ArrayList<>());
        AtomicLong requests = new AtomicLong();
        AtomicLong flooded = new AtomicLong();
        AtomicLong throttled = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        for (int i = 0; i < CLIENTS; i++) {
            HttpClient http = client("127.0.0.1");
            HttpRequest request = get(base + "/api/quotes").header("Authorization", "Bearer " + token).build();
            threads.add(Thread.ofPlatform().start(() -> {
                await(ready);
                while (running.get()) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = send(http, request);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("GET /api/quotes answered " + response.statusCode());
                    }
                    latencies.add((System.nanoTime() - start) / 1e6);
                    requests.incrementAndGet();
                }
            }));
        }
        if (flood) {
            for (int i = 0; i < FLOODERS; i++) {
                HttpClient http = client("127.0.0." + (10 + i));
                int attacker = i;
                threads.add(Thread.ofPlatform().start(() -> {
                    await(ready);
                    for (long n = 0; running.get(); n++) {
                        HttpResponse<String> response = send(http, get(base + "/api/quotes")
                                .header("Authorization", basic((n % 2 == 0 ? "editor" : "guess-" + attacker + "-" + n), "wrong-" + n)).build());
                        flooded.incrementAndGet();
                        if (response.statusCode() == 429) {
                            throttled.incrementAndGet();
                        }
                    }
                }));
            }
        }
        HttpClient viewer = client("127.0.0.2");
        threads.add(Thread.ofPlatform().start(() -> {
            await(ready);
            while (running.get()) {
                long start = System.nanoTime();
                HttpResponse<String> response = send(viewer, get(base + "/api/quotes").header("Authorization", basic("viewer", "viewer")).build());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("The viewer on Basic was answered " + response.statusCode());
                }
                editor.add((System.nanoTime() - start) / 1e6);
                sleep(Duration.ofMillis(500));
            }
        }));
        long start = System.nanoTime();
        ready.countDown();
        sleep(length);
        running.set(false);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(30));
        }
        return new Result(requests.get(), took, new ArrayList<>(latencies), new ArrayList<>(editor), flooded.get(), throttled.get());
    }

    private static String token(String base) {
        HttpResponse<String> created = send(client("127.0.0.1"), HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Authorization", basic("editor", "editor")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\"}")).build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Could not create a token: " + created.body());
        }
        return JSON.readTree(created.body()).get("token").asString();
    }

    private static HttpClient client(String from) {
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).localAddress(InetAddress.getByName(from))
                    .connectTimeout(Duration.ofSeconds(5)).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double percentile(List<Double> values, int percentile) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
