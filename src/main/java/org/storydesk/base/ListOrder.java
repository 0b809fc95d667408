package org.storydesk.base;

import org.jspecify.annotations.Nullable;

/**
 * How a list is sorted: by one of its columns, either way, as an editor clicked a column header.
 * Each list says which columns it knows; an unknown or missing one sorts the list its usual way.
 */
public record ListOrder(@Nullable String column, boolean descending) {

    public static final ListOrder USUAL = new ListOrder(null, false);

    public String direction() {
        return descending ? " DESC" : " ASC";
    }

    /** Where rows without a value go: last, whichever way the list is sorted. */
    public String nulls() {
        return " NULLS LAST";
    }
}
