package org.storydesk.timeline;

/** A happening of the story, however many outlets report it. */
public record EventId(String value) {

    @Override
    public String toString() {
        return value;
    }
}
