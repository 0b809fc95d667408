package org.storydesk.stories;

import java.util.Locale;
import java.util.Optional;

/** Open stories are worked on; archived ones are read, and take no new article. */
public enum StoryState {
    OPEN, ARCHIVED;

    /** As the API and the database write it: {@code open}, {@code archived}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StoryState> of(String code) {
        for (StoryState state : values()) {
            if (state.code().equals(code)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
