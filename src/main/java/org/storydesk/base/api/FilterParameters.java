package org.storydesk.base.api;

import java.util.List;
import java.util.Map;

import org.storydesk.base.StoryFilter;

/** The filter every list of the API takes: {@code person} (repeatable), {@code from}, {@code to}. */
public final class FilterParameters {

    private FilterParameters() {
    }

    public static StoryFilter read(List<String> person, String from, String to) {
        try {
            return StoryFilter.fromQuery(Map.of(
                    "person", person == null ? List.of() : person,
                    "from", from == null ? List.of() : List.of(from),
                    "to", to == null ? List.of() : List.of(to)));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }
}
