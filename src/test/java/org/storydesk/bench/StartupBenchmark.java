package org.storydesk.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * First start and restart of the packaged app, as a newsroom would run it: on a fresh data
 * folder, how long until the dashboard answers and the five seed articles are analysed; then,
 * stopped and started again on the same folder, how long until it is ready with nothing to redo.
 *
 * <p>{@code ./mvnw -q -Pproduction -DskipTests package && ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.storydesk.bench.StartupBenchmark}
 */
public final class StartupBenchmark {

    private static final int PORT = 18080;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = jar();
        Path data = Files.createTempDirectory("storydesk-bench");
        System.out.println("App: " + jar + ", data in " + data);

        Result first = run(jar, data, "first start (fresh data folder, seeds analysed)");
        Result restart = run(jar, data, "restart (seeds already analysed)");
        System.out.printf(Locale.ROOT, """
                        first start: dashboard answers after %.1f s; all five seeds analysed after %.1f s   (target ≤ 180 s)
                        restart:     dashboard answers after %.1f s; ready (nothing left to analyse) after %.1f s   (target ≤ 20 s)
                        """, first.answers(), first.ready(), restart.answers(), restart.ready());
        System.exit(0);
    }

    private record Result(double answers, double ready) {
    }

    private static Result run(Path jar, Path data, String what) throws Exception {
        System.out.println("Starting: " + what);
        Path log = data.resolve("app.log");
        Process app = new ProcessBuilder(javaCommand(), "-Xmx4g", "-jar", jar.toString(), "--server.port=" + PORT,
                "--storydesk.data-dir=" + data, "--storydesk.seeds-dir=" + Path.of("seeds").toAbsolutePath())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long start = System.nanoTime();
        try {
            double answers = -1;
            while (System.nanoTime() - start < Duration.ofMinutes(6).toNanos()) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("The app stopped; see " + log + " (build it with ./mvnw -Pproduction -DskipTests package)");
                }
                if (answers < 0 && status("/login") == 200) {
                    answers = seconds(start);
                }
                if (answers >= 0) {
                    String articles = body("/api/articles");
                    long done = articles.split("\"analysis\":\"done\"", -1).length - 1;
                    if (done >= 5) {
                        return new Result(answers, seconds(start));
                    }
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException("The app was not ready within 6 minutes; see " + log);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static int status(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String body(String path) {
        try {
            String credentials = Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8));
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path))
                    .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> jars = files.filter(f -> f.toString().matches(".*story-desk-.*\\.jar$")).toList();
            if (jars.isEmpty()) {
                throw new IllegalStateException("Build the app first: ./mvnw -Pproduction -DskipTests package");
            }
            return jars.getFirst();
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
