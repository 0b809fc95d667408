package org.storydesk.history;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.StoryId;

/**
 * Which entries of a story's History to show (with the desk's own, such as API tokens, which
 * belong to no story): by one editor, about one kind of item, one item, or items whose label has
 * some words; null means any.
 */
public record HistoryQuery(StoryId story, @Nullable String editor, @Nullable String itemType, @Nullable String itemId,
                           @Nullable String search) {
}
