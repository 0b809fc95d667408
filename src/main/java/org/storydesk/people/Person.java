package org.storydesk.people;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.PersonSlug;

/**
 * A person of the story as editors see them.
 *
 * @param variants        every other way the coverage writes their name (with a title where it is part of it)
 * @param flaggedVariants variants that are probably misspellings, for an editor to check
 * @param mentions        how often the coverage mentions them
 * @param articles        in how many articles
 * @param quotes          how many quotes are theirs
 * @param correction      where an editor corrected how the name is written: the machine's spelling
 */
public record Person(PersonSlug slug, String name, List<String> roles, List<String> variants, List<String> flaggedVariants,
                     @Nullable String gender, int mentions, int articles, int quotes, @Nullable NameCorrection correction) {
}
