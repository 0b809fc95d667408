package org.storydesk.analysis.extraction;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

/** The rules that date a happening; every event keeps the name of the one that dated it. */
public enum DatingRule {

    /** A time expression SUTime resolved against the publication date: "Monday", "last month", "Jan. 6". */
    TIME_EXPRESSION,
    /** "The day before the vote": the date of the happening it is anchored to, a day or more off. */
    ANCHORED_TO_HAPPENING,
    /** In a story with a dateline, "at an earlier news conference": the dateline's day. */
    DATELINE_DAY;

    /** Reads a stored rule: its name, or the free text stored before rules had names ("date: Monday", "anchored: …"). */
    @JsonCreator
    public static @Nullable DatingRule fromJson(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        for (DatingRule rule : values()) {
            if (rule.name().equals(stored)) {
                return rule;
            }
        }
        String text = stored.toLowerCase(Locale.ROOT);
        if (text.startsWith("anchored")) {
            return ANCHORED_TO_HAPPENING;
        }
        if (text.startsWith("dateline day")) {
            return DATELINE_DAY;
        }
        return text.startsWith("date") || text.startsWith("week") || text.startsWith("month") ? TIME_EXPRESSION : null;
    }
}
