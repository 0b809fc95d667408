package org.storydesk.base;

/** A person as a panel shows them beside something else: their slug and canonical name. */
public record PersonName(PersonSlug slug, String name) {
}
