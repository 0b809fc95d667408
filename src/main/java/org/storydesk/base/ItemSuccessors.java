package org.storydesk.base;

import java.util.Optional;

/**
 * Where an item went when the story was merged again as a whole and it became part of another
 * (two quotes that were one, a person parted in two): old links to it lead there.
 */
public interface ItemSuccessors {

    /** Nowhere: no item has gone anywhere. */
    ItemSuccessors NONE = (type, id) -> Optional.empty();

    /** The id of the item that now holds what this one held, if it went somewhere. */
    Optional<String> successorOf(ItemType type, String id);
}
