package org.storydesk.base.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.Application;
import org.storydesk.support.SeparateApps;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor's laptop where the app was killed ({@code kill -9}) while a client was still
 * connected to its database: the next start stops the orphaned server at once, and the story is
 * all there.
 */
@ExtendWith(SeparateApps.class)
class KilledAppTest {

    @TempDir
    Path data;

    @Test
    void afterTheAppIsKilledTheNextStartStopsItsOrphanedDatabaseAtOnceThoughAClientIsConnected() throws Exception {
        Process killed = startInAProcessOfItsOwn();
        Connection client;
        long orphan;
        try {
            List<String> pidFile = Files.readAllLines(data.resolve("postgres/postmaster.pid"));
            orphan = Long.parseLong(pidFile.get(0).trim());
            DatabaseCredentials credentials = DatabaseCredentials.of(data).orElseThrow();
            client = DriverManager.getConnection("jdbc:postgresql://localhost:" + pidFile.get(3).trim() + "/storydesk",
                    DatabaseCredentials.APP, credentials.app());
        } finally {
            killed.destroyForcibly(); // SIGKILL: the app gets no chance to stop its database
            killed.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the orphaned server still runs").hasValue(true);
        assertThat(client.isValid(2)).as("and still serves its client").isTrue();

        long start = System.nanoTime();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--storydesk.data-dir=" + data, "--storydesk.seeds-dir=seeds",
                        "--storydesk.analysis.enabled=false")) {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).as("a smart shutdown would wait for the client, and give up after 30 s").isLessThan(Duration.ofSeconds(25));
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(client.isValid(2)).isFalse();
            assertThat(app.getBean(JdbcClient.class).sql("SELECT count(*) FROM article_versions").query(Integer.class).single())
                    .isGreaterThanOrEqualTo(5);
        } finally {
            client.close();
            ProcessHandle.of(orphan).ifPresent(left -> stopQuietly(left));
        }
    }

    private void stopQuietly(ProcessHandle server) {
        try {
            OrphanedServer.stop(server, data.resolve("postgres"), "immediate", Duration.ofSeconds(10));
        } catch (IOException e) {
            // the test has failed already
        }
    }

    private Process startInAProcessOfItsOwn() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Application.class.getName(),
                "--server.port=" + port, "--storydesk.data-dir=" + data, "--storydesk.seeds-dir=seeds",
                "--storydesk.analysis.enabled=false")
                .redirectErrorStream(true).redirectOutput(data.resolve("killed-app.log").toFile()).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("The app stopped: " + Files.readString(data.resolve("killed-app.log")));
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return app;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        app.destroyForcibly();
        throw new AssertionError("The app was not ready within 120 s");
    }

}
