package org.storydesk.notes;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.ItemType;
import org.storydesk.base.StoryId;

/**
 * An editor's note.
 *
 * @param story       the story the note was written in
 * @param targetId    the quote, event or person (its slug) noted, the article (of a passage), or the story's slug
 * @param targetLabel how the item read when the note was written, so a detached note still says what it was about
 * @param selector    for a passage, the words noted
 * @param anchor      where the note stands in today's story
 * @param version     raised by every change, so that a change made on a stale copy is caught
 */
public record Note(NoteId id, StoryId story, ItemType type, String targetId, String targetLabel, @Nullable TextSelector selector, String body,
                   List<String> tags, String author, Instant created, Instant updated, int version, Anchor anchor) {

    Note withAnchor(Anchor now) {
        return new Note(id, story, type, targetId, targetLabel, selector, body, tags, author, created, updated, version, now);
    }

    /** What the note is about, in words: the passage's words, or the item's label. */
    public String about() {
        return selector != null ? selector.exact() : targetLabel;
    }
}
