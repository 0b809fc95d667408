package org.storydesk.quotes;

import org.storydesk.base.StoryFilter;

/**
 * What the quote board asks for: the story filter, words to search for in the quote, and an order.
 *
 * @param search words the quote's text must contain (any case), or null
 * @param order  {@code date}, {@code speaker} or {@code reach} (most outlets first)
 */
public record QuoteQuery(StoryFilter filter, String search, String order) {

    public static QuoteQuery of(StoryFilter filter) {
        return new QuoteQuery(filter, null, "date");
    }
}
