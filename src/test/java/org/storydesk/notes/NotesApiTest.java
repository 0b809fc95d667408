package org.storydesk.notes;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.IntegrationTest;
import org.storydesk.support.Analysis;
import org.storydesk.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydesk.support.Api.Account.EDITOR;
import static org.storydesk.support.Api.Account.VIEWER;

/** Notes, the audit trail and the exports over real HTTP, as an integration would use them. */
@IntegrationTest
class NotesApiTest {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Api api;
    private final JsonMapper json = JsonMapper.builder().build();
    private String quote;

    @BeforeEach
    void waitForTheStory() {
        api = new Api(port);
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(5));
        quote = json.readTree(api.get("/api/quotes", VIEWER).body()).get(0).get("id").asString();
    }

    @Test
    void anEditorAddsChangesAndDeletesANoteAndEveryoneReadsIt() {
        HttpResponse<String> created = api.post("/api/annotations", EDITOR, JSON,
                "{\"target\": {\"type\": \"quote\", \"id\": \"" + quote + "\"}, \"body\": \"Ask the outlet for the tape.\", \"tags\": [\"check\"]}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode note = json.readTree(created.body());
        long id = note.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/notes/" + id);
        assertThat(note.get("target").get("type").asString()).isEqualTo("quote");
        assertThat(note.get("target").get("id").asString()).isEqualTo(quote);
        assertThat(note.get("author").asString()).isEqualTo("editor");
        assertThat(note.get("tags").get(0).asString()).isEqualTo("check");
        assertThat(note.get("created").asString()).isNotBlank();
        assertThat(note.get("updated").asString()).isNotBlank();

        JsonNode read = json.readTree(api.get("/api/annotations/" + id, VIEWER).body());
        assertThat(read.get("body").asString()).isEqualTo("Ask the outlet for the tape.");
        assertThat(json.readTree(api.get("/api/annotations?target=quote:" + quote, VIEWER).body()).findValuesAsString("body"))
                .contains("Ask the outlet for the tape.");
        assertThat(json.readTree(api.get("/api/quotes", VIEWER).body())).anySatisfy(row -> {
            assertThat(row.get("id").asString()).isEqualTo(quote);
            assertThat(row.get("notes").findValuesAsString("body")).contains("Ask the outlet for the tape.");
        });

        HttpResponse<String> changed = api.put("/api/annotations/" + id, EDITOR, JSON, "{\"body\": \"Tape received.\", \"version\": 1}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(changed.body()).get("version").asInt()).isEqualTo(2);

        HttpResponse<String> stale = api.put("/api/annotations/" + id, EDITOR, JSON, "{\"body\": \"On an old copy.\", \"version\": 1}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json.readTree(stale.body()).get("detail").asString()).contains("Someone else changed this note");
        assertThat(json.readTree(stale.body()).get("current").get("body").asString()).isEqualTo("Tape received.");

        assertThat(api.delete("/api/annotations/" + id + "?version=1", EDITOR).statusCode()).isEqualTo(409);
        assertThat(api.delete("/api/annotations/" + id + "?version=2", EDITOR).statusCode()).isEqualTo(204);
        assertThat(api.get("/api/annotations/" + id, VIEWER).statusCode()).isEqualTo(404);

        JsonNode audit = json.readTree(api.get("/api/audit?type=note&item=" + id, VIEWER).body());
        assertThat(audit.findValuesAsString("action")).containsExactly("delete note", "edit note", "add note");
        assertThat(audit.get(0).get("before").get("body").asString()).isEqualTo("Tape received.");
        assertThat(audit.get(1).get("before").get("body").asString()).isEqualTo("Ask the outlet for the tape.");
        assertThat(audit.get(1).get("after").get("body").asString()).isEqualTo("Tape received.");
    }

    @Test
    void aPassageNoteCarriesItsTextSelector() {
        long article = jdbc.sql("SELECT min(id) FROM articles").query(Long.class).single();

        HttpResponse<String> created = api.post("/api/annotations", EDITOR, JSON,
                "{\"target\": {\"type\": \"passage\", \"id\": \"" + article + "\", \"start\": 20, \"end\": 60}, \"body\": \"Passage.\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode target = json.readTree(created.body()).get("target");
        assertThat(target.get("exact").asString()).hasSize(40);
        assertThat(target.get("start").asInt()).isEqualTo(20);
        assertThat(target.get("end").asInt()).isEqualTo(60);
        assertThat(target.get("prefix").asString()).hasSize(20);
        assertThat(target.get("suffix").asString()).isNotEmpty();
        assertThat(json.readTree(created.body()).get("attached").asBoolean()).isTrue();
    }

    @Test
    void badNotesAreRefusedWithAReasonAndNothingIsStored() {
        int before = count();

        assertRefused("{\"target\": {\"type\": \"quote\", \"id\": \"" + quote + "\"}, \"body\": \"  \"}", "needs some text");
        assertRefused("{\"target\": {\"type\": \"quote\", \"id\": \"" + quote + "\"}, \"body\": \"" + "x".repeat(10_001) + "\"}",
                "at most 10,000 characters");
        assertRefused("{\"target\": {\"type\": \"quote\", \"id\": \"q-gone\"}, \"body\": \"On nothing.\"}", "no quote q-gone");
        assertRefused("{\"target\": {\"type\": \"paragraph\", \"id\": \"1\"}, \"body\": \"x\"}", "passage, article, quote, event, person or story");
        assertRefused("{\"body\": \"No target.\"}", "target is required");
        assertRefused("{\"target\": {\"type\": \"quote\", \"id\": \"" + quote + "\"}, \"body\": \"x\", \"tags\": \"one\"}", "tags must be a list");
        assertRefused("{not json", "not valid JSON");
        assertThat(api.put("/api/annotations/1", EDITOR, JSON, "{\"body\": \"x\"}").statusCode()).isEqualTo(400);
        assertThat(api.delete("/api/annotations/1", EDITOR).statusCode()).isEqualTo(400);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void viewersAndStrangersCannotWrite() {
        String note = "{\"target\": {\"type\": \"quote\", \"id\": \"" + quote + "\"}, \"body\": \"Sneaky.\"}";
        int before = count();

        assertThat(api.anonymousPost("/api/annotations", JSON, note).statusCode()).isEqualTo(401);
        assertThat(api.anonymousGet("/api/annotations").statusCode()).isEqualTo(401);
        assertThat(api.anonymousGet("/api/audit").statusCode()).isEqualTo(401);
        HttpResponse<String> refused = api.post("/api/annotations", VIEWER, JSON, note);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Only editors");
        assertThat(api.put("/api/annotations/1", VIEWER, JSON, "{\"body\": \"x\", \"version\": 1}").statusCode()).isEqualTo(403);
        assertThat(api.delete("/api/annotations/1?version=1", VIEWER).statusCode()).isEqualTo(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void hostileTextIsKeptAndReturnedAsTextNeverInterpreted() {
        String hostile = "<script>alert('x')</script> <img src=x onerror=alert(1)> javascript:alert(2)";
        HttpResponse<String> created = api.post("/api/annotations", EDITOR, JSON, "{\"target\": {\"type\": \"quote\", \"id\": \"" + quote
                + "\"}, \"body\": " + json.writeValueAsString(hostile) + "}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json.readTree(created.body()).get("body").asString()).isEqualTo(hostile);
    }

    @Test
    void notesQuotesEventsPeopleAndTheAuditLogExportAsCsv() {
        api.post("/api/annotations", EDITOR, JSON, "{\"target\": {\"type\": \"person\", \"id\": \"mark-carney\"}, \"body\": \"Press office: ext. 12\", \"tags\": [\"contact\"]}");

        HttpResponse<String> notes = api.get("/api/annotations?format=csv&tag=contact", VIEWER);
        assertThat(notes.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(notes.body().lines().findFirst()).hasValue("id,story,targetType,targetId,about,body,tags,author,created,updated,version,attached");
        assertThat(notes.body()).contains("Press office: ext. 12");
        assertThat(api.get("/api/quotes?format=csv", VIEWER).body().lines().findFirst().orElseThrow()).contains("status", "statusNote", "notes");
        assertThat(api.get("/api/events?format=csv", VIEWER).body().lines().findFirst().orElseThrow()).contains("machineSummary", "notes");
        assertThat(api.get("/api/people?format=csv", VIEWER).body()).contains("Press office: ext. 12");
        assertThat(api.get("/api/audit?format=csv", VIEWER).body().lines().findFirst())
                .hasValue("id,at,editor,action,itemType,itemId,item,before,after");
        assertThat(api.get("/api/quotes?status=maybe", VIEWER).statusCode()).isEqualTo(400);
    }

    @Test
    void theStoryBriefIsMarkdownOfTheVerifiedQuotesAndTheTimeline() {
        HttpResponse<String> brief = api.get("/api/brief?person=mark-carney", VIEWER);

        assertThat(brief.statusCode()).isEqualTo(200);
        assertThat(brief.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/markdown"));
        assertThat(brief.body()).startsWith("# Story brief").contains("_Paris coalition of the willing summit: Mark Carney_", "## Verified quotes", "## Timeline", "### Tuesday 6 January 2026");
    }

    @Test
    void aChangeThatDoesNotMentionTagsKeepsTheNotesTags() {
        HttpResponse<String> created = api.post("/api/annotations", EDITOR, JSON,
                "{\"target\": {\"type\": \"quote\", \"id\": \"" + quote + "\"}, \"body\": \"Tagged.\", \"tags\": [\"legal\", \"check\"]}");
        long id = json.readTree(created.body()).get("id").asLong();

        HttpResponse<String> changed = api.put("/api/annotations/" + id, EDITOR, JSON, "{\"body\": \"Tagged, and reworded.\", \"version\": 1}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(changed.body()).get("tags").toString()).isEqualTo("[\"legal\",\"check\"]");

        HttpResponse<String> cleared = api.put("/api/annotations/" + id, EDITOR, JSON,
                "{\"body\": \"No tags now.\", \"tags\": [], \"version\": 2}");
        assertThat(json.readTree(cleared.body()).get("tags").toString()).isEqualTo("[]");
    }

    @Test
    void aNoteThatIsNotValidUtf8IsRefusedAsAnArticleIsAndNothingIsStored() {
        int before = count();
        byte[] latin1 = ("{\"target\": {\"type\": \"quote\", \"id\": \"" + quote + "\"}, \"body\": \"Caf\u00e9 au lait\"}")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        HttpResponse<String> refused = api.post("/api/annotations", EDITOR, JSON, latin1);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("detail").asString()).contains("not valid UTF-8");
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM notes WHERE body LIKE '%\uFFFD%'").query(Integer.class).single()).isZero();
    }

    private void assertRefused(String body, String reason) {
        HttpResponse<String> response = api.post("/api/annotations", EDITOR, JSON, body);
        assertThat(response.statusCode()).as(body).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("detail").asString()).contains(reason);
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM notes").query(Integer.class).single();
    }
}
