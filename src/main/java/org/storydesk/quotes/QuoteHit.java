package org.storydesk.quotes;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.ArticleId;
import org.storydesk.base.Snippet;
import org.storydesk.base.StoryId;

/**
 * A quote a search found, in the story it is of: its words with the match marked, who said it,
 * and its first source, where the reader opens on it.
 *
 * @param start where the quote stands in its first article's body (-1: carried only in a headline)
 */
public record QuoteHit(StoryId story, QuoteId quote, String speaker, @Nullable LocalDate saidOn, Snippet snippet,
                       @Nullable ArticleId article, @Nullable String headline, int start, int end) {
}
