package org.storydesk.base.database;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.Application;
import org.storydesk.support.SeparateApps;

import static org.assertj.core.api.Assertions.assertThat;

/** The app on its own data folder, stopped and started again as an editor's laptop would. */
@ExtendWith(SeparateApps.class)
class RestartTest {

    @TempDir
    Path data;

    @Test
    void aRestartKeepsTheStoryAndIngestsNothingTwice() {
        int first;
        try (ConfigurableApplicationContext app = start()) {
            first = versions(app);
            app.getBean(JdbcClient.class).sql("""
                    INSERT INTO person_splits (story_id, person, name, apart_from, author) VALUES (1, 'restart-marker', 'A', 'B', 'test')""").update();
        }
        try (ConfigurableApplicationContext app = start()) {
            assertThat(versions(app)).isEqualTo(first).isGreaterThanOrEqualTo(5);
            assertThat(app.getBean(JdbcClient.class).sql("SELECT count(*) FROM person_splits WHERE person = 'restart-marker'")
                    .query(Integer.class).single()).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--storydesk.data-dir=" + data, "--storydesk.seeds-dir=seeds",
                        "--storydesk.analysis.enabled=false");
    }

    private static int versions(ConfigurableApplicationContext app) {
        return app.getBean(JdbcClient.class).sql("SELECT count(*) FROM article_versions").query(Integer.class).single();
    }
}
