package org.storydesk.people;

import java.util.List;
import java.util.Map;

import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonSlug;

/**
 * A person as the analysis found them across the story, before any editor's correction.
 *
 * @param flaggedVariants spellings that are probably misspellings of the canonical name, for an editor to check
 * @param mentions        how often each article mentions them
 * @param places          where each article mentions them, for the reader to mark
 */
public record MachinePerson(PersonSlug slug, String name, List<String> roles, List<String> variants,
                            List<String> flaggedVariants, String gender, Map<ArticleId, Integer> mentions,
                            Map<ArticleId, List<Place>> places) {

    /** Where in an article's body a mention stands. */
    public record Place(int start, int end) {
    }
}
