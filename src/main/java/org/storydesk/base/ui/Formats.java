package org.storydesk.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

/** How the desk writes dates and counts, the same way in every view. */
public final class Formats {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Formats() {
    }

    /** "6 Jan 2026", or a dash where the date is unknown. */
    public static String date(LocalDate date) {
        return date == null ? "—" : SHORT.format(date);
    }

    /** "Tuesday 6 January 2026": a day heading. */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "December 2025": a month heading. */
    public static String month(LocalDate firstOfMonth) {
        return MONTH.format(firstOfMonth);
    }

    /** "6 Jan 2026, 14:05", where the desk is. */
    public static String moment(Instant instant) {
        return MOMENT.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** A confidence of 0–1 as editors read it: "0.64". */
    public static String confidence(double confidence) {
        return String.format(java.util.Locale.ROOT, "%.2f", confidence);
    }

    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Where a sentence comes from: its outlet, or, where the page names none, the start of its article's title. */
    public static String source(String outlet, String articleTitle) {
        if (outlet != null) {
            return outlet;
        }
        String[] words = articleTitle.strip().split("\\s+");
        return "“" + (words.length <= 6 ? String.join(" ", words) : String.join(" ", Arrays.copyOf(words, 6)) + " …") + "”";
    }
}
