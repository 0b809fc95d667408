package org.storydesk.base.api;

/**
 * Someone else changed what a request meant to change since its sender read it: answered with
 * 409 and the item as it now stands, for the sender to look at before trying again.
 */
public class Conflict extends RuntimeException {

    private final transient Object current;

    public Conflict(String message, Object current) {
        super(message);
        this.current = current;
    }

    public Object current() {
        return current;
    }
}
