package org.storydesk.base.api;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.IntegrationTest;
import org.storydesk.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydesk.support.Api.Account.EDITOR;
import static org.storydesk.support.Api.Account.VIEWER;

/**
 * What a careless script, or a viewer poking at the desk, sends: every such request is a 400 (or
 * a 404) with a {@code detail} that says what is wrong, never a server error, never an empty 403,
 * never the name of an exception or a library, and nothing is half-stored.
 */
@IntegrationTest
class BadRequestsTest {

    /** What no answer may show: the server's insides. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|Jackson|StreamReadConstraints|tools\\.jackson|java\\.|org\\.|springframework|\\.class|at line \\d+ of");

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
    void aNulInAnyQueryParameterIsA400ThatNamesTheParameter() {
        for (String path : List.of("/api/quotes?person=%00", "/api/annotations?tag=a%00b", "/api/audit?editor=%00",
                "/api/events?from=2026%0001-01", "/api/people?person=x&format=%00", "/api/articles?format=csv%00")) {
            HttpResponse<String> response = api.get(path, VIEWER);
            assertProblem(response, 400, "NUL");
        }
        // The dashboard's pages too, before anyone is even logged in.
        assertProblem(api.anonymousGet("/quotes?person=%00"), 400, "'person'");
    }

    @Test
    void aNulInAnyTextOfABodyIsA400AndNothingIsStored() {
        long article = jdbc.sql("SELECT min(id) FROM articles").query(Long.class).single();
        String passage = "{\"type\": \"passage\", \"id\": \"" + article + "\", \"start\": 0, \"end\": 5}";
        int before = written();
        assertProblem(api.post("/api/articles", EDITOR, "application/json",
                "{\"text\": \"The council met on Monday to approve the budget for the coming year.\", \"outlet\": \"A\\u0000B\"}"),
                400, "outlet holds a NUL");
        assertProblem(api.post("/api/articles", EDITOR, "application/json",
                "{\"text\": \"The council met on Monday\\u0000 to approve the budget for the coming year.\"}"), 400, "text holds a NUL");
        assertProblem(api.post("/api/annotations", EDITOR, "application/json",
                "{\"target\": " + passage + ", \"body\": \"Check\\u0000 this.\"}"), 400, "body holds a NUL");
        assertProblem(api.post("/api/annotations", EDITOR, "application/json",
                "{\"target\": " + passage + ", \"body\": \"Check this.\", \"tags\": [\"ok\", \"b\\u0000d\"]}"),
                400, "tags[1] holds a NUL");
        assertProblem(api.post("/api/annotations", EDITOR, "application/json",
                "{\"target\": {\"type\": \"passage\", \"id\": \"1\", \"exact\": \"Pa\\u0000ris\"}, \"body\": \"Check this.\"}"),
                400, "target.exact holds a NUL");
        assertProblem(api.post("/api/tokens", EDITOR, "application/json", "{\"name\": \"C\\u0000MS\"}"), 400, "name holds a NUL");
        assertThat(written()).isEqualTo(before);
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIsA400ThatSaysWhatToSend() {
        for (String type : List.of("garbage", "text/", "/json", "text/pl ain", "*/json")) {
            assertProblem(api.post("/api/articles", EDITOR, type, "The council met on Monday to approve the budget."), 400,
                    "is not a media type");
            assertProblem(api.post("/api/annotations", EDITOR, type, "{}"), 400, "is not a media type");
        }
        assertProblem(api.post("/api/annotations", EDITOR, "image/png", "{}"), 415, "application/json");
    }

    @Test
    void noRefusalNamesTheServersInternals() {
        List<Supplier<HttpResponse<String>>> careless = List.of(
                () -> api.post("/api/articles", EDITOR, "application/json", "{\"text\": \"x\", \"published\": " + "9".repeat(2_000) + "}"),
                () -> api.post("/api/articles", EDITOR, "application/json", "[".repeat(2_000) + "]".repeat(2_000)),
                () -> api.post("/api/articles", EDITOR, "application/json", "{\"text\": "),
                () -> api.post("/api/articles", EDITOR, "application/json", "{\"text\": {\"nested\": 1}}"),
                () -> api.post("/api/articles", EDITOR, "application/json", "{\"text\": \"x\", \"published\": \"yesterday\"}"),
                () -> api.post("/api/annotations", EDITOR, "application/json", "{\"target\": 7, \"body\": \"x\"}"),
                () -> api.post("/api/annotations", EDITOR, "application/json", "{\"target\": {\"type\": \"quote\", \"id\": \"q\", \"start\": "
                        + "1".repeat(30) + "}, \"body\": \"x\"}"),
                () -> api.post("/api/annotations", EDITOR, "application/json", ""),
                () -> api.put("/api/annotations/1", EDITOR, "application/json", "{\"body\": \"x\", \"version\": \"two\"}"),
                () -> api.get("/api/articles/99999999999999999999", VIEWER),
                () -> api.get("/api/articles/abc", VIEWER),
                () -> api.get("/api/nothing-here", VIEWER),
                () -> api.post("/api/articles", EDITOR, "application/json; charset=utf-8", new byte[] {'{', '"', 't', 'e', 'x', 't', '"',
                        ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        for (Supplier<HttpResponse<String>> request : careless) {
            HttpResponse<String> response = request.get();
            assertThat(response.statusCode()).as(response.body()).isIn(400, 404);
            String detail = json.readTree(response.body()).get("detail").asString();
            assertThat(detail).as("detail").isNotBlank().doesNotContainPattern(INTERNALS);
        }
    }

    @Test
    void aDateTheApiCannotReadSaysWhatADateLooksLike() {
        assertProblem(api.post("/api/articles", EDITOR, "application/json", "{\"text\": \"x\", \"published\": \"yesterday\"}"), 400,
                "published must be a date written YYYY-MM-DD");
        assertProblem(api.post("/api/annotations", EDITOR, "application/json", "{\"target\": {\"type\": \"quote\", \"id\": \"q\", \"start\": "
                + "1".repeat(30) + "}, \"body\": \"x\"}"), 400, "target.start");
    }

    @Test
    void aPathTheApiDoesNotKnowIsA404Problem() {
        assertProblem(api.get("/api/nothing-here", VIEWER), 404, "There is nothing at /api/nothing-here");
    }

    @Test
    void credentialsThatAreNotBase64AreA401ThatSaysHowToLogIn() {
        HttpResponse<String> response = api.withHeader("/api/quotes", "Authorization", "Basic !!!not-base64");
        assertProblem(response, 401, "Log in");
    }

    private void assertProblem(HttpResponse<String> response, int status, String says) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).contains(says).doesNotContainPattern(INTERNALS);
    }

    private int written() {
        return jdbc.sql("""
                        SELECT (SELECT count(*) FROM article_versions) + (SELECT count(*) FROM notes)
                             + (SELECT count(*) FROM api_tokens) + (SELECT count(*) FROM audit_log)""")
                .query(Integer.class).single();
    }
}
