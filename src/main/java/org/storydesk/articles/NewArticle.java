package org.storydesk.articles;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An article an editor adds, or a seed file. The optional fields override what is read off
 * the page, for when the editor knows better.
 *
 * @param source    {@code upload}, or the seed file's name
 * @param html      whether the text is an HTML page (turned into text, never rendered)
 */
public record NewArticle(String source, byte[] content, boolean html, @Nullable String outlet,
                         @Nullable String headline, @Nullable String byline, @Nullable LocalDate published) {

    public static final String UPLOAD = "upload";

    public static NewArticle upload(byte[] content, boolean html) {
        return new NewArticle(UPLOAD, content, html, null, null, null, null);
    }

    public NewArticle withMetadata(@Nullable String outlet, @Nullable String headline, @Nullable String byline,
                                   @Nullable LocalDate published) {
        return new NewArticle(source, content, html, blankToNull(outlet), blankToNull(headline), blankToNull(byline), published);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
