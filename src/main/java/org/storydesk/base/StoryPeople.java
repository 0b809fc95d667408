package org.storydesk.base;

import java.util.List;
import java.util.Optional;

/**
 * A story's people as the shell needs them for its person filter. The people feature
 * provides it; the shell knows no feature.
 */
public interface StoryPeople {

    /** Everyone in a story, most quoted first, with how often they are quoted and mentioned. */
    List<PersonOption> options(StoryId story);

    default Optional<PersonOption> find(StoryId story, PersonSlug slug) {
        return options(story).stream().filter(option -> option.slug().equals(slug)).findFirst();
    }

    /** A person as the filter offers them. */
    record PersonOption(PersonSlug slug, String name, int quotes, int mentions) {

        /** "11 quotes", or for someone never quoted, "4 mentions". */
        public String count() {
            return quotes > 0 ? quotes + (quotes == 1 ? " quote" : " quotes") : mentions + (mentions == 1 ? " mention" : " mentions");
        }
    }
}
