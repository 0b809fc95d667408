package org.storydesk.base;

import java.util.Locale;

/** What of the story an editor can note or correct: a passage of an article, a quote, an event, a person. */
public enum ItemType {
    PASSAGE, QUOTE, EVENT, PERSON;

    /** As the API and the database write it: {@code quote}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws IllegalArgumentException with a message for the editor or integrator, for a type that is not one of these
     */
    public static ItemType of(String code) {
        for (ItemType type : values()) {
            if (type.code().equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("A note's target type is passage, quote, event or person (not '" + code + "')");
    }
}
