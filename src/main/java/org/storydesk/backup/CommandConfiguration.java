package org.storydesk.backup;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.storydesk.base.StoryDeskProperties;
import org.storydesk.base.database.DatabaseConfiguration;

/**
 * The app as a backup or restore command needs it: the database (embedded or configured, its
 * schema migrated) and nothing else. No web server, no analysis, no seeds: a restore finds its
 * database as empty as it was.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoryDeskProperties.class)
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        FlywayAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class})
@Import({DatabaseConfiguration.class, DeskBackup.class})
class CommandConfiguration {
}
