package org.storydesk.base.database;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The database as any context of the app needs it, the dashboard or a command (backup, restore):
 * the embedded PostgreSQL when none is configured, and the roles the migrations grant.
 */
@Configuration(proxyBeanMethods = false)
@Import({EmbeddedDatabaseConfiguration.class, DatabaseRoles.class, MigrationPlaceholders.class})
public class DatabaseConfiguration {
}
