package org.storydesk.search;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.ArticleId;
import org.storydesk.base.Snippet;
import org.storydesk.base.StoryName;

/**
 * One thing a search found: an article or a quote.
 *
 * @param story   the story a quote is of, or the story an article is read in (the one searched, else the first it is on;
 *                null for an article on no story)
 * @param stories the stories an article is on (a quote: its story)
 * @param part    where the match is: an article's {@code body} or {@code headline}; a quote's {@code quote}
 */
public record Hit(Kind kind, @Nullable StoryName story, List<StoryName> stories, @Nullable ArticleId article, @Nullable String quote,
                  @Nullable String headline, @Nullable String outlet, @Nullable String speaker, @Nullable LocalDate date, String part,
                  Snippet snippet, int start, int end) {

    public enum Kind {
        ARTICLE, QUOTE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Where the hit opens the reader: at the matching words of the article (or at the quote's first source), marked. */
    public @Nullable String link() {
        if (article == null) {
            return null;
        }
        String reader = story == null ? "articles/" + article.value() : story.path("articles/" + article.value());
        return start >= 0 && (kind == Kind.QUOTE || part.equals("body")) ? reader + "?at=" + start + "-" + end : reader;
    }
}
