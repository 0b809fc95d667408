package org.storydesk.quotes;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryId;

/**
 * What the quote board asks for: a story, the filter, words to search for in the quote, an order,
 * and which quotes.
 *
 * @param search        words the quote's text must contain (any case), or null
 * @param order         {@code date}, {@code speaker}, {@code reach} (most outlets first) or {@code certainty} (least certain speaker first)
 * @param status        only quotes with this status, or null for all
 * @param needsReview   only the quotes whose speaker an editor should check first: unverified, uncorrected, and less certain
 *                      than {@link Quote#REVIEW_BELOW}
 * @param withFragments whether a partial quote that is a fragment of a full one is listed on its own, or only under it
 */
public record QuoteQuery(StoryId story, StoryFilter filter, @Nullable String search, @Nullable String order, @Nullable QuoteStatus status,
                         boolean needsReview, boolean withFragments) {

    public QuoteQuery(StoryId story, StoryFilter filter, @Nullable String search, @Nullable String order) {
        this(story, filter, search, order, null);
    }

    public QuoteQuery(StoryId story, StoryFilter filter, @Nullable String search, @Nullable String order, @Nullable QuoteStatus status) {
        this(story, filter, search, order, status, false, true);
    }

    public static QuoteQuery of(StoryId story, StoryFilter filter) {
        return new QuoteQuery(story, filter, null, "date");
    }

    /** The board's view: fragments under the full quotes they are part of. */
    public QuoteQuery fragmentsUnderTheirQuotes() {
        return new QuoteQuery(story, filter, search, order, status, needsReview, false);
    }
}
