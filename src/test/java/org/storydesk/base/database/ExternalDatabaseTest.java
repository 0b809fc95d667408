package org.storydesk.base.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.Application;
import org.storydesk.support.SeparateApps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An operator's own PostgreSQL (here a separate server started by the test) is used as it is. */
@ExtendWith(SeparateApps.class)
class ExternalDatabaseTest {

    static EmbeddedPostgres operatorsDatabase;

    @TempDir
    Path data;

    @BeforeAll
    static void startTheOperatorsDatabase() throws IOException {
        operatorsDatabase = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopIt() throws IOException {
        operatorsDatabase.close();
    }

    @Test
    void theConfiguredDatabaseIsUsedAndNothingIsEmbedded() throws IOException {
        try (ConfigurableApplicationContext app = start("ada", "a-long-real-password")) {
            assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            assertThat(count(app)).isGreaterThanOrEqualTo(5);
            assertThat(Files.exists(data.resolve("postgres"))).isFalse();
        }
        try (var connection = operatorsDatabase.getPostgresDatabase().getConnection();
             var rows = connection.createStatement().executeQuery("SELECT count(*) FROM article_versions")) {
            rows.next();
            assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(5);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void withTheGrantsTheReadmeDocumentsTheAppWorksAsARoleThatCannotRewriteTheAuditLog() throws Exception {
        try (var connection = operatorsDatabase.getPostgresDatabase().getConnection(); var sql = connection.createStatement()) {
            // What the README asks an operator to run as the database's superuser.
            sql.execute("CREATE ROLE storydesk_owner LOGIN PASSWORD 'owner-secret-1'");
            sql.execute("CREATE ROLE storydesk_app LOGIN PASSWORD 'app-secret-1'");
            sql.execute("CREATE DATABASE storydesk OWNER storydesk_owner");
            sql.execute("REVOKE ALL ON DATABASE storydesk FROM PUBLIC");
            sql.execute("GRANT CONNECT, TEMPORARY ON DATABASE storydesk TO storydesk_app");
        }
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--storydesk.data-dir=" + data, "--storydesk.seeds-dir=seeds",
                        "--storydesk.analysis.enabled=false",
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + operatorsDatabase.getPort() + "/storydesk",
                        "--spring.datasource.username=storydesk_app", "--spring.datasource.password=app-secret-1",
                        "--spring.flyway.user=storydesk_owner", "--spring.flyway.password=owner-secret-1",
                        "--storydesk.accounts[0].username=ada", "--storydesk.accounts[0].password=a-long-real-password",
                        "--storydesk.accounts[0].role=EDITOR")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("storydesk_app");
            assertThat(count(app)).isGreaterThanOrEqualTo(5);
            assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")
                    .query(Integer.class).single()).isZero();
            assertThatThrownBy(() -> jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER ALL").update()).rootCause()
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update()).rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> jdbc.sql("SET session_replication_role = replica").update()).rootCause()
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void aSharedDeploymentRefusesToStartWithTheDemoPasswords() {
        assertThatThrownBy(() -> start("editor", "editor").close())
                .hasRootCauseMessage("Account 'editor' uses a demo password; with an external database every account needs a real one");
    }

    private ConfigurableApplicationContext start(String username, String password) {
        return new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--storydesk.data-dir=" + data, "--storydesk.seeds-dir=seeds",
                        "--storydesk.analysis.enabled=false",
                        "--spring.datasource.url=" + operatorsDatabase.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres",
                        "--storydesk.accounts[0].username=" + username,
                        "--storydesk.accounts[0].password=" + password,
                        "--storydesk.accounts[0].role=EDITOR");
    }

    private static int count(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("SELECT count(*) FROM article_versions").query(Integer.class).single();
    }
}
