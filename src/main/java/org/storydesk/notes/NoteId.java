package org.storydesk.notes;

/** A note, by the number the database gave it. */
public record NoteId(long value) {

    public static NoteId of(long value) {
        return new NoteId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
