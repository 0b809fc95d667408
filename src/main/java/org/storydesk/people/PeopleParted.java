package org.storydesk.people;

import org.storydesk.base.PersonSlug;

/** An editor said a name taken for a person is someone else: the story must be merged again. */
public record PeopleParted(PersonSlug person, String name) {
}
