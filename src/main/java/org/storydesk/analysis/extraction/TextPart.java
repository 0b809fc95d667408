package org.storydesk.analysis.extraction;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where in an article a finding sits: its body, or its headline. Offsets are into that part's text. */
public enum TextPart {
    BODY("body"),
    HEADLINE("headline");

    private final String code;

    TextPart(String code) {
        this.code = code;
    }

    /** The value as stored and as the API writes it: {@code body} or {@code headline}. */
    @JsonValue
    public String code() {
        return code;
    }
}
