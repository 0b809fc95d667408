package org.storydesk.base;

/** An article of the story, whatever versions of its text have been ingested. */
public record ArticleId(long value) {

    public static ArticleId of(long value) {
        return new ArticleId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
