package org.storydesk.stories;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.storydesk.articles.SeedIngestion;
import org.storydesk.base.StoryDeskProperties;

/**
 * A new desk whose seeds folder holds articles gets its first story for them, named by
 * {@code storydesk.seed-story}, before the seeds are ingested onto it. A desk with a story already
 * (or one an earlier version kept, carried into its first story by the migrations) is left as it is.
 */
@Component
@Order(5)
class FirstStory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStory.class);

    private final Stories stories;
    private final StoryDeskProperties properties;

    FirstStory(Stories stories, StoryDeskProperties properties) {
        this.stories = stories;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (stories.first().isEmpty() && SeedIngestion.holdsArticles(properties.seedsDir())) {
            Story story = stories.createSeedStory(properties.seedStory().isBlank() ? "First story" : properties.seedStory());
            log.info("The seeds form the desk's first story, “{}” ({})", story.name(), story.slug());
        }
    }
}
