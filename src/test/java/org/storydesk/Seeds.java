package org.storydesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.storydesk.base.StoryId;
import org.storydesk.base.StoryName;

/** The five seed articles of the Paris summit story, by what they are, not by their file names. */
public enum Seeds {
    CANADIAN_PRESS_PARIS("000_455531893979b7fc.txt"),
    TROOPS_ONLY_POSSIBILITY("001_325f3678d385058f.txt"),
    INFONEWS_COALITION_STATEMENT("002_117853b2852656d5.txt"),
    GLOBAL_NEWS_CARNEY_IN_PARIS("003_a81a8d55469caa03.txt"),
    CARNEY_ARRIVES_IN_PARIS("004_31db9f444867727a.txt");

    public static final Path FOLDER = Path.of("seeds");

    /** The first story, which the seeds form on a new desk: the first story a fresh database holds. */
    public static final StoryId STORY = StoryId.of(1);
    public static final StoryName STORY_NAME = new StoryName(STORY, "paris-coalition-of-the-willing-summit",
            "Paris coalition of the willing summit", false);
    /** Its links: every view of the story is under this path. */
    public static final String PATH = "stories/" + STORY_NAME.slug();

    public final String file;

    Seeds(String file) {
        this.file = file;
    }

    public Path path() {
        return FOLDER.resolve(file);
    }

    public String text() {
        try {
            return Files.readString(path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
