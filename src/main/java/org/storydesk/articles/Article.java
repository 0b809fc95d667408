package org.storydesk.articles;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.ArticleId;

/**
 * An article as readers see it: its newest version. What the page did not say (outlet,
 * headline, byline, date) is null rather than guessed.
 *
 * @param source    the seed file it came from, or {@code upload}
 * @param versionId the stored version this is (each distinct text of an article is a version)
 * @param body   the article without page furniture, paragraphs separated by blank lines
 * @param raw    the text exactly as it was given
 */
public record Article(ArticleId id, String source, int version, long versionId, @Nullable String outlet, @Nullable String headline,
                      @Nullable String byline, @Nullable LocalDate published, int words, String mediaType,
                      String body, String raw, Instant ingestedAt) {

    /** The headline, or the first words of the article where the page has none. */
    public String title() {
        return ArticleSummary.titleOf(headline, body);
    }

    public boolean hasHeadline() {
        return headline != null && !headline.isBlank();
    }
}
