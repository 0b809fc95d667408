package org.storydesk.people;

import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryId;

/**
 * The same person in another story of the desk: found by their slug or their name there (each
 * story names its people on its own), with how often that story quotes and mentions them.
 */
public record PersonElsewhere(StoryId story, PersonSlug slug, String name, int quotes, int mentions) {
}
