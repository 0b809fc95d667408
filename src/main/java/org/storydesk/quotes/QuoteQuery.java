package org.storydesk.quotes;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryId;

/**
 * What the quote board asks for: a story, the filter, words to search for in the quote, and an order.
 *
 * @param search words the quote's text must contain (any case), or null
 * @param order  {@code date}, {@code speaker} or {@code reach} (most outlets first)
 * @param status only quotes with this status, or null for all
 */
public record QuoteQuery(StoryId story, StoryFilter filter, @Nullable String search, @Nullable String order, @Nullable QuoteStatus status) {

    public QuoteQuery(StoryId story, StoryFilter filter, @Nullable String search, @Nullable String order) {
        this(story, filter, search, order, null);
    }

    public static QuoteQuery of(StoryId story, StoryFilter filter) {
        return new QuoteQuery(story, filter, null, "date");
    }
}
