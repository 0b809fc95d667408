package org.storydesk.tokens;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

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

/** An integration gets a token from an editor's script, calls the API with it, and is shut out when it is revoked. */
@IntegrationTest
class ApiTokensTest {

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
    void aScriptGetsATokenOnceAndTheIntegrationReadsAndWritesWithIt() throws Exception {
        HttpResponse<String> created = api.post("/api/tokens", EDITOR, "application/json", "{\"name\": \"CMS import\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode answer = json.readTree(created.body());
        String token = answer.get("token").asString();
        assertThat(token).startsWith("sd_").hasSize(46);
        assertThat(answer.get("account").asString()).isEqualTo("editor");

        assertThat(api.get("/api/quotes", token).statusCode()).isEqualTo(200);
        HttpResponse<String> note = api.post("/api/annotations", token, "application/json",
                "{\"target\": {\"type\": \"person\", \"id\": \"mark-carney\"}, \"body\": \"Written by the CMS.\"}");
        assertThat(note.statusCode()).isEqualTo(201);
        assertThat(json.readTree(note.body()).get("author").asString()).as("a token acts as the editor who made it").isEqualTo("editor");

        // The listing never shows the token again, only how it begins.
        String listing = api.get("/api/tokens", EDITOR).body();
        assertThat(listing).contains("CMS import", token.substring(0, 7) + "…").doesNotContain(token);
    }

    @Test
    void theDeskKeepsOnlyAFingerprintOfEachToken() throws Exception {
        String token = create("Spreadsheet");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.sql("SELECT token_hash FROM api_tokens WHERE name = 'Spreadsheet'").query(String.class).single()).isEqualTo(sha256);
        assertThat(jdbc.sql("SELECT count(*) FROM api_tokens WHERE row(api_tokens)::text LIKE :token").param("token", "%" + token.substring(3) + "%")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aRevokedTokenLetsNobodyInAndTheRevokingIsInTheAuditLog() {
        String token = create("Old script");
        long id = jdbc.sql("SELECT id FROM api_tokens WHERE name = 'Old script'").query(Long.class).single();
        assertThat(api.get("/api/quotes", token).statusCode()).isEqualTo(200);

        assertThat(api.delete("/api/tokens/" + id, EDITOR).statusCode()).isEqualTo(204);

        HttpResponse<String> refused = api.get("/api/quotes", token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(json.readTree(refused.body()).get("detail").asString()).contains("not valid");
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE item_type = 'token' AND item_id = :id ORDER BY id")
                .param("id", Long.toString(id)).query(String.class).list()).containsExactly("create token", "revoke token");
    }

    @Test
    void aTokenCannotCreateTokensAndAViewerCannotEither() {
        String token = create("Mint");
        HttpResponse<String> minted = api.post("/api/tokens", token, "application/json", "{\"name\": \"Another\"}");
        assertThat(minted.statusCode()).isEqualTo(400);
        assertThat(minted.body()).contains("A token cannot create tokens");
        assertThat(api.post("/api/tokens", VIEWER, "application/json", "{\"name\": \"Mine\"}").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/quotes", "sd_" + "x".repeat(43)).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenNeedsAName() {
        HttpResponse<String> unnamed = api.post("/api/tokens", EDITOR, "application/json", "{\"name\": \"  \"}");
        assertThat(unnamed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(unnamed.body()).get("detail").asString()).contains("Name the token");
        assertThat(api.post("/api/tokens", EDITOR, "application/json", "{}").body()).contains("name is required");
    }

    private String create(String name) {
        HttpResponse<String> created = api.post("/api/tokens", EDITOR, "application/json", "{\"name\": \"" + name + "\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("token").asString();
    }
}
