package org.storydesk.base;

import java.util.Optional;
import java.util.Set;

/**
 * The items of one type in a story, as the editors' features need them: whether one exists and
 * how to name it, and which involve some people. The feature that owns the items provides it, so
 * notes and the History need not know quotes, events, people, articles or stories.
 */
public interface StoryItems {

    ItemType type();

    /** How to name the item to an editor (a quote's words, an event's summary, a name, a headline), if it is in the story. */
    Optional<String> label(StoryName story, String id);

    /** The ids of the story's items that involve any of these people. */
    Set<String> involving(StoryId story, Set<PersonSlug> people);

    /** Where an editor reads the item: a path of the desk, such as the reader at a quote's first source. */
    Optional<String> link(StoryName story, String id);

    /** For an article of the story: its current clean text, in which passages are found. */
    default Optional<String> text(StoryName story, String id) {
        return Optional.empty();
    }
}
