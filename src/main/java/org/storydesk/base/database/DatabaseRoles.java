package org.storydesk.base.database;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who owns the schema and who works in it. The migrations run as the schema's owner and, after
 * every migration run, grant the app's role ({@code ${appRole}} in {@code afterMigrate__grants.sql})
 * rows to read and write, and on the audit log only to read and add. On an external database the
 * owner is {@code spring.flyway.user} and the app's role {@code spring.datasource.username}; with one
 * user for both, nothing is granted and the owner split is only what V10 can do.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseRoles {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);
    static final String APP_ROLE = "appRole";
    private static final Pattern ROLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    /** The migrations grant the app's role its rights; an empty role grants nothing. */
    static FluentConfiguration withAppRole(FluentConfiguration configuration, String role) {
        if (!role.isEmpty() && !ROLE_NAME.matcher(role).matches()) {
            throw new IllegalStateException("The app's database role '" + role + "' is not a plain PostgreSQL name "
                    + "(letters, digits and _): use such a role for the app");
        }
        Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
        placeholders.put(APP_ROLE, role.toLowerCase(java.util.Locale.ROOT));
        return configuration.placeholders(placeholders);
    }

    /** On an external database: the app's role is the datasource's user, when the migrations run as another. */
    @Bean
    @Conditional(ExternalDatabase.Configured.class)
    FlywayConfigurationCustomizer externalAppRole(Environment environment) {
        String owner = environment.getProperty("spring.flyway.user", "");
        String app = environment.getProperty("spring.datasource.username", "");
        String role = !owner.isBlank() && !app.isBlank() && !owner.equalsIgnoreCase(app) ? app : "";
        return configuration -> withAppRole(configuration, role);
    }

    /** Says so when the app works as a role that could rewrite the audit log: a superuser, or the log's owner. */
    @EventListener(ApplicationReadyEvent.class)
    void warnIfTheAppCanRewriteHistory(ApplicationReadyEvent ready) {
        JdbcClient jdbc = ready.getApplicationContext().getBean(JdbcClient.class);
        String role = jdbc.sql("SELECT current_user").query(String.class).single();
        boolean superuser = jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class).single();
        boolean owner = jdbc.sql("""
                        SELECT coalesce(bool_or(pg_has_role(current_user, tableowner, 'USAGE')), false)
                          FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'audit_log'""")
                .query(Boolean.class).single();
        if (superuser || owner) {
            log.warn("The app works in the database as '{}', {}: it could switch the audit log's trigger off and rewrite "
                    + "history. Run the migrations as an owner role (spring.flyway.user) and the app as a role of its own "
                    + "(spring.datasource.username); see the README.", role, superuser ? "a superuser" : "which owns the audit log");
        }
    }
}
