package org.storydesk.history;

import org.jspecify.annotations.Nullable;

/**
 * Which entries of the audit log to show: by one editor, about one kind of item, one item, or
 * items whose label has some words; null means any.
 */
public record HistoryQuery(@Nullable String editor, @Nullable String itemType, @Nullable String itemId, @Nullable String search) {
}
