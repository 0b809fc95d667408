package org.storydesk.quotes;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
import static org.storydesk.support.Api.Account.VIEWER;

/** {@code GET /api/quotes} says how sure the analysis is of each speaker, and lists those to check first. */
@IntegrationTest
class QuotesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Api api;
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void connect() {
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(5));
        api = new Api(port);
    }

    @Test
    void everyQuoteCarriesTheRuleThatDecidedItsSpeakerAndHowSureThatIs() {
        JsonNode rows = rows("/api/quotes");

        assertThat(rows.size()).isGreaterThan(20);
        for (JsonNode row : rows) {
            double confidence = row.get("confidence").asDouble();
            assertThat(confidence).isBetween(0.0, 1.0);
            boolean someone = !row.get("speaker").isNull() || !row.get("speakerLabel").isNull();
            assertThat(confidence > 0).as("a confidence for %s", row.get("text")).isEqualTo(someone);
            assertThat(row.get("rule").isNull()).isEqualTo(!someone);
        }
        assertThat(texts(rows, "rule")).contains("GOVERNING_SPEECH_VERB");
    }

    @Test
    void leastCertainFirstAndNeedsReviewListTheSpeakersToCheckFirst() {
        List<Double> byCertainty = new ArrayList<>();
        rows("/api/quotes?order=certainty").forEach(row -> byCertainty.add(row.get("confidence").asDouble()));
        JsonNode review = rows("/api/quotes?review=true");

        assertThat(byCertainty).isSorted();
        assertThat(review.size()).isPositive().isLessThan(byCertainty.size());
        assertThat(review).allSatisfy(row -> {
            assertThat(row.get("confidence").asDouble()).isLessThan(Quote.REVIEW_BELOW);
            assertThat(row.get("needsReview").asBoolean()).isTrue();
            assertThat(row.get("status").asString()).isEqualTo("unverified");
        });
    }

    @Test
    void anOrderTheBoardDoesNotKnowIsABadRequest() {
        HttpResponse<String> response = api.get("/api/quotes?order=loudest", VIEWER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("certainty");
    }

    private JsonNode rows(String path) {
        HttpResponse<String> response = api.get(path, VIEWER);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> texts(JsonNode rows, String field) {
        List<String> values = new ArrayList<>();
        rows.forEach(row -> values.add(row.get(field).isNull() ? null : row.get(field).asString()));
        return values;
    }
}
