package org.storydesk.stories;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.storydesk.base.ItemType;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryItems;
import org.storydesk.base.StoryName;

/** A story as a note on the whole of it names it ("legal has read this"): by its slug, named by its name. */
@Component
class StoryItself implements StoryItems {

    @Override
    public ItemType type() {
        return ItemType.STORY;
    }

    @Override
    public Optional<String> label(StoryName story, String id) {
        return story.slug().equals(id) ? Optional.of(story.name()) : Optional.empty();
    }

    @Override
    public Optional<String> link(StoryName story, String id) {
        return story.slug().equals(id) ? Optional.of(story.path("")) : Optional.empty();
    }

    /** A note on the whole story is on everyone in it: it shows whoever the filter names. */
    @Override
    public Set<String> involving(StoryId story, Set<PersonSlug> people) {
        return Set.of();
    }
}
