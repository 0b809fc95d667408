package org.storydesk.notes;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.ItemType;
import org.storydesk.base.PersonSlug;

/**
 * Which notes to show: on items involving some people, written between two days, with a tag,
 * by an author, on one kind of item; empty or null means any.
 */
public record NoteQuery(Set<PersonSlug> people, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String tag,
                        @Nullable String author, @Nullable ItemType type) {

    public static final NoteQuery EVERYTHING = new NoteQuery(Set.of(), null, null, null, null, null);
}
