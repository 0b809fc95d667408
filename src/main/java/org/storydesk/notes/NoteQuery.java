package org.storydesk.notes;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.ItemType;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryId;

/**
 * Which notes of a story to show: on items involving some people, written between two days, with a tag,
 * by an author, on one kind of item; empty or null means any.
 */
public record NoteQuery(StoryId story, Set<PersonSlug> people, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String tag,
                        @Nullable String author, @Nullable ItemType type) {

    public static NoteQuery everything(StoryId story) {
        return new NoteQuery(story, Set.of(), null, null, null, null, null);
    }
}
