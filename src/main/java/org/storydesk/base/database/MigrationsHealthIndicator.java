package org.storydesk.base.database;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: the database's schema is at the newest migration this app ships. A node
 * that answered before its migrations ran (or after one failed) would serve requests its tables
 * cannot hold; the load balancer and docker compose wait for it instead.
 */
@Component
class MigrationsHealthIndicator extends AbstractHealthIndicator {

    private final JdbcClient jdbc;
    private final MigrationVersion newest;

    MigrationsHealthIndicator(JdbcClient jdbc, Flyway flyway) {
        super("The database's migrations could not be checked");
        this.jdbc = jdbc;
        this.newest = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean failed = jdbc.sql("SELECT EXISTS (SELECT 1 FROM flyway_schema_history WHERE NOT success)").query(Boolean.class).single();
        Optional<MigrationVersion> applied = jdbc.sql("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL")
                .query(String.class).list().stream().map(MigrationVersion::fromVersion).max(Comparator.naturalOrder());
        boolean current = applied.map(version -> version.compareTo(newest) >= 0).orElse(newest == MigrationVersion.EMPTY);
        (failed || !current ? builder.down() : builder.up()).withDetail("schema", applied.map(MigrationVersion::getVersion).orElse("none"))
                .withDetail("expected", newest.getVersion());
    }
}
