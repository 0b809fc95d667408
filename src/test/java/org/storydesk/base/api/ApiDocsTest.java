package org.storydesk.base.api;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.storydesk.IntegrationTest;
import org.storydesk.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydesk.support.Api.Account.VIEWER;

/** The API explains itself: its OpenAPI 3 document, generated from the controllers, for whoever is logged in. */
@IntegrationTest
class ApiDocsTest {

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theApiIsDescribedAsOpenApiToLoggedInCallersWithItsRowsFieldsSaid() {
        Api api = new Api(port);
        assertThat(api.anonymousGet("/api/docs").statusCode()).isEqualTo(401);

        HttpResponse<String> docs = api.get("/api/docs", VIEWER);

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode openApi = json.readTree(docs.body());
        assertThat(openApi.get("openapi").asString()).startsWith("3.");
        assertThat(openApi.get("paths").propertyNames()).contains("/api/stories", "/api/stories/{id}", "/api/stories/{id}/articles",
                "/api/search", "/api/articles", "/api/quotes", "/api/people", "/api/events", "/api/notes", "/api/history", "/api/tokens");
        JsonNode storyRow = openApi.get("components").get("schemas").get("StoryRow").get("properties");
        assertThat(storyRow.get("id").get("description").asString()).contains("slug");
        assertThat(openApi.get("components").get("schemas").get("HitRow").get("properties").get("highlights").get("description").asString())
                .contains("snippet");
        JsonNode schemas = openApi.get("components").get("schemas");
        assertThat(schemas.propertyNames()).as("every list's rows").contains("ArticleRow", "QuoteRow", "PersonRow", "EventRow", "NoteRow",
                "HistoryRow", "StoryRow", "HitRow", "QuoteSourceRow", "EventSourceRow");
        assertThat(schemas.get("QuoteRow").get("properties").propertyNames()).contains("confidence", "needsReview", "fullQuoteId");
        assertThat(openApi.get("components").get("securitySchemes").propertyNames()).contains("token", "basic");
        assertThat(api.get("/api/docs.yaml", VIEWER).body()).contains("openapi: 3");
    }
}
