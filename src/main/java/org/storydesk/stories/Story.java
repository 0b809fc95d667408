package org.storydesk.stories;

import java.time.Instant;

import org.storydesk.base.StoryId;
import org.storydesk.base.StoryName;

/**
 * A story of the desk.
 *
 * @param slug    its id in links and the API, made from its first name and kept when it is renamed
 * @param version raised by every change, so that a change made on a stale copy is caught
 */
public record Story(StoryId id, String slug, String name, String description, StoryState state, Instant created, String createdBy,
                    Instant updated, int version) {

    public boolean archived() {
        return state == StoryState.ARCHIVED;
    }

    public StoryName named() {
        return new StoryName(id, slug, name, archived());
    }
}
