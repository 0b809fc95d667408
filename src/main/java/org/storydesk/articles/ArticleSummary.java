package org.storydesk.articles;

import java.time.LocalDate;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.ArticleId;

/**
 * An article as lists show it: what the page said of it, without its text (a list of thousands
 * of articles should not carry thousands of texts).
 *
 * @param opening the first few hundred characters of the clean text, for a title where the page has no headline
 */
public record ArticleSummary(ArticleId id, String source, int version, @Nullable String outlet, @Nullable String headline,
                             @Nullable String byline, @Nullable LocalDate published, int words, String mediaType, String opening) {

    /** The headline, or the first words of the article where the page has none. */
    public String title() {
        return titleOf(headline, opening);
    }

    static String titleOf(@Nullable String headline, String body) {
        if (headline != null && !headline.isBlank()) {
            return headline;
        }
        String firstParagraph = body.split("\n", 2)[0];
        String[] words = firstParagraph.split("\\s+");
        if (words.length <= 12) {
            return firstParagraph;
        }
        return String.join(" ", Arrays.copyOf(words, 12)) + " …";
    }
}
