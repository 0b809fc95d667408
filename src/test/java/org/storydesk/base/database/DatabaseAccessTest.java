package org.storydesk.base.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

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

/**
 * The embedded database as an attacker on the same machine would find it: durable, closed to
 * anyone without a password, and worked in by a role that cannot rewrite the audit log.
 */
@ExtendWith(SeparateApps.class)
class DatabaseAccessTest {

    @TempDir
    static Path data;
    static ConfigurableApplicationContext app;
    static JdbcClient jdbc;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--storydesk.data-dir=" + data, "--storydesk.seeds-dir=seeds",
                        "--storydesk.analysis.enabled=false");
        jdbc = app.getBean(JdbcClient.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void whatEditorsAreToldIsSavedIsOnDiskBeforeTheyAreTold() {
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW full_page_writes").query(String.class).single()).isEqualTo("on");
    }

    @Test
    void theAppWorksAsARoleOfItsOwnThatIsNoSuperuser() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(DatabaseCredentials.APP);
        assertThat(jdbc.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_log'").query(String.class).single())
                .isNotEqualTo(DatabaseCredentials.APP);
        assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theAppsRoleCannotSwitchTheAuditLogsTriggerOffNorRewriteIt() {
        assertThatThrownBy(() -> jdbc.sql("SET session_replication_role = replica").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only").update()).rootCause().hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET editor = 'someone else'").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_log").update()).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DROP TABLE audit_log").update()).rootCause().hasMessageContaining("must be owner");
    }

    @Test
    void nobodyConnectsWithoutTheirRolesPassword() throws Exception {
        String url = EmbeddedDatabaseConfiguration.url(app.getBean(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class));
        for (String role : List.of(DatabaseCredentials.SUPERUSER, DatabaseCredentials.OWNER, DatabaseCredentials.APP)) {
            assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=" + role).close()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(url, role, "guessed").close()).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
        DatabaseCredentials credentials = app.getBean(DatabaseCredentials.class);
        try (Connection superuser = DriverManager.getConnection(url, DatabaseCredentials.SUPERUSER, credentials.superuser())) {
            assertThat(superuser.isValid(2)).isTrue();
        }
        List<String> rules = Files.readAllLines(data.resolve("postgres/pg_hba.conf")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule).endsWith("scram-sha-256"));
    }

    @Test
    void theGeneratedPasswordsAreKeptInTheDataFolderForItsOwnerAlone() throws Exception {
        Path file = data.resolve(DatabaseCredentials.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        DatabaseCredentials credentials = app.getBean(DatabaseCredentials.class);
        assertThat(Files.readString(file)).contains(credentials.app(), credentials.owner(), credentials.superuser());
        assertThat(List.of(credentials.app(), credentials.owner(), credentials.superuser())).doesNotHaveDuplicates()
                .allSatisfy(password -> assertThat(password).hasSizeGreaterThanOrEqualTo(40));
        assertThat(Files.exists(data.resolve(".initdb-password"))).isFalse();
    }
}
