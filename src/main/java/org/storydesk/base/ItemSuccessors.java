package org.storydesk.base;

import java.util.Optional;

/**
 * Where an item of a story went when the story was merged again as a whole and it became part of
 * another (two quotes that were one, a person parted in two): old links to it lead there.
 */
public interface ItemSuccessors {

    /** Nowhere: no item has gone anywhere. */
    ItemSuccessors NONE = (story, type, id) -> Optional.empty();

    /** The id of the item of the story that now holds what this one held, if it went somewhere. */
    Optional<String> successorOf(StoryId story, ItemType type, String id);
}
