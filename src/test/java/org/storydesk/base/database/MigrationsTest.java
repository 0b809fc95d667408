package org.storydesk.base.database;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MigrationsTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void flywayBuildsTheWholeSchemaFromAnEmptyDatabase() {
        // The test app starts on a PostgreSQL created empty for it, so every migration ran here.
        var applied = jdbc.sql("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank")
                .query((rs, row) -> rs.getString("version") + ":" + rs.getBoolean("success"))
                .list();
        assertThat(applied).isNotEmpty().allMatch(row -> row.endsWith(":true"));
        assertThat(applied.getFirst()).startsWith("1:");
        assertThat(jdbc.sql("SELECT count(*) FROM current_articles").query(Integer.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theDatabaseIsARealPostgreSql() {
        String version = jdbc.sql("SHOW server_version").query(String.class).single();
        assertThat(Integer.parseInt(version.split("\\.")[0])).isGreaterThanOrEqualTo(17);
    }
}
