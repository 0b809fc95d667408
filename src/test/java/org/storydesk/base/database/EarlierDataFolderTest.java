package org.storydesk.base.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
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

/** A laptop that ran an earlier Story Desk: its data folder is closed with passwords on the next start, and keeps its story. */
@ExtendWith(SeparateApps.class)
class EarlierDataFolderTest {

    @TempDir
    Path data;

    @Test
    void aDataFolderThatTrustedEveryoneGetsPasswordsAndRolesAndKeepsItsStory() throws Exception {
        // As earlier versions left it: every local connection trusted, everything owned by postgres, no password at all.
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false).start()) {
            JdbcClient.create(earlier.getPostgresDatabase()).sql("CREATE DATABASE storydesk").update();
            Flyway.configure().dataSource(earlier.getDatabase("postgres", "storydesk")).locations("classpath:db/migration")
                    .target("4").placeholders(Map.of("appRole", "")).load().migrate();
            JdbcClient old = JdbcClient.create(earlier.getDatabase("postgres", "storydesk"));
            old.sql("""
                    INSERT INTO audit_log (editor, action, item_type, item_id, item_label)
                    VALUES ('editor', 'add note', 'note', '1', 'A note from before')""").update();
        }
        assertThat(Files.readString(data.resolve("postgres/pg_hba.conf"))).contains("trust");

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--storydesk.data-dir=" + data, "--storydesk.seeds-dir=seeds",
                        "--storydesk.analysis.enabled=false")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT item_label FROM audit_log").query(String.class).list()).contains("A note from before");
            assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(DatabaseCredentials.APP);
            assertThat(jdbc.sql("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'").query(String.class).list())
                    .containsExactly(DatabaseCredentials.OWNER);
            assertThatThrownBy(() -> jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER ALL").update()).rootCause().hasMessageContaining("must be owner");

            String url = EmbeddedDatabaseConfiguration.url(app.getBean(EmbeddedPostgres.class));
            assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=postgres").close()).isInstanceOf(SQLException.class);
            assertThat(Files.readString(data.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");
        }
    }
}
