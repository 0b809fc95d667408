package org.storydesk.base;

/** A person of the story, named by a slug of their canonical name: {@code jane-doe}. */
public record PersonSlug(String value) {

    public static PersonSlug of(String value) {
        return new PersonSlug(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
