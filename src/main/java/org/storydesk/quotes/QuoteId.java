package org.storydesk.quotes;

/** A quote of the story, however many outlets carry it. Stable across re-analysis of the same texts. */
public record QuoteId(String value) {

    @Override
    public String toString() {
        return value;
    }
}
