package org.storydesk.base.api;

/** Something the request names does not exist. Answered as HTTP 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
