package org.storydesk.base.api;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryName;

/**
 * The story a request of the API is about: {@code story=<slug>}, or without it the desk's first
 * story, so that clients written before the desk had several stories keep working. A slug no
 * story has is a 404 that says so.
 */
@Component
public class StoryParameter {

    private final StoryDirectory stories;

    StoryParameter(StoryDirectory stories) {
        this.stories = stories;
    }

    /** The story a {@code story} parameter names, or the first story where it is absent. */
    public StoryName resolve(@Nullable String slug) {
        if (slug == null || slug.isBlank()) {
            return stories.first().orElseThrow(() -> new NotFound("The desk has no story yet: create one with POST /api/stories"));
        }
        return named(slug.strip());
    }

    /** A story by its id (an item names the story it is of). */
    public StoryName byId(StoryId id) {
        return stories.byId(id).orElseThrow(() -> new NotFound("There is no story " + id));
    }

    /** The story with this slug (a path's {@code {id}}), or a 404. */
    public StoryName named(String slug) {
        return stories.bySlug(slug).orElseThrow(() -> new NotFound("There is no story '" + RequestHygiene.printable(slug)
                + "': GET /api/stories lists the desk's stories"));
    }
}
