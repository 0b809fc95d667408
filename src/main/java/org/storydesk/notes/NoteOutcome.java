package org.storydesk.notes;

/** What became of an editor's write of a note. */
public sealed interface NoteOutcome {

    /** Written; here is the note as it now stands. */
    record Saved(Note note) implements NoteOutcome {
    }

    /** Deleted. */
    record Deleted(NoteId id) implements NoteOutcome {
    }

    /** Someone else changed the note since this editor read it: nothing was written; here is their version. */
    record Conflict(Note current) implements NoteOutcome {
    }

    /** Nothing was written, for this reason (an empty note, one too long, a target that does not exist). */
    record Refused(String reason) implements NoteOutcome {
    }

    /** The note is gone: someone deleted it. */
    record Missing(NoteId id) implements NoteOutcome {
    }
}
