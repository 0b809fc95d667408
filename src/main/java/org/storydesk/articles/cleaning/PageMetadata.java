package org.storydesk.articles.cleaning;

import java.time.LocalDate;
import java.util.Optional;

/** What the page says about the article. Anything the page does not say stays empty. */
public record PageMetadata(Optional<String> outlet, Optional<String> headline, Optional<String> byline,
                           Optional<LocalDate> published) {

    public static final PageMetadata NONE = new PageMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** This metadata where it says something, the other where it does not. */
    public PageMetadata orElse(PageMetadata other) {
        return new PageMetadata(outlet.or(other::outlet), headline.or(other::headline),
                byline.or(other::byline), published.or(other::published));
    }
}
