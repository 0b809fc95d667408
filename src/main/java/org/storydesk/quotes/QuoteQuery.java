package org.storydesk.quotes;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.StoryFilter;

/**
 * What the quote board asks for: the story filter, words to search for in the quote, and an order.
 *
 * @param search words the quote's text must contain (any case), or null
 * @param order  {@code date}, {@code speaker} or {@code reach} (most outlets first)
 * @param status only quotes with this status, or null for all
 */
public record QuoteQuery(StoryFilter filter, @Nullable String search, @Nullable String order, @Nullable QuoteStatus status) {

    public QuoteQuery(StoryFilter filter, @Nullable String search, @Nullable String order) {
        this(filter, search, order, null);
    }

    public static QuoteQuery of(StoryFilter filter) {
        return new QuoteQuery(filter, null, "date");
    }
}
