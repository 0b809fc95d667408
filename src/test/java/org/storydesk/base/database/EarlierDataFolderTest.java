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

/**
 * A laptop that ran an earlier Story Desk: its data folder is closed with passwords on the next start,
 * keeps its story, and what it held becomes the desk's first story.
 */
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

    @Test
    void aDeskFromBeforeStoriesIsCarriedWholeIntoItsFirstStory() throws Exception {
        // A desk as issue 10 left it: one story, in tables with no story in them.
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(data.resolve("postgres"))
                .setCleanDataDirectory(false).start()) {
            JdbcClient.create(earlier.getPostgresDatabase()).sql("CREATE DATABASE storydesk").update();
            Flyway.configure().dataSource(earlier.getDatabase("postgres", "storydesk")).locations("classpath:db/migration")
                    .target("11").placeholders(Map.of("appRole", "")).load().migrate();
            JdbcClient old = JdbcClient.create(earlier.getDatabase("postgres", "storydesk"));
            old.sql("INSERT INTO articles (source) VALUES ('upload')").update();
            old.sql("""
                    INSERT INTO article_versions (article_id, version, content_hash, media_type, raw, body, headline, words)
                    VALUES (1, 1, 'h', 'text/plain', 'Talks went on.', 'Talks went on.', 'Talks', 3)""").update();
            old.sql("UPDATE articles SET current_version_id = 1").update();
            old.sql("INSERT INTO people (slug, name, roles, variants, flagged_variants) VALUES ('ana-ruiz', 'Ana Ruiz', '{}', '{}', '{}')").update();
            old.sql("INSERT INTO quotes (id, text, kind, speaker) VALUES ('q-1', '\"We go on\"', 'full', 'ana-ruiz')").update();
            old.sql("INSERT INTO quote_statuses (quote_id, quote_text, status, author) VALUES ('q-1', 'We go on', 'verified', 'editor')").update();
            old.sql("""
                    INSERT INTO notes (target_type, target_id, target_label, body, author)
                    VALUES ('quote', 'q-1', 'We go on', 'Checked with her office.', 'editor')""").update();
            old.sql("""
                    INSERT INTO audit_log (editor, action, item_type, item_id, item_label)
                    VALUES ('editor', 'set status', 'quote', 'q-1', 'We go on')""").update();
        }

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--storydesk.data-dir=" + data, "--storydesk.seeds-dir=" + data.resolve("no-seeds"),
                        "--storydesk.analysis.enabled=false", "--storydesk.seed-story=Brexit talks: the last round")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT id || ' ' || slug || ' ' || name FROM stories").query(String.class).list())
                    .containsExactly("1 brexit-talks-the-last-round Brexit talks: the last round");
            assertThat(jdbc.sql("SELECT story_id || ':' || article_id FROM story_articles").query(String.class).list()).containsExactly("1:1");
            assertThat(jdbc.sql("SELECT story_id FROM quotes WHERE id = 'q-1'").query(Long.class).single()).isEqualTo(1L);
            assertThat(jdbc.sql("SELECT story_id FROM quote_statuses WHERE quote_id = 'q-1'").query(Long.class).single()).isEqualTo(1L);
            assertThat(jdbc.sql("SELECT story_id FROM notes").query(Long.class).single()).isEqualTo(1L);
            assertThat(jdbc.sql("SELECT story_id FROM audit_log WHERE action = 'set status'").query(Long.class).single()).isEqualTo(1L);
            assertThat(jdbc.sql("SELECT story_id FROM people WHERE slug = 'ana-ruiz'").query(Long.class).single()).isEqualTo(1L);
            // The app reads it through its own code as the first story.
            assertThat(app.getBean(org.storydesk.base.StoryDirectory.class).first().orElseThrow().slug()).isEqualTo("brexit-talks-the-last-round");
        }
    }
}
