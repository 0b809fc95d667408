package org.storydesk.base;

import java.util.List;
import java.util.Map;

/**
 * Editors' work on the machine's items (notes, statuses, corrections), kept by the feature that
 * owns it. When a full merge of a story finds that an item became part of another (two quotes
 * that are one, a person parted in two), the work follows it there, within the story.
 */
public interface EditorsWork {

    /**
     * Moves the work on a story's items of one type from each old id to the id of the item it went
     * to, in the merge's transaction. Returns what moved (and what stayed, where the item it went to
     * had work of its own), for the History.
     */
    List<Followed> follow(StoryId story, ItemType type, Map<String, String> moves);

    /** Work that followed an item, or stayed behind: "2 notes", "status verified (the quote it joined has its own)". */
    record Followed(ItemType type, String from, String to, String what) {
    }
}
