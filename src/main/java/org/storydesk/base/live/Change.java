package org.storydesk.base.live;

/**
 * Something in the story changed: an editor's note, status or correction, or a new merge of
 * the analysis. Views showing it refresh.
 *
 * @param kind what changed: {@code note}, {@code status}, {@code correction}, {@code story}
 * @param item the item it concerns, such as {@code quote:q-1a2b}; empty for the whole story
 */
public record Change(String kind, String item) {

    String payload() {
        return kind + " " + item;
    }

    static Change of(String payload) {
        int space = payload.indexOf(' ');
        return space < 0 ? new Change(payload, "") : new Change(payload.substring(0, space), payload.substring(space + 1));
    }
}
