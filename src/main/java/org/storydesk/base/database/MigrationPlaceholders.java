package org.storydesk.base.database;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.storydesk.base.Slugs;

/**
 * What the migrations are told of the desk's settings: the name of the first story
 * ({@code storydesk.seed-story}), into which a migration carries what a desk held before stories.
 */
@Configuration(proxyBeanMethods = false)
class MigrationPlaceholders {

    static final String DEFAULT_SEED_STORY = "Paris coalition of the willing summit";

    @Bean
    FlywayConfigurationCustomizer seedStoryName(Environment environment) {
        String name = environment.getProperty("storydesk.seed-story", DEFAULT_SEED_STORY).strip();
        String named = name.isEmpty() ? DEFAULT_SEED_STORY : name;
        return configuration -> {
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            // Written into SQL as a string: a quote in the name is doubled, as SQL writes it.
            placeholders.put("seedStory", named.replace("'", "''"));
            placeholders.put("seedStorySlug", Slugs.of(named));
            configuration.placeholders(placeholders);
        };
    }
}
