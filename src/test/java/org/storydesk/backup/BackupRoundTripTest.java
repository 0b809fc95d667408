package org.storydesk.backup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.storydesk.Application;
import org.storydesk.Seeds;
import org.storydesk.base.Outcome;
import org.storydesk.quotes.QuoteId;
import org.storydesk.quotes.Quotes;
import org.storydesk.support.Analysis;
import org.storydesk.support.Api;
import org.storydesk.support.SeparateApps;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydesk.support.Api.Account.EDITOR;
import static org.storydesk.support.Api.Account.VIEWER;

/**
 * A desk that editors have worked on is backed up to one file with the documented command, and
 * restored into a fresh data folder: once the restored desk has analysed its articles again, the
 * API answers every question as the original did, and the integration's token still works.
 */
@ExtendWith(SeparateApps.class)
class BackupRoundTripTest {

    /** What an integration would read to check the desk is whole. */
    private static final List<String> ANSWERS = List.of("/api/articles", "/api/articles/1", "/api/quotes", "/api/events", "/api/people",
            "/api/annotations", "/api/audit", "/api/quotes?status=disputed", "/api/articles?format=csv");

    @TempDir
    Path folder;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aRestoredDeskAnswersAsTheOriginalDid() throws Exception {
        Path original = folder.resolve("original");
        Map<String, String> before;
        String token;
        try (ConfigurableApplicationContext app = start(original)) {
            Api api = api(app);
            Analysis.awaitIdle(app.getBean(JdbcClient.class), Duration.ofMinutes(5));
            token = workOn(api, app);
            Analysis.awaitIdle(app.getBean(JdbcClient.class), Duration.ofMinutes(5));
            before = answers(api);
        }

        Path backup = folder.resolve("desk.zip");
        assertThat(DeskCommands.run("backup", backup.toString(), "--storydesk.data-dir=" + original)).isZero();
        assertThat(Files.size(backup)).isPositive();

        Path restored = folder.resolve("restored");
        assertThat(DeskCommands.run("restore", backup.toString(), "--storydesk.data-dir=" + restored)).isZero();
        assertThat(DeskCommands.run("restore", backup.toString(), "--storydesk.data-dir=" + restored))
                .as("a desk is restored into an empty database only").isEqualTo(1);

        try (ConfigurableApplicationContext app = start(restored)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT count(*) FROM article_analyses").query(Integer.class).single())
                    .as("the machine's output is not in the backup").isLessThan(jdbc.sql("SELECT count(*) FROM articles").query(Integer.class).single());
            Analysis.awaitIdle(jdbc, Duration.ofMinutes(5));
            Api api = api(app);
            Map<String, String> after = answers(api);
            for (String path : ANSWERS) {
                if (path.contains("format=csv")) {
                    assertThat(after.get(path)).as(path).isEqualTo(before.get(path));
                } else {
                    assertThat(json.readTree(after.get(path))).as(path).isEqualTo(json.readTree(before.get(path)));
                }
            }
            assertThat(api.get("/api/quotes", token).statusCode()).as("the integration's token").isEqualTo(200);
            // New rows go on after the restored ones.
            HttpResponse<String> note = api.post("/api/annotations", EDITOR, "application/json",
                    "{\"target\": {\"type\": \"passage\", \"id\": \"1\", \"start\": 0, \"end\": 4}, \"body\": \"After the restore.\"}");
            assertThat(note.statusCode()).isEqualTo(201);
        }
    }

    @Test
    void aBackupOfAnEarlierSchemaIsRefusedWithWhatToDoAndNothingIsWritten() throws Exception {
        Path earlier = folder.resolve("earlier.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(earlier))) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write("{\"format\": \"storydesk-backup\", \"version\": 1, \"schema\": \"11\", \"tables\": {}}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        PrintStream err = System.err;
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
        try {
            assertThat(DeskCommands.run("restore", earlier.toString(), "--storydesk.data-dir=" + folder.resolve("into"))).isEqualTo(1);
        } finally {
            System.setErr(err);
        }
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("Nothing was restored").contains("earlier Story Desk (schema 11")
                .contains("restore it with that version");
    }

    @Test
    void everyTableIsEitherBackedUpOrRecomputed() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--storydesk.data-dir=" + folder.resolve("tables"), "--storydesk.seeds-dir=none", "--storydesk.analysis.enabled=false")) {
            Set<String> tables = new TreeSet<>(app.getBean(JdbcClient.class)
                    .sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
                    .query(String.class).list());
            Set<String> known = new TreeSet<>(DeskBackup.RECOMPUTED);
            DeskBackup.DESK.forEach(table -> known.add(table.name()));
            assertThat(tables).as("a new table must be backed up, or be the machine's to recompute").isEqualTo(known);
        }
    }

    /** A note, a verdict, a corrected speaker, an added article, a token: an editor's morning. */
    private String workOn(Api api, ConfigurableApplicationContext app) {
        JsonNode quotes = json.readTree(api.get("/api/quotes", VIEWER).body());
        String quote = quotes.get(0).get("id").asString();
        String other = quotes.get(1).get("id").asString();
        assertThat(api.post("/api/annotations", EDITOR, "application/json", "{\"target\": {\"type\": \"quote\", \"id\": \"" + quote
                + "\"}, \"body\": \"Ask for the tape.\", \"tags\": [\"check\"]}").statusCode()).isEqualTo(201);
        assertThat(api.post("/api/annotations", EDITOR, "application/json",
                "{\"target\": {\"type\": \"passage\", \"id\": \"2\", \"exact\": \"Paris\"}, \"body\": \"Dateline checked.\"}")
                .statusCode()).isEqualTo(201);
        // Verdicts and corrections are written in the dashboard: as its editor would, through the service.
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("editor", null,
                List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
        try {
            Quotes desk = app.getBean(Quotes.class);
            assertThat(desk.setStatus(Seeds.STORY, new QuoteId(other), 0, "disputed", "The transcript differs.")).isInstanceOf(Outcome.Saved.class);
            assertThat(desk.correctSpeaker(Seeds.STORY, new QuoteId(quote), 0, null, "a government spokesperson")).isInstanceOf(Outcome.Saved.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(api.post("/api/articles", EDITOR, "application/json", "{\"text\": \"The port authority said on Tuesday that "
                + "\\\"the new ferry will sail in May\\\", according to its chair, Ana Ruiz.\", \"published\": \"2026-01-07\", "
                + "\"outlet\": \"Harbour News\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> created = api.post("/api/tokens", EDITOR, "application/json", "{\"name\": \"CMS\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("token").asString();
    }

    private static Map<String, String> answers(Api api) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : ANSWERS) {
            HttpResponse<String> response = api.get(path, VIEWER);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            answers.put(path, response.body());
        }
        answers.put("/api/tokens", api.get("/api/tokens", EDITOR).body());
        return answers;
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--storydesk.data-dir=" + data,
                "--storydesk.seeds-dir=seeds");
    }

    private static Api api(ConfigurableApplicationContext app) {
        return new Api(((WebServerApplicationContext) app).getWebServer().getPort());
    }
}
