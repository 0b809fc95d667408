package org.storydesk.base;

import java.util.Locale;

/** What of a story an editor can note or correct: a passage of an article, a whole article, a quote, an event, a person, the story itself. */
public enum ItemType {
    PASSAGE, ARTICLE, QUOTE, EVENT, PERSON, STORY;

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
        throw new IllegalArgumentException("A note's target type is passage, article, quote, event, person or story (not '" + code + "')");
    }
}
