package org.storydesk.people;

import java.time.Instant;

/**
 * Two names the analysis took for one person that an editor says are two people: every merge of
 * the story keeps them apart.
 *
 * @param person    the person the name was taken for, as they were named then
 * @param name      the name that is someone else
 * @param apartFrom the person's name it must not be merged with
 */
public record PersonSplit(long id, String person, String name, String apartFrom, String author, Instant created) {
}
