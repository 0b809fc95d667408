package org.storydesk.base;

/**
 * What became of an editor's write (a status, a correction): written, or caught because someone
 * else changed the same thing first, or refused for a reason, or aimed at something gone.
 *
 * @param <T> what the write is about, as it now stands
 */
public sealed interface Outcome<T> {

    /** Written; here is the item as it now stands. */
    record Saved<T>(T value) implements Outcome<T> {
    }

    /** Someone else changed it since this editor read it: nothing was written; here it is as they left it. */
    record Conflict<T>(T current) implements Outcome<T> {
    }

    /** Nothing was written, for this reason. */
    record Refused<T>(String reason) implements Outcome<T> {
    }

    /** What the write was about is not in the story (any more). */
    record Missing<T>(String what) implements Outcome<T> {
    }
}
