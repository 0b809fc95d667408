package org.storydesk.stories;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.IntegrationTest;
import org.storydesk.Seeds;
import org.storydesk.support.Analysis;
import org.storydesk.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydesk.support.Api.Account.EDITOR;
import static org.storydesk.support.Api.Account.VIEWER;

/**
 * Stories side by side on one desk, through the API as an integration uses it: each story has its
 * own merge, people, quotes, events, notes and History; an article on two stories is in both
 * merges; one moved out of a story leaves its merge and the desk's work stays on what remains;
 * today's calls without a story land on the first story.
 */
@IntegrationTest
class StoriesTest {

    /** A word no seed article holds: the Nunavut hamlet, for search to find in one story only. */
    private static final String ONLY_IN_THE_ARCTIC = "Qikiqtarjuaq";
    private static final String ARCTIC_ARTICLE = """
            Arctic talks open in Iqaluit

            IQALUIT — Ministers of the Arctic states met in Iqaluit on Tuesday to discuss sovereignty patrols.

            "Qikiqtarjuaq will not wait for another summit," said Mayor Ida Kooneeliusie, who flew in for the talks.

            Defence Minister Tomas Halvorsen said the patrols would start in the spring.
            """;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Api api;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void connect() {
        api = new Api(port);
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(6));
    }

    @Test
    void twoStoriesSideBySideNeverShareTheirQuotesPeopleEventsNotesHistoryOrSearch() {
        String arctic = create("Arctic sovereignty patrols " + System.nanoTime(), "Patrols and sovereignty in the Canadian Arctic");
        HttpResponse<String> posted = api.post("/api/articles?story=" + arctic, EDITOR, "text/plain", ARCTIC_ARTICLE);
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        assertThat(json.readTree(posted.body()).get("stories").toString()).isEqualTo("[\"" + arctic + "\"]");
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(4));

        JsonNode arcticQuotes = rows("/api/quotes?story=" + arctic);
        JsonNode parisQuotes = rows("/api/quotes");
        assertThat(texts(arcticQuotes, "text")).anyMatch(text -> text.contains(ONLY_IN_THE_ARCTIC));
        assertThat(texts(parisQuotes, "text")).noneMatch(text -> text.contains(ONLY_IN_THE_ARCTIC));
        assertThat(texts(rows("/api/people?story=" + arctic), "name")).contains("Tomas Halvorsen").doesNotContain("Mark Carney");
        assertThat(texts(rows("/api/people"), "name")).contains("Mark Carney").doesNotContain("Tomas Halvorsen");
        assertThat(texts(rows("/api/events?story=" + arctic), "summary")).noneMatch(summary -> summary.contains("Paris"));

        String quote = arcticQuotes.get(0).get("id").asString();
        HttpResponse<String> note = api.post("/api/notes?story=" + arctic, EDITOR, "application/json",
                "{\"target\": {\"type\": \"quote\", \"id\": \"" + quote + "\"}, \"body\": \"Call the mayor's office.\"}");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(201);
        assertThat(texts(rows("/api/notes?story=" + arctic), "body")).contains("Call the mayor's office.");
        assertThat(texts(rows("/api/notes"), "body")).doesNotContain("Call the mayor's office.");
        assertThat(texts(rows("/api/history?story=" + arctic), "item")).anyMatch(item -> item.contains("Call the mayor") || item.contains(ONLY_IN_THE_ARCTIC));
        assertThat(texts(rows("/api/history"), "action")).isNotEmpty();
        assertThat(rows("/api/history").toString()).doesNotContain("Call the mayor").doesNotContain("Arctic talks open");

        JsonNode inArctic = rows("/api/search?q=" + ONLY_IN_THE_ARCTIC + "&story=" + arctic);
        assertThat(inArctic.size()).isGreaterThanOrEqualTo(2);
        assertThat(texts(inArctic, "kind")).contains("quote", "article");
        JsonNode articleHit = find(inArctic, "kind", "article");
        assertThat(articleHit.get("snippet").asString()).contains(ONLY_IN_THE_ARCTIC);
        int[] mark = json.convertValue(articleHit.get("highlights").get(0), int[].class);
        assertThat(articleHit.get("snippet").asString().substring(mark[0], mark[1])).isEqualTo(ONLY_IN_THE_ARCTIC);
        String body = json.readTree(api.get("/api/articles/" + articleHit.get("articleId").asLong(), VIEWER).body()).get("text").asString();
        assertThat(body.substring(articleHit.get("start").asInt(), articleHit.get("end").asInt())).isEqualTo(ONLY_IN_THE_ARCTIC);
        assertThat(articleHit.get("link").asString()).startsWith("/stories/" + arctic + "/articles/").contains("?at=");
        assertThat(rows("/api/search?q=" + ONLY_IN_THE_ARCTIC + "&story=" + Seeds.STORY_NAME.slug()).size()).isZero();
        assertThat(rows("/api/search?q=" + ONLY_IN_THE_ARCTIC).size()).as("across the desk").isEqualTo(inArctic.size());
        assertThat(texts(rows("/api/search?q=" + enc("coalition of the willing") + "&story=" + arctic), "kind")).isEmpty();
        assertThat(rows("/api/search?q=" + enc("\"coalition of the willing\"")).size()).as("the Paris story's phrase").isPositive();
    }

    @Test
    void anArticleOnTwoStoriesIsInBothMergesWithTheSameQuoteIds() {
        String second = create("The Paris talks, seen from Ottawa " + System.nanoTime(), "");
        long article = seedArticle(Seeds.CANADIAN_PRESS_PARIS);
        assertThat(api.post("/api/stories/" + second + "/articles", EDITOR, "application/json", "{\"article\": " + article + "}").statusCode())
                .isEqualTo(200);
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(4));

        Set<String> inSecond = quoteIdsFrom(rows("/api/quotes?story=" + second), article);
        Set<String> inFirst = quoteIdsFrom(rows("/api/quotes"), article);
        assertThat(inSecond).isNotEmpty();
        // A quote's id hashes its first wording and first article: the same article gives the same ids in both stories.
        assertThat(inFirst).containsAll(inSecond);
        assertThat(texts(rows("/api/stories"), "id")).contains(second, Seeds.STORY_NAME.slug());
        JsonNode row = find(rows("/api/articles?story=" + second), "id", Long.toString(article));
        assertThat(texts(row.get("stories"))).containsExactlyInAnyOrder(Seeds.STORY_NAME.slug(), second);
        JsonNode story = json.readTree(api.get("/api/stories/" + second, VIEWER).body());
        assertThat(story.get("articles").asInt()).isEqualTo(1);
        // The story counts its quotes as the board does: a fragment shown under its full quote is not one more.
        long onTheBoard = 0;
        for (JsonNode quote : rows("/api/quotes?story=" + second)) {
            if (quote.get("fullQuoteId").isNull() || !inSecond.contains(quote.get("fullQuoteId").asString())) {
                onTheBoard++;
            }
        }
        assertThat(story.get("quotes").asInt()).isEqualTo(onTheBoard);
    }

    @Test
    void anArticleMovedOutOfAStoryLeavesItsMergeAndTheDesksWorkStaysOnWhatRemains() {
        String from = create("Ceasefire guarantees " + System.nanoTime(), "");
        String to = create("Troops for Ukraine " + System.nanoTime(), "");
        long staying = seedArticle(Seeds.GLOBAL_NEWS_CARNEY_IN_PARIS);
        long moving = seedArticle(Seeds.TROOPS_ONLY_POSSIBILITY);
        for (long article : List.of(staying, moving)) {
            api.post("/api/stories/" + from + "/articles", EDITOR, "application/json", "{\"article\": " + article + "}");
        }
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(4));
        JsonNode before = rows("/api/quotes?story=" + from);
        assertThat(quoteIdsFrom(before, moving)).isNotEmpty();
        String kept = onlyFrom(before, staying);
        api.post("/api/notes?story=" + from, EDITOR, "application/json",
                "{\"target\": {\"type\": \"quote\", \"id\": \"" + kept + "\"}, \"body\": \"Verified against the broadcast.\"}");

        HttpResponse<String> moved = api.post("/api/stories/" + to + "/articles", EDITOR, "application/json",
                "{\"article\": " + moving + ", \"from\": \"" + from + "\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(4));

        JsonNode after = rows("/api/quotes?story=" + from);
        assertThat(quoteIdsFrom(after, moving)).as("the story was merged again without the article").isEmpty();
        JsonNode still = find(after, "id", kept);
        assertThat(texts(still.get("notes"), "body")).contains("Verified against the broadcast.");
        assertThat(quoteIdsFrom(rows("/api/quotes?story=" + to), moving)).isNotEmpty();
        assertThat(texts(rows("/api/history?story=" + from), "action")).contains("move article");
        JsonNode article = json.readTree(api.get("/api/articles/" + moving, VIEWER).body());
        assertThat(texts(article.get("stories"))).contains(to).doesNotContain(from);
    }

    @Test
    void anArticleTakenOutOfEveryStoryStaysOnTheDeskAndFindable() {
        String only = create("A story of one article " + System.nanoTime(), "");
        HttpResponse<String> posted = api.post("/api/articles?story=" + only, EDITOR, "application/json",
                "{\"text\": \"Harbour pilots in Nuuk voted to strike over the Zwarteveen rota, the union said on Monday.\"}");
        long article = json.readTree(posted.body()).get("id").asLong();

        assertThat(api.delete("/api/stories/" + only + "/articles/" + article, EDITOR).statusCode()).isEqualTo(204);

        JsonNode row = json.readTree(api.get("/api/articles/" + article, VIEWER).body());
        assertThat(row.get("stories").size()).isZero();
        JsonNode found = rows("/api/search?q=Zwarteveen");
        assertThat(found.size()).isEqualTo(1);
        assertThat(found.get(0).get("stories").size()).isZero();
        assertThat(found.get(0).get("link").asString()).startsWith("/articles/" + article);
    }

    @Test
    void notesGoOnAWholeArticleAndOnTheStoryItself() {
        String story = create("Wire copy to check " + System.nanoTime(), "");
        long article = seedArticle(Seeds.INFONEWS_COALITION_STATEMENT);
        api.post("/api/stories/" + story + "/articles", EDITOR, "application/json", "{\"article\": " + article + "}");

        HttpResponse<String> onArticle = api.post("/api/notes", EDITOR, "application/json", "{\"story\": \"" + story
                + "\", \"target\": {\"type\": \"article\", \"id\": \"" + article + "\"}, \"body\": \"Wire copy: do not cite.\"}");
        HttpResponse<String> onStory = api.post("/api/annotations", EDITOR, "application/json",
                "{\"target\": {\"type\": \"story\", \"id\": \"" + story + "\"}, \"body\": \"Legal has read this.\", \"tags\": [\"legal\"]}");

        assertThat(onArticle.statusCode()).as(onArticle.body()).isEqualTo(201);
        assertThat(onStory.statusCode()).as(onStory.body()).isEqualTo(201);
        assertThat(json.readTree(onStory.body()).get("story").asString()).isEqualTo(story);
        assertThat(texts(rows("/api/notes?story=" + story + "&type=article"), "body")).containsExactly("Wire copy: do not cite.");
        assertThat(texts(rows("/api/notes?story=" + story + "&type=story"), "body")).containsExactly("Legal has read this.");
        assertThat(rows("/api/notes?story=" + story + "&target=story:" + story).get(0).get("attached").asBoolean()).isTrue();
        assertThat(texts(rows("/api/notes?type=article"), "body")).doesNotContain("Wire copy: do not cite.");
        // A note on a story is on the story it is written in: another story's slug is refused.
        assertThat(api.post("/api/notes?story=" + story, EDITOR, "application/json", "{\"target\": {\"type\": \"story\", \"id\": \"no-such-story\"}, "
                + "\"body\": \"Lost.\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void todaysCallsWithoutAStoryLandOnTheFirstStory() {
        assertThat(rows("/api/quotes").toString()).isEqualTo(rows("/api/quotes?story=" + Seeds.STORY_NAME.slug()).toString());
        assertThat(rows("/api/people").size()).isEqualTo(rows("/api/people?story=" + Seeds.STORY_NAME.slug()).size());
        assertThat(rows("/api/audit").size()).isEqualTo(rows("/api/history?story=" + Seeds.STORY_NAME.slug()).size());
        JsonNode first = rows("/api/stories").get(0);
        assertThat(first.get("id").asString()).isEqualTo(Seeds.STORY_NAME.slug());
        assertThat(first.get("name").asString()).isEqualTo("Paris coalition of the willing summit");
        assertThat(first.get("articles").asInt()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void editorsMakeAndChangeStoriesAndViewersMayNot() {
        assertThat(api.post("/api/stories", VIEWER, "application/json", "{\"name\": \"A viewer's story\"}").statusCode()).isEqualTo(403);
        String story = create("Editors' own story " + System.nanoTime(), "First words");
        JsonNode row = json.readTree(api.get("/api/stories/" + story, VIEWER).body());
        assertThat(api.put("/api/stories/" + story, VIEWER, "application/json", "{\"name\": \"Renamed\", \"version\": 1}").statusCode()).isEqualTo(403);
        HttpResponse<String> renamed = api.put("/api/stories/" + story, EDITOR, "application/json",
                "{\"name\": \"Renamed " + story + "\", \"version\": " + row.get("version").asInt() + "}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(json.readTree(renamed.body()).get("id").asString()).as("the slug stays: links keep working").isEqualTo(story);
        assertThat(api.put("/api/stories/" + story, EDITOR, "application/json", "{\"name\": \"Stale\", \"version\": "
                + row.get("version").asInt() + "}").statusCode()).as("a change made on a stale copy").isEqualTo(409);
        assertThat(api.post("/api/stories/" + story + "/articles", VIEWER, "application/json", "{\"article\": 1}").statusCode()).isEqualTo(403);
        assertThat(api.delete("/api/stories/" + story + "/articles/1", VIEWER).statusCode()).isEqualTo(403);
    }

    @Test
    void badRequestsAboutStoriesAndSearchSayWhatIsWrong() {
        HttpResponse<String> unknown = api.get("/api/quotes?story=no-such-story", VIEWER);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json.readTree(unknown.body()).get("detail").asString()).contains("There is no story 'no-such-story'");
        assertThat(api.get("/api/stories/no-such-story", VIEWER).statusCode()).isEqualTo(404);
        assertThat(detail(api.post("/api/stories", EDITOR, "application/json", "{\"name\": \"   \"}"), 400)).contains("needs a name");
        assertThat(detail(api.post("/api/stories", EDITOR, "application/json", "{\"name\": \"paris COALITION of the willing summit \"}"), 400))
                .contains("already");
        assertThat(detail(api.get("/api/search?q=" + enc("%%% *** !!!"), VIEWER), 400)).contains("only symbols");
        assertThat(detail(api.get("/api/search?q=" + "word".repeat(126), VIEWER), 400)).contains("500 characters");
        assertThat(detail(api.get("/api/search", VIEWER), 400)).contains("q=");

        String archived = create("An archived story " + System.nanoTime(), "");
        int version = json.readTree(api.get("/api/stories/" + archived, VIEWER).body()).get("version").asInt();
        assertThat(api.put("/api/stories/" + archived, EDITOR, "application/json", "{\"state\": \"archived\", \"version\": " + version + "}")
                .statusCode()).isEqualTo(200);
        assertThat(detail(api.post("/api/articles?story=" + archived, EDITOR, "text/plain", "A short article for an archived story, said nobody."),
                400)).contains("archived");
        assertThat(detail(api.post("/api/stories/" + archived + "/articles", EDITOR, "application/json",
                "{\"article\": " + seedArticle(Seeds.CARNEY_ARRIVES_IN_PARIS) + "}"), 400)).contains("archived");
        assertThat(texts(rows("/api/stories?state=archived"), "id")).contains(archived);
    }

    private String create(String name, String description) {
        HttpResponse<String> created = api.post("/api/stories", EDITOR, "application/json",
                "{\"name\": \"" + name + "\", \"description\": \"" + description + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("id").asString();
    }

    private long seedArticle(Seeds seed) {
        return find(rows("/api/articles"), "source", seed.file).get("id").asLong();
    }

    private JsonNode rows(String path) {
        HttpResponse<String> response = api.get(path, VIEWER);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private String detail(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return json.readTree(response.body()).get("detail").asString();
    }

    private static JsonNode find(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (row.get(field).asString().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("No row with " + field + " = " + value + " in " + rows);
    }

    private static List<String> texts(JsonNode rows, String field) {
        List<String> values = new ArrayList<>();
        rows.forEach(row -> values.add(row.get(field).asString()));
        return values;
    }

    private static List<String> texts(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.asString()));
        return texts;
    }

    /** The ids of the quotes that an article carries. */
    private static Set<String> quoteIdsFrom(JsonNode quotes, long article) {
        Set<String> ids = new HashSet<>();
        for (JsonNode quote : quotes) {
            for (JsonNode source : quote.get("sources")) {
                if (source.get("articleId").asLong() == article) {
                    ids.add(quote.get("id").asString());
                }
            }
        }
        return ids;
    }

    /** A quote only this article carries. */
    private static String onlyFrom(JsonNode quotes, long article) {
        for (JsonNode quote : quotes) {
            boolean only = true;
            for (JsonNode source : quote.get("sources")) {
                only &= source.get("articleId").asLong() == article;
            }
            if (only && !quote.get("sources").isEmpty()) {
                return quote.get("id").asString();
            }
        }
        throw new AssertionError("No quote only article " + article + " carries");
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
