package org.storydesk.base;

/** A story of the desk, as the database numbers it. Links and the API name it by its slug instead. */
public record StoryId(long value) {

    public static StoryId of(long value) {
        return new StoryId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
