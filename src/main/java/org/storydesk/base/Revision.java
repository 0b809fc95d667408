package org.storydesk.base;

import org.jspecify.annotations.Nullable;

/**
 * An item of the machine's as it stood and as it stands after a merge: what a repository
 * compares to write only the rows that changed.
 *
 * @param before the item as it was written last, or null where it is new
 */
public record Revision<T>(@Nullable T before, T after) {
}
