package org.storydesk.search;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.StoryName;

/**
 * What a search found: the quotes and the articles that hold the words, each list a page, and how
 * many there are in all (counted up to {@link Search#COUNTED}: past that, "more than").
 *
 * @param story the story searched; null for the whole desk
 */
public record Results(String words, @Nullable StoryName story, List<Hit> quotes, int quoteCount, List<Hit> articles, int articleCount) {

    public boolean isEmpty() {
        return quoteCount == 0 && articleCount == 0;
    }
}
