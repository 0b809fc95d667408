package org.storydesk.notes;

import java.util.List;

/** A note as an export of the item it is on carries it: its words, tags, author and last change. */
public record NoteDigest(long id, String body, List<String> tags, String author, String updated) {

    public static NoteDigest of(Note note) {
        return new NoteDigest(note.id().value(), note.body(), note.tags(), note.author(), note.updated().toString());
    }

    /** "ed: Check with the outlet [check]", for a CSV cell. */
    public String line() {
        return author + ": " + body.replaceAll("\\s+", " ") + (tags.isEmpty() ? "" : " [" + String.join(", ", tags) + "]");
    }
}
