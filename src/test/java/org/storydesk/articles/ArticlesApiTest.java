package org.storydesk.articles;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.IntegrationTest;
import org.storydesk.Seeds;
import org.storydesk.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydesk.support.Api.Account.EDITOR;
import static org.storydesk.support.Api.Account.VIEWER;

@IntegrationTest
class ArticlesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Api api;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void theSeedArticlesAreListedWithTheFieldsTheDesignNames() {
        HttpResponse<String> response = api.get("/api/articles", VIEWER);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode rows = json.readTree(response.body());
        assertThat(rows.size()).isGreaterThanOrEqualTo(5);
        JsonNode globalNews = find(rows, "003_a81a8d55469caa03.txt");
        assertThat(fieldNames(globalNews)).containsExactly("id", "source", "outlet", "headline", "byline", "published", "words", "analysis", "stories");
        assertThat(globalNews.get("outlet").asString()).isEqualTo("Global News");
        assertThat(globalNews.get("byline").asString()).isEqualTo("Craig Lord");
        assertThat(globalNews.get("published").asString()).isEqualTo("2026-01-06");
        assertThat(globalNews.get("words").asInt()).isBetween(250, 400);
    }

    @Test
    void oneArticleCarriesItsCleanTextAndItsRawText() {
        long id = find(json.readTree(api.get("/api/articles", VIEWER).body()), "004_31db9f444867727a.txt").get("id").asLong();

        JsonNode article = json.readTree(api.get("/api/articles/" + id, VIEWER).body());

        assertThat(article.get("text").asString()).startsWith("Mark Carney arrived in Paris on Monday").doesNotContain("You may also like");
        assertThat(article.get("raw").asString()).contains("You may also like");
    }

    @Test
    void anArticleThatDoesNotExistIsA404() {
        assertThat(api.get("/api/articles/999999", VIEWER).statusCode()).isEqualTo(404);
    }

    @Test
    void theListComesAsCsvForASpreadsheet() {
        HttpResponse<String> response = api.get("/api/articles?format=csv", VIEWER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.body().lines().findFirst()).hasValue("id,source,outlet,headline,byline,published,words,analysis,stories");
        assertThat(response.body()).contains("003_a81a8d55469caa03.txt,Global News,Carney in Paris to discuss Canada’s role in potential Ukraine ceasefire,Craig Lord,2026-01-06");
    }

    @Test
    void anEditorAddsAnArticleAsJsonWithMetadataTheyKnowBetter() {
        String text = "The harbour authority approved a new ferry schedule on Wednesday, adding three sailings a day "
                + "between the island and the mainland from the first of June.\nThe chair said the change answers years of "
                + "complaints from commuters who wait in line for hours.";
        HttpResponse<String> response = api.post("/api/articles", EDITOR, "application/json",
                "{\"text\": " + json.writeValueAsString(text) + ", \"published\": \"2026-03-04\", \"outlet\": \"Island Times\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode row = json.readTree(response.body());
        assertThat(row.get("source").asString()).isEqualTo("upload");
        assertThat(row.get("outlet").asString()).isEqualTo("Island Times");
        assertThat(row.get("published").asString()).isEqualTo("2026-03-04");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/articles/" + row.get("id").asLong());
    }

    @Test
    void theSameTextPostedTwiceIsOneArticle() {
        String text = "Firefighters contained a grass fire near the airport on Sunday afternoon after it burned for three "
                + "hours, the fire department said, and no buildings were damaged.";
        HttpResponse<String> first = api.post("/api/articles", EDITOR, "text/plain", text);
        int articles = count();
        HttpResponse<String> second = api.post("/api/articles", EDITOR, "text/plain", text);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json.readTree(second.body()).get("id").asLong()).isEqualTo(json.readTree(first.body()).get("id").asLong());
        assertThat(count()).isEqualTo(articles);
    }

    @Test
    void anHtmlPageIsReadAsTextNeverRendered() {
        String html = "<html><body><nav>Home News Sport</nav><article><h1>Library extends weekend hours</h1>"
                + "<p>The central library will open on Sundays from next month, the city said on Friday, after a petition "
                + "signed by more than two thousand residents.</p><script>steal()</script></article></body></html>";

        HttpResponse<String> response = api.post("/api/articles", EDITOR, "text/html", html);

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode article = json.readTree(api.get("/api/articles/" + json.readTree(response.body()).get("id").asLong(), VIEWER).body());
        assertThat(article.get("headline").asString()).isEqualTo("Library extends weekend hours");
        assertThat(article.get("text").asString()).startsWith("The central library will open on Sundays").doesNotContain("steal()", "<p>");
    }

    @Test
    void anEmptyArticleIsRefusedAndNothingIsStored() {
        assertRefused(() -> api.post("/api/articles", EDITOR, "text/plain", ""), "empty");
        assertRefused(() -> api.post("/api/articles", EDITOR, "application/json", "{\"text\": \"  \\n\\t \"}"), "empty");
    }

    @Test
    void aBinaryFileIsRefusedAndNothingIsStored() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertRefused(() -> api.post("/api/articles", EDITOR, "text/plain", png), "binary");
    }

    @Test
    void anArticleLargerThanTheLimitIsRefusedAndNothingIsStored() {
        byte[] huge = new byte[1024 * 1024 + 10];
        Arrays.fill(huge, (byte) 'a');
        for (int i = 80; i < huge.length; i += 81) {
            huge[i] = ' ';
        }
        assertRefused(() -> api.post("/api/articles", EDITOR, "text/plain", huge), "larger");
        String json = "{\"text\": \"" + new String(huge, StandardCharsets.US_ASCII) + "\"}";
        assertRefused(() -> api.post("/api/articles", EDITOR, "application/json", json), "MB");
    }

    @Test
    void anInvalidDateIsRefusedAndNothingIsStored() {
        assertRefused(() -> api.post("/api/articles", EDITOR, "application/json",
                "{\"text\": \"The bridge reopened to traffic on Monday morning after six weeks of repairs to its deck, the city said.\", "
                        + "\"published\": \"6 January\"}"), "YYYY-MM-DD");
        assertRefused(() -> api.post("/api/articles", EDITOR, "application/json",
                "{\"text\": \"The bridge reopened to traffic on Monday morning after six weeks of repairs to its deck, the city said.\", "
                        + "\"published\": \"2026-02-30\"}"), "YYYY-MM-DD");
    }

    @Test
    void aPublicationDateNoArticleCanHaveIsRefusedAndNothingIsStored() {
        String text = "The bridge reopened to traffic on Monday morning after six weeks of repairs to its deck, the city said.";
        for (String date : List.of("+99999-01-01", "-0001-01-01", "+999999999-12-31", "1799-12-31",
                java.time.LocalDate.now().plusYears(1).plusDays(1).toString())) {
            assertRefused(() -> api.post("/api/articles", EDITOR, "application/json",
                    "{\"text\": " + json.writeValueAsString(text + " " + date) + ", \"published\": \"" + date + "\"}"), "published must be between 1800-01-01");
        }
        HttpResponse<String> oldest = api.post("/api/articles", EDITOR, "application/json",
                "{\"text\": " + json.writeValueAsString(text + " From the archive.") + ", \"published\": \"1800-01-01\"}");
        assertThat(oldest.statusCode()).isEqualTo(201);
        assertThat(json.readTree(oldest.body()).get("published").asString()).isEqualTo("1800-01-01");
    }

    @Test
    void anArticleAnEditorAddsIsInTheAuditLogWithWhoAndWhat() {
        String text = "The school board voted on Tuesday to keep the library open on Saturdays through the summer, the chair said.";
        HttpResponse<String> added = api.post("/api/articles", EDITOR, "application/json",
                "{\"text\": " + json.writeValueAsString(text) + ", \"outlet\": \"Valley Courier\", \"headline\": \"Library keeps Saturdays\"}");
        String id = json.readTree(added.body()).get("id").asString();

        JsonNode entries = json.readTree(api.get("/api/audit?type=article&item=" + id, VIEWER).body());
        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.get("editor").asString()).isEqualTo("editor");
        assertThat(entry.get("action").asString()).isEqualTo("add article");
        assertThat(entry.get("item").asString()).isEqualTo("Library keeps Saturdays");
        assertThat(entry.get("after").get("outlet").asString()).isEqualTo("Valley Courier");
        assertThat(entry.get("after").get("source").asString()).isEqualTo("upload");
    }

    @Test
    void malformedJsonIsRefusedAndNothingIsStored() {
        assertRefused(() -> api.post("/api/articles", EDITOR, "application/json", "{\"text\": \"unterminated"), "JSON");
        assertRefused(() -> api.post("/api/articles", EDITOR, "application/json", "[1, 2]"), "JSON object");
        assertRefused(() -> api.post("/api/articles", EDITOR, "application/json", "{\"headline\": \"No text\"}"), "text is required");
    }

    @Test
    void aPageOfOnlyFurnitureIsRefusedAndNothingIsStored() {
        assertRefused(() -> api.post("/api/articles", EDITOR, "text/plain",
                "Home\nNews\nSign up for our newsletter today!\nShare this story on Facebook\n© 2026 Example Media. All rights reserved.\n"),
                "No article text");
    }

    @Test
    void manyArticlesAtOnceAsJsonLinesStoreTheGoodOnesAndReportTheBadOnesByLine() {
        int before = count();
        String lines = """
                {"text": "The ferry to Port Ellery sailed on time on Tuesday for the first week since the storm, the operator said.", "outlet": "Harbour Post"}
                {"text": "   "}
                {"headline": "No text at all"}

                {"text": "The dredging contract was signed on Wednesday after a vote of the harbour board, its chair said.", "published": "2026-13-40"}
                {"text": "Fishermen protested outside the harbour board's office on Thursday over the new mooring fees, organisers said."
                {"text": "The lighthouse at the harbour mouth will be repainted in the spring, the board announced on Friday."}
                """;

        HttpResponse<String> response = api.post("/api/articles", EDITOR, "application/x-ndjson", lines);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(response.body());
        assertThat(report.get("stored").asInt()).isEqualTo(2);
        assertThat(report.get("refused").asInt()).isEqualTo(4);
        List<String> outcomes = new ArrayList<>();
        report.get("articles").forEach(line -> outcomes.add(line.get("line").asInt() + " " + line.get("outcome").asString()
                + (line.get("detail").isNull() ? "" : ": " + line.get("detail").asString())));
        assertThat(outcomes).hasSize(6);
        assertThat(outcomes.get(0)).isEqualTo("1 stored");
        assertThat(outcomes.get(1)).startsWith("2 refused").contains("empty");
        assertThat(outcomes.get(2)).startsWith("3 refused").contains("text is required");
        assertThat(outcomes.get(3)).startsWith("5 refused").contains("YYYY-MM-DD");
        assertThat(outcomes.get(4)).startsWith("6 refused").contains("JSON");
        assertThat(outcomes.get(5)).isEqualTo("7 stored");
        assertThat(report.get("articles").get(0).get("article").get("outlet").asString()).isEqualTo("Harbour Post");
        assertThat(count()).as("two articles, each with its version").isEqualTo(before + 4);

        HttpResponse<String> again = api.post("/api/articles", EDITOR, "application/x-ndjson", lines);
        assertThat(json.readTree(again.body()).get("alreadyStored").asInt()).isEqualTo(2);
        assertThat(count()).isEqualTo(before + 4);
    }

    @Test
    void aBatchLineGoesToTheStoryItNamesAndOneNamingNoStoryIsRefused() {
        String slug = json.readTree(api.post("/api/stories", EDITOR, "application/json",
                "{\"name\": \"Harbour works " + System.nanoTime() + "\"}").body()).get("id").asString();
        String lines = """
                {"text": "The new harbour crane was lifted into place on Monday by two barges, the port authority said.", "story": "%s"}
                {"text": "The harbour master retired on Monday after thirty years in the post, the port authority said."}
                {"text": "The harbour's fish auction moved to a new hall on Monday, the auctioneers said.", "story": "no-such-story"}
                """.formatted(slug);

        JsonNode report = json.readTree(api.post("/api/articles", EDITOR, "application/x-ndjson", lines).body());

        assertThat(report.get("stored").asInt()).isEqualTo(2);
        assertThat(report.get("articles").get(0).get("article").get("stories").toString()).contains(slug);
        assertThat(report.get("articles").get(1).get("article").get("stories").toString()).contains(Seeds.STORY_NAME.slug()).doesNotContain(slug);
        assertThat(report.get("articles").get(2).get("outcome").asString()).isEqualTo("refused");
        assertThat(report.get("articles").get(2).get("detail").asString()).contains("no-such-story");
    }

    @Test
    void aBatchWithNothingToStoreIsRefusedWithEveryLinesReason() {
        int before = count();
        HttpResponse<String> response = api.post("/api/articles", EDITOR, "application/x-ndjson", "{\"text\": \"\"}\nnot json\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("articles").size()).isEqualTo(2);
        assertThat(count()).isEqualTo(before);
        assertRefused(() -> api.post("/api/articles", EDITOR, "application/x-ndjson", "\n\n"), "no articles");
    }

    @Test
    void anArticleLongerThanTheDeskTakesIsRefusedWithHowLongItIs() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_001; i++) {
            text.append("The harbour board met again on Thursday to discuss dredging contract ").append(i).append(i % 5 == 4 ? ".\n\n" : ". ");
        }
        assertRefused(() -> api.post("/api/articles", EDITOR, "text/plain", text.toString()), "up to 20,000 words");
    }

    @Test
    void aViewerWhoTriesToAddAnArticleIsForbiddenAndNothingIsStored() {
        int before = count();
        HttpResponse<String> response = api.post("/api/articles", VIEWER, "text/plain",
                "A viewer tried to add this article about the weather, which was mild for the season on Thursday.");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anAnonymousCallerMustLogIn() {
        assertThat(api.anonymousGet("/api/articles").statusCode()).isEqualTo(401);
        assertThat(api.anonymousGet("/api/articles").headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(api.anonymousPost("/api/articles", "text/plain", "Some text that nobody logged in to send.").statusCode()).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsNotLetIn() {
        assertThat(api.get("/api/articles", new Api.Account("editor", "wrong")).statusCode()).isEqualTo(401);
    }

    private void assertRefused(Supplier<HttpResponse<String>> request, String explanation) {
        int before = count();
        HttpResponse<String> response = request.get();
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains(explanation);
        assertThat(count()).isEqualTo(before);
    }

    private int count() {
        return jdbc.sql("SELECT (SELECT count(*) FROM article_versions) + (SELECT count(*) FROM articles)").query(Integer.class).single();
    }

    private static JsonNode find(JsonNode rows, String source) {
        for (JsonNode row : rows) {
            if (row.get("source").asString().equals(source)) {
                return row;
            }
        }
        throw new AssertionError("no article from " + source);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
