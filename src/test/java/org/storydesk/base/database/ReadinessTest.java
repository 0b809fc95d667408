package org.storydesk.base.database;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What a load balancer, or docker compose, asks before sending editors to a node. */
@IntegrationTest
class ReadinessTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void aNodeIsReadyWhenItsDatabaseAnswersAndItsSchemaIsMigrated() throws Exception {
        HttpResponse<String> ready = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as("no login needed").isEqualTo(200);
        JsonNode health = JsonMapper.builder().build().readTree(ready.body());
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").propertyNames()).containsExactlyInAnyOrder("db", "migrations", "readinessState");
        assertThat(ready.body()).doesNotContain("PostgreSQL", "jdbc", "storydesk_app");
    }

    @Test
    void aDatabaseBehindTheAppsMigrationsIsNotReady() {
        Flyway newer = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/future")
                .placeholders(java.util.Map.of("appRole", "")).load();
        assertThat(new MigrationsHealthIndicator(jdbc, newer).health(true).getStatus()).isEqualTo(Status.DOWN);
    }
}
