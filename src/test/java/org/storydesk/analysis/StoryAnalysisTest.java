package org.storydesk.analysis;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.IntegrationTest;
import org.storydesk.base.ArticleId;
import org.storydesk.articles.AnalysisState;
import org.storydesk.articles.AnalysisStatus;
import org.storydesk.support.Analysis;
import org.storydesk.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.storydesk.support.Api.Account.EDITOR;
import static org.storydesk.support.Api.Account.VIEWER;

/** The seed story analysed in the background on start, as the API answers it. */
@IntegrationTest
class StoryAnalysisTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AnalysisJobs jobs;
    @Autowired
    AnalysisStatus status;
    @Autowired
    AnalysisWorker worker;

    private Api api;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void waitForTheStory() {
        api = new Api(port);
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(5));
    }

    @Test
    void everySeedIsAnalysedOnceAndTheListSaysSo() {
        JsonNode articles = get("/api/articles");
        for (JsonNode article : articles) {
            if (article.get("source").asString().matches("\\d{3}_.*\\.txt")) {
                assertThat(article.get("analysis").asString()).isEqualTo("done");
            }
        }
        assertThat(jdbc.sql("SELECT count(*) FROM analysis_jobs WHERE state = 'done'").query(Integer.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aRestartQueuesNothingThatIsDone() {
        assertThat(jobs.enqueueMissing()).isZero();
        assertThat(jobs.anyWaiting()).isFalse();
    }

    @Test
    void thePeopleOfTheStoryAreMergedAcrossOutletsWithRolesVariantsAndFlaggedMisspellings() {
        JsonNode people = get("/api/people");
        JsonNode carney = byId(people, "mark-carney");
        assertThat(carney.get("name").asString()).isEqualTo("Mark Carney");
        assertThat(strings(carney.get("roles"))).contains("Prime Minister");
        assertThat(carney.get("articles").asInt()).isEqualTo(5);
        assertThat(carney.get("quotes").asInt()).isGreaterThan(5);
        // The first outlet misspelt her name; the spelling most outlets use is her name, the first one her slug, which stays.
        JsonNode carignan = byId(people, "jennie-carrigan");
        assertThat(carignan.get("name").asString()).isEqualTo("Jennie Carignan");
        assertThat(strings(carignan.get("variants"))).contains("Gen. Jennie Carrigan");
        assertThat(strings(carignan.get("flaggedVariants"))).contains("Gen. Jennie Carrigan");
        assertThat(strings(byId(people, "mark-rutte").get("roles"))).anyMatch(role -> role.contains("NATO"));
        assertThat(people.size()).isBetween(15, 20);
    }

    @Test
    void aQuoteCarriedByThreeOutletsIsOneQuoteWithThreeSourcesAtTheirExactOffsets() {
        JsonNode quote = quoteContaining("appropriate and serious contribution");
        assertThat(quote.get("speaker").isNull()).isTrue();
        assertThat(quote.get("speakerLabel").asString()).contains("official");
        assertThat(quote.get("sources").size()).isGreaterThanOrEqualTo(3);

        for (JsonNode quoteRow : get("/api/quotes")) {
            for (JsonNode source : quoteRow.get("sources")) {
                String text = source.get("part").asString().equals("headline")
                        ? article(source.get("articleId").asLong()).get("headline").asString()
                        : article(source.get("articleId").asLong()).get("text").asString();
                assertThat(text.substring(source.get("start").asInt(), source.get("end").asInt())).isEqualTo(source.get("text").asString());
            }
        }
    }

    @Test
    void wordingVariantsOfOneQuoteAreKeptSideBySide() {
        JsonNode quote = quoteContaining("President Trump’s mandate");
        assertThat(quote.get("speaker").get("id").asString()).isEqualTo("steve-witkoff");
        assertThat(strings(quote.get("variants"))).hasSize(2)
                .anyMatch(variant -> variant.contains("he wants peace"))
                .anyMatch(variant -> variant.contains("he wants a peace"));
    }

    @Test
    void aScareQuotedNameIsNobodysQuote() {
        for (JsonNode quote : get("/api/quotes")) {
            assertThat(quote.get("text").asString()).doesNotContain("coalition of the willing");
        }
    }

    @Test
    void quotesFilterByPersonAndDate() {
        JsonNode carney = get("/api/quotes?person=mark-carney");
        assertThat(carney.size()).isGreaterThan(5);
        assertThat(carney).allMatch(quote -> quote.get("speaker").get("id").asString().equals("mark-carney"));

        JsonNode two = get("/api/quotes?person=mark-carney&person=jared-kushner");
        assertThat(two.size()).isGreaterThan(carney.size());

        assertThat(get("/api/quotes?from=2026-01-06&to=2026-01-06").size()).isGreaterThan(20);
        assertThat(get("/api/quotes?from=2025-01-01&to=2025-01-31").size()).isZero();
    }

    @Test
    void eventsAreDatedAndFilterByPersonAndDate() {
        JsonNode events = get("/api/events");
        assertThat(events).anyMatch(e -> e.get("date").asString().equals("2025-12") && e.get("precision").asString().equals("month"));
        assertThat(events).anyMatch(e -> e.get("date").asString().equals("2026-01-05") && strings(e.get("people")).contains("jennie-carrigan")
                && e.get("sources").size() == 2);
        assertThat(events).anyMatch(e -> "evening".equals(e.get("timeOfDay").asString("")));

        JsonNode monday = get("/api/events?from=2026-01-05&to=2026-01-05");
        assertThat(monday.size()).isGreaterThanOrEqualTo(2);
        assertThat(monday).allMatch(e -> e.get("date").asString().equals("2026-01-05"));

        JsonNode rutte = get("/api/events?person=mark-rutte");
        assertThat(rutte.size()).isGreaterThanOrEqualTo(1);
        assertThat(rutte).allMatch(e -> strings(e.get("people")).contains("mark-rutte"));
    }

    @Test
    void everyListComesAsCsv() {
        for (String list : List.of("people", "quotes", "events")) {
            HttpResponse<String> response = api.get("/api/" + list + "?format=csv&person=mark-carney", VIEWER);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(response.body().lines().count()).isGreaterThan(1);
        }
    }

    @Test
    void aBadDateInAFilterIsA400ThatSaysWhy() {
        HttpResponse<String> response = api.get("/api/quotes?from=yesterday", VIEWER);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("YYYY-MM-DD");
        assertThat(api.get("/api/events?from=2026-02-01&to=2026-01-01", VIEWER).statusCode()).isEqualTo(400);
    }

    @Test
    void anArticleAddedByAnEditorIsAnalysedInTheBackgroundAndJoinsTheStory() {
        HttpResponse<String> added = api.post("/api/articles", EDITOR, "application/json", """
                {"text": "OTTAWA — Defence Minister Ada Brooks said on Thursday that Canada would send engineers to Ukraine.\\n\\n\\"We are ready to help rebuild,\\" Brooks told reporters.", "published": "2026-01-08"}""");
        assertThat(added.statusCode()).isEqualTo(201);
        worker.wake();
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(3));

        JsonNode quote = quoteContaining("We are ready to help rebuild");
        assertThat(quote.get("speaker").get("name").asString()).isEqualTo("Ada Brooks");
        assertThat(get("/api/events?person=ada-brooks")).anyMatch(e -> e.get("date").asString().equals("2026-01-08"));
    }

    @Test
    void anAppStoppedAndStartedAgainGoesOnAnalysing() {
        // As Spring's test framework does with a cached context it pauses, and a container with a stop and a start.
        worker.stop();
        worker.start();
        HttpResponse<String> added = api.post("/api/articles", EDITOR, "application/json", """
                {"text": "HALIFAX — Harbour master Tom Ellery said on Friday that the port would reopen.\\n\\n\\"The ice is gone,\\" Ellery said.", "published": "2026-01-09"}""");
        assertThat(added.statusCode()).isEqualTo(201);
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(3));

        assertThat(quoteContaining("The ice is gone").get("speaker").get("name").asString()).isEqualTo("Tom Ellery");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aFailedAnalysisShowsItsErrorAndAnEditorCanRetryIt() {
        long article = jdbc.sql("SELECT id FROM articles WHERE source = '003_a81a8d55469caa03.txt'").query(Long.class).single();
        // A job for a version that is no longer the article's newest fails with a reason.
        long staleVersion = jdbc.sql("SELECT version_id FROM analysis_jobs WHERE article_id = :id").param("id", article).query(Long.class).single();
        jdbc.sql("UPDATE analysis_jobs SET state = 'running', claimed_by = 'a-test-node', claimed_at = now() WHERE article_id = :id")
                .param("id", article).update();
        jobs.fail(new AnalysisJobs.Job(ArticleId.of(article), staleVersion, 0, null), "a-test-node", "The pipeline ran out of memory");

        AnalysisStatus.Status failed = status.of(ArticleId.of(article));
        assertThat(failed.state()).isEqualTo(AnalysisState.FAILED);
        assertThat(failed.error()).hasValue("The pipeline ran out of memory");
        assertThat(get("/api/articles").findValues("analysis").stream().map(JsonNode::asString)).contains("failed");

        status.retry(ArticleId.of(article));
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(3));
        assertThat(status.of(ArticleId.of(article)).state()).isEqualTo(AnalysisState.DONE);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerCannotRetryAnAnalysis() {
        assertThatThrownBy(() -> status.retry(ArticleId.of(1)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private JsonNode quoteContaining(String words) {
        for (JsonNode quote : get("/api/quotes")) {
            if (quote.get("text").asString().contains(words) || strings(quote.get("variants")).stream().anyMatch(v -> v.contains(words))) {
                return quote;
            }
        }
        throw new AssertionError("no quote with “" + words + "”");
    }

    private JsonNode article(long id) {
        return get("/api/articles/" + id);
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = api.get(path, VIEWER);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static JsonNode byId(JsonNode rows, String id) {
        for (JsonNode row : rows) {
            if (row.get("id").asString().equals(id)) {
                return row;
            }
        }
        throw new AssertionError("no " + id);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
