package org.storydesk.stories;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A story at a glance, as the desk home and the API list it: how many articles, quotes, people and
 * events it holds, and when anything last happened on it (an article added, a merge, a change).
 */
public record StoryFigures(Story story, int articles, int quotes, int people, int events, @Nullable Instant lastArticle,
                           @Nullable Instant merged) {

    /** When the story last changed: edited, given an article, or merged. */
    public Instant updated() {
        Instant latest = story.updated();
        if (lastArticle != null && lastArticle.isAfter(latest)) {
            latest = lastArticle;
        }
        if (merged != null && merged.isAfter(latest)) {
            latest = merged;
        }
        return latest;
    }
}
