package org.storydesk.quotes;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An editor's verdict on a quote: its status, why (for disputed and corrected), who said so and
 * when. A quote no editor has checked has {@link #NONE}: unverified, version 0.
 */
public record Verdict(QuoteStatus status, @Nullable String note, @Nullable String author, @Nullable Instant updated, int version) {

    public static final Verdict NONE = new Verdict(QuoteStatus.UNVERIFIED, null, null, null, 0);
}
