package org.storydesk.quotes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an editor's check of a quote stands. */
public enum QuoteStatus {
    UNVERIFIED, VERIFIED, DISPUTED, CORRECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Disputed and corrected quotes say why. */
    public boolean needsNote() {
        return this == DISPUTED || this == CORRECTED;
    }

    public static Optional<QuoteStatus> of(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(QuoteStatus::code).toList());
    }
}
