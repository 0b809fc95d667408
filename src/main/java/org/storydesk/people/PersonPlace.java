package org.storydesk.people;

import org.storydesk.base.PersonSlug;

/** A mention of a person at a place in an article's body. */
public record PersonPlace(PersonSlug slug, String name, int start, int end) {
}
