package org.storydesk.analysis.extraction;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A full quote is a sentence or clause someone said, standing on its own; a partial quote is a
 * fragment woven into the reporter's sentence ("called the plan “a fair deal”").
 */
public enum QuoteKind {
    FULL("full"),
    PARTIAL("partial");

    private final String code;

    QuoteKind(String code) {
        this.code = code;
    }

    /** The value as stored and as the API writes it: {@code full} or {@code partial}. */
    @JsonValue
    public String code() {
        return code;
    }
}
