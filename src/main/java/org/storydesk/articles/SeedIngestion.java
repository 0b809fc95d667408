package org.storydesk.articles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.storydesk.base.StoryDeskProperties;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryName;

/**
 * On every start, each file in the seeds folder is ingested once, onto the desk's first story (the
 * seed story, which the stories feature creates for them on a new desk): a restart adds nothing,
 * a changed file adds a version of the same article, a removed file removes nothing.
 */
@Component
@Order(10)
public class SeedIngestion implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedIngestion.class);

    private final Articles articles;
    private final StoryDeskProperties properties;
    private final StoryDirectory stories;

    SeedIngestion(Articles articles, StoryDeskProperties properties, StoryDirectory stories) {
        this.articles = articles;
        this.properties = properties;
        this.stories = stories;
    }

    @Override
    public void run(ApplicationArguments args) {
        ingest(properties.seedsDir());
    }

    /** Whether a folder holds any article file: a new desk with seeds gets a story for them. */
    public static boolean holdsArticles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile).anyMatch(SeedIngestion::isArticleFile);
        } catch (IOException e) {
            return false;
        }
    }

    /** Ingests every .txt, .html and .htm file of the folder; returns how many were new. */
    public int ingest(Path folder) {
        if (!Files.isDirectory(folder)) {
            log.info("No seeds folder at {}: nothing to ingest", folder.toAbsolutePath());
            return 0;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile).filter(SeedIngestion::isArticleFile).sorted().toList();
        } catch (IOException e) {
            log.error("Could not list the seeds folder {}", folder.toAbsolutePath(), e);
            return 0;
        }
        Optional<StoryName> story = stories.first();
        if (story.isEmpty()) {
            log.info("The desk has no story for its {} seed files: nothing is ingested", files.size());
            return 0;
        }
        int added = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                boolean html = name.toLowerCase(Locale.ROOT).matches(".*\\.html?$");
                NewArticle seed = new NewArticle(name, Files.readAllBytes(file), html, null, null, null, null);
                switch (articles.store(seed, story.get().id())) {
                    case AddOutcome.Added stored -> added++;
                    case AddOutcome.AlreadyStored already -> log.debug("Seed {} is already stored", name);
                    case AddOutcome.Rejected rejected -> log.warn("Seed {} was not ingested: {}", name, rejected.reason());
                }
            } catch (IOException e) {
                log.warn("Seed {} could not be read: {}", name, e.getMessage());
            }
        }
        log.info("Seeds: {} files in {}, {} new", files.size(), folder.toAbsolutePath(), added);
        return added;
    }

    private static boolean isArticleFile(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(txt|html?)$");
    }
}
