package org.storydesk.articles;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.ArticleId;
import org.storydesk.base.Snippet;

/**
 * An article a search found: its headline and outlet, and the words around the match, in the
 * body or, where only the headline matches, in the headline ({@code part}).
 */
public record ArticleHit(ArticleId article, @Nullable String headline, @Nullable String outlet, @Nullable LocalDate published,
                         String part, Snippet snippet) {
}
