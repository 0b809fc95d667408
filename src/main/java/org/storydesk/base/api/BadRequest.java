package org.storydesk.base.api;

/** A request the API refuses, with a message that says what is wrong. Answered as HTTP 400. */
public class BadRequest extends RuntimeException {

    public BadRequest(String message) {
        super(message);
    }
}
