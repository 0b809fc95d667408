package org.storydesk.quotes;

import java.io.IOException;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desk whose quotes were merged before confidences were kept gets one for each from the rule
 * stored with it, in the old free text or as a rule's name, so its review queue works at once.
 */
class ConfidenceMigrationTest {

    private static EmbeddedPostgres postgres;
    private static DataSource database;

    @BeforeAll
    static void aDeskAsItWasBeforeConfidences() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        database = postgres.getPostgresDatabase();
        // The desk as the last migration before confidences left it; one database user for owner and app: nothing to grant.
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("11")
                .placeholders(Map.of("appRole", "")).load().migrate();
        JdbcClient jdbc = JdbcClient.create(database);
        Map<String, String> rules = Map.of("q-1", "speech verb: say", "q-2", "named in the next sentence",
                "q-3", "continues the speaker of the sentence before", "q-4", "GOVERNING_SPEECH_VERB");
        rules.forEach((id, rule) -> jdbc.sql("INSERT INTO quotes (id, text, kind, speaker, rule) VALUES (:id, 'Words', 'full', 'ana-ruiz', :rule)")
                .param("id", id).param("rule", rule).update());
        jdbc.sql("INSERT INTO quotes (id, text, kind) VALUES ('q-5', 'Nobody said this', 'partial')").update();
        // Up to the confidences' own migration: what later ones do with the quotes (stories, search) is theirs to test.
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("20")
                .placeholders(Map.of("appRole", "")).load().migrate();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void eachQuoteTakesTheConfidenceOfTheRuleThatDecidedItsSpeaker() {
        JdbcClient jdbc = JdbcClient.create(database);
        Map<String, Double> confidence = new java.util.HashMap<>();
        jdbc.sql("SELECT id, confidence FROM quotes").query((rs, row) -> confidence.put(rs.getString(1), rs.getDouble(2))).list();

        assertThat(confidence).containsEntry("q-1", 0.95).containsEntry("q-2", 0.7).containsEntry("q-3", 0.6)
                .containsEntry("q-4", 0.95).containsEntry("q-5", 0.0);
    }
}
