package org.storydesk.people;

import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryId;

/** An editor said a name taken for a person of a story is someone else: the story must be merged again. */
public record PeopleParted(StoryId story, PersonSlug person, String name) {
}
