package org.storydesk.articles;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Which publication dates an article can have: none before 1800 (no newsroom's archive goes
 * back further) and none more than a year ahead. Anything else is a typo or a machine's
 * placeholder ({@code +99999-01-01}, {@code infinity}) that would put the story's events in
 * year 1 or beyond any timeline.
 */
public final class PlausibleDates {

    public static final LocalDate EARLIEST = LocalDate.of(1800, 1, 1);

    private PlausibleDates() {
    }

    public static LocalDate latest() {
        return LocalDate.now().plusYears(1);
    }

    public static boolean plausible(@Nullable LocalDate date) {
        return date == null || !date.isBefore(EARLIEST) && !date.isAfter(latest());
    }

    /** Why a date is refused, in the words of the field it was given in. */
    public static String refusal(String field, LocalDate date) {
        return field + " must be between " + EARLIEST + " and " + latest() + " (not " + date + ")";
    }
}
