package org.storydesk.analysis;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;
import org.storydesk.Application;
import org.storydesk.Seeds;
import org.storydesk.base.live.Change;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.support.Analysis;
import org.storydesk.support.Api;
import org.storydesk.support.Browser;
import org.storydesk.support.SeparateApps;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes on one PostgreSQL, as a newsroom that outgrew one machine runs them: they split
 * the analysis and never do a job twice, an editor on one sees a note written on the other
 * within two seconds, their merges never interleave, and a node stopped mid-job loses nothing
 * (another finishes the job: at once when the node stopped in good order, once the node's lease
 * runs out, a few seconds here, when it was killed). The nodes live in this JVM and share its one
 * NLP pipeline.
 */
@ExtendWith(SeparateApps.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final Duration LEASE = Duration.ofSeconds(4);
    private static final Api.Account ADA = new Api.Account("ada", "ada-long-password");

    @TempDir
    static Path folder;
    static EmbeddedPostgres database;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startTwoNodesOnOneDatabase() throws Exception {
        database = EmbeddedPostgres.builder().start();
        JdbcClient.create(database.getPostgresDatabase()).sql("CREATE DATABASE storydesk").update();
        first = node("first");
        second = node("second");
        jdbc = JdbcClient.create(database.getDatabase("postgres", "storydesk"));
    }

    static ConfigurableApplicationContext node(String name) throws Exception {
        Path data = Files.createDirectories(folder.resolve(name));
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--storydesk.data-dir=" + data,
                "--storydesk.seeds-dir=seeds", "--storydesk.analysis.lease=" + LEASE.toSeconds() + "s",
                "--spring.datasource.url=jdbc:postgresql://localhost:" + database.getPort() + "/storydesk",
                "--spring.datasource.username=postgres",
                "--storydesk.accounts[0].username=ada", "--storydesk.accounts[0].password=ada-long-password",
                "--storydesk.accounts[0].role=EDITOR");
    }

    @AfterAll
    static void stop() throws Exception {
        second.close(); // closing a node the test stopped already does nothing
        first.close();
        database.close();
    }

    @Test
    @Order(10)
    void theNodesSplitTheAnalysisAndNoJobIsDoneTwice() {
        for (int i = 0; i < 8; i++) {
            ConfigurableApplicationContext node = i % 2 == 0 ? first : second;
            HttpResponse<String> added = on(node).post("/api/articles", ADA, "text/plain", article(i));
            assertThat(added.statusCode()).isEqualTo(201);
        }
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(5));

        Map<String, Integer> byNode = new java.util.HashMap<>();
        jdbc.sql("SELECT claimed_by, count(*) FROM analysis_jobs WHERE state = 'done' GROUP BY claimed_by")
                .query((rs, row) -> byNode.put(rs.getString(1), rs.getInt(2))).list();
        assertThat(byNode).containsOnlyKeys(worker(first).node(), worker(second).node());
        assertThat(byNode.values()).allSatisfy(jobs -> assertThat(jobs).isPositive());
        assertThat(jdbc.sql("SELECT count(*) FROM analysis_jobs WHERE attempts <> 1").query(Integer.class).single())
                .as("no job claimed twice").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM article_analyses").query(Integer.class).single())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM articles").query(Integer.class).single()).isGreaterThanOrEqualTo(13);
    }

    @Test
    @Order(20)
    void aNoteWrittenOnOneNodeAppearsOnTheOtherWithinTwoSeconds() throws Exception {
        LinkedBlockingQueue<Change> heard = new LinkedBlockingQueue<>();
        try (StoryChanges.Subscription subscription = second.getBean(StoryChanges.class).subscribe(heard::add);
             Browser editor = Browser.open(port(second))) {
            editor.logIn(ADA.username(), ADA.password()).go("/people/mark-carney");
            editor.waitFor(By.className("sd-notes"));

            long written = System.nanoTime();
            HttpResponse<String> note = on(first).post("/api/annotations", ADA, "application/json",
                    "{\"target\": {\"type\": \"person\", \"id\": \"mark-carney\"}, \"body\": \"Written on the first node.\"}");
            assertThat(note.statusCode()).isEqualTo(201);

            Change change = heard.poll(2, TimeUnit.SECONDS);
            assertThat(change).isEqualTo(new Change(Seeds.STORY, "note", "person:mark-carney"));
            // The panel is drawn anew when the note arrives: an element read just before is stale, and read again.
            new WebDriverWait(editor.driver, Duration.ofSeconds(2), Duration.ofMillis(50)).ignoring(StaleElementReferenceException.class).until(driver ->
                    driver.findElement(By.className("sd-notes")).getText().contains("Written on the first node."));
            assertThat(Duration.ofNanos(System.nanoTime() - written)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    @Order(25)
    void aTokenRevokedOnOneNodeLetsNobodyInOnTheOtherWithinASecond() throws Exception {
        HttpResponse<String> created = on(first).post("/api/tokens", ADA, "application/json", "{\"name\": \"Both nodes\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String token = json.readTree(created.body()).get("token").asString();
        long id = json.readTree(created.body()).get("id").asLong();
        assertThat(api(second).get("/api/quotes", token).statusCode()).as("known, and now remembered, on the second node").isEqualTo(200);

        assertThat(on(first).delete("/api/tokens/" + id, ADA).statusCode()).isEqualTo(204);
        long revoked = System.nanoTime();
        while (api(second).get("/api/quotes", token).statusCode() == 200 && System.nanoTime() - revoked < Duration.ofSeconds(5).toNanos()) {
            Thread.sleep(50);
        }
        assertThat(api(second).get("/api/quotes", token).statusCode()).isEqualTo(401);
        assertThat(Duration.ofNanos(System.nanoTime() - revoked)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    @Order(30)
    void mergesOnBothNodesAtOnceNeverInterleave() throws Exception {
        List<String> before = quoteIds();
        ExecutorService both = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> merges = new ArrayList<>();
            // Both nodes are asked to merge the story again as a whole, three times each, at once.
            for (int i = 0; i < 6; i++) {
                ConfigurableApplicationContext node = i % 2 == 0 ? first : second;
                StoryMerges merge = node.getBean(StoryMerges.class);
                TransactionTemplate transaction = node.getBean(TransactionTemplate.class);
                merges.add(both.submit(() -> {
                    transaction.executeWithoutResult(status -> node.getBean(MergeLog.class).askForFullMerge(Seeds.STORY, "the test asked for it"));
                    while (merge.mergeWaiting()) {
                        // until nothing more waits on this node
                    }
                }));
            }
            for (Future<?> merge : merges) {
                merge.get(2, TimeUnit.MINUTES); // a merge that met another's rows half-replaced would fail here
            }
        } finally {
            both.shutdownNow();
        }
        assertThat(quoteIds()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM quote_sources s LEFT JOIN quotes q ON q.id = s.quote_id WHERE q.id IS NULL")
                .query(Integer.class).single()).isZero();
    }

    @Test
    @Order(40)
    void aNodeStoppedInTheMiddleOfAJobLosesNothingAnotherFinishesIt() throws Exception {
        ConfigurableApplicationContext third = node("third");
        List<ConfigurableApplicationContext> nodes = List.of(first, second, third);
        HttpResponse<String> added = on(third).post("/api/articles", ADA, "text/plain", longArticle());
        assertThat(added.statusCode()).isEqualTo(201);
        long article = json.readTree(added.body()).get("id").asLong();
        // The third node is woken by its own article; whichever node claims it is the one stopped mid-job.
        String claimant = awaitClaim(article);
        ConfigurableApplicationContext stopped = nodes.stream().filter(node -> worker(node).node().equals(claimant)).findFirst().orElseThrow();
        List<String> survivors = nodes.stream().filter(node -> node != stopped).map(node -> worker(node).node()).toList();

        stopped.close();

        awaitDone(article);
        Map<String, Object> job = jdbc.sql("SELECT claimed_by, attempts, error FROM analysis_jobs WHERE article_id = :id")
                .param("id", article).query().singleRow();
        assertThat(job.get("claimed_by")).isIn(survivors.toArray());
        assertThat(job.get("attempts")).isEqualTo(2);
        assertThat(job.get("error")).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM article_analyses WHERE article_id = :id").param("id", article)
                .query(Integer.class).single()).isEqualTo(1);
        third.close();
    }

    @Test
    @Order(50)
    void aJobWhoseNodeWasKilledIsTakenOverOnceItsLeaseRunsOut() throws Exception {
        // What a node killed in the middle of a job (kill -9, a lost machine) leaves behind: a claim nobody renews.
        long article = jdbc.sql("SELECT min(article_id) FROM analysis_jobs WHERE state = 'done'").query(Long.class).single();
        jdbc.sql("""
                UPDATE analysis_jobs SET state = 'running', claimed_by = 'a-node-that-was-killed', claimed_at = now()
                 WHERE article_id = :id""").param("id", article).update();
        long killed = System.nanoTime();

        awaitDone(article);
        assertThat(Duration.ofNanos(System.nanoTime() - killed)).as("not before the lease ran out").isGreaterThanOrEqualTo(LEASE);
        assertThat(jdbc.sql("SELECT claimed_by FROM analysis_jobs WHERE article_id = :id").param("id", article).query(String.class).single())
                .isIn(worker(first).node(), worker(second).node());
    }

    private static void awaitDone(long article) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!"done".equals(state(article)) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(state(article)).isEqualTo("done");
    }

    private static String awaitClaim(long article) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            String claimedBy = jdbc.sql("SELECT claimed_by FROM analysis_jobs WHERE article_id = :id AND state = 'running'")
                    .param("id", article).query(String.class).optional().orElse(null);
            if (claimedBy != null) {
                return claimedBy;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("No node claimed the article");
    }

    private static String state(long article) {
        return jdbc.sql("SELECT state FROM analysis_jobs WHERE article_id = :id").param("id", article).query(String.class).single();
    }

    private static List<String> quoteIds() {
        return jdbc.sql("SELECT id FROM quotes ORDER BY id").query(String.class).list();
    }

    private static AnalysisWorker worker(ConfigurableApplicationContext node) {
        return node.getBean(AnalysisWorker.class);
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    /**
     * The API of a node, for a write. Each app installs its security-context strategy in Spring Security's static
     * holder, through which the desk's services learn who writes: with two apps in one JVM (never so in production,
     * where each node is a process) the holder must be the node's own while it serves the write.
     */
    private static Api on(ConfigurableApplicationContext node) {
        SecurityContextHolder.setContextHolderStrategy(node.getBean(SecurityContextHolderStrategy.class));
        return api(node);
    }

    private static Api api(ConfigurableApplicationContext node) {
        return new Api(port(node));
    }

    private static String article(int i) {
        return "Councillor Ana Ruiz of ward " + (i + 2) + " said on Monday that the city would repair " + (i + 3)
                + " bridges before the winter. \"We will not wait for another flood,\" Ruiz said.\n"
                + "Mayor Tom Hale told reporters the plan would cost " + (i + 1) + " million dollars.";
    }

    /** An article long enough that its analysis is still running when its node is stopped. */
    private static String longArticle() {
        StringBuilder text = new StringBuilder();
        for (int part = 0; part < 3; part++) {
            text.append(Seeds.CANADIAN_PRESS_PARIS.text()).append("\n\nPart ").append(part).append(".\n\n");
        }
        return text.toString();
    }
}
