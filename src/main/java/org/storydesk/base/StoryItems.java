package org.storydesk.base;

import java.util.Optional;
import java.util.Set;

/**
 * The items of one type, as the editors' features need them: whether one exists and how to
 * name it, and which involve some people. The feature that owns the items provides it, so notes
 * and the audit trail need not know quotes, events, people or articles.
 */
public interface StoryItems {

    ItemType type();

    /** How to name the item to an editor (a quote's words, an event's summary, a name, a headline), if it exists. */
    Optional<String> label(String id);

    /** The ids of the items that involve any of these people. */
    Set<String> involving(Set<PersonSlug> people);

    /** Where an editor reads the item: a path of the desk, such as the reader at a quote's first source. */
    Optional<String> link(String id);

    /** For an article: its current clean text, in which passages are found. */
    default Optional<String> text(String id) {
        return Optional.empty();
    }
}
