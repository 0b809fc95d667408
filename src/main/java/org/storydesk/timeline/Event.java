package org.storydesk.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonName;

/**
 * A happening of the story as editors see it, with every sentence that reports it.
 *
 * @param precision {@code day}, {@code week} or {@code month}
 * @param timeOfDay   morning, afternoon, evening or night, where the text says so
 * @param startsGroup whether it is the first event of its day (or week, or month) in the list it came in
 * @param correction  where an editor corrected its date or summary: what the machine had found
 */
public record Event(EventId id, LocalDate from, LocalDate to, String precision, @Nullable String timeOfDay, String summary,
                    List<PersonName> people, List<Source> sources, boolean startsGroup, @Nullable EventCorrection correction) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** A sentence of an article that reports the happening. */
    public record Source(ArticleId article, String source, String outlet, int start, int end, String sentence, String articleTitle) {
    }

    /** The date as the API writes it: YYYY-MM-DD, or YYYY-MM where only the month is known (a week by its Monday). */
    public String date() {
        return date(precision, from);
    }

    static String date(String precision, LocalDate from) {
        return precision.equals("month") ? from.toString().substring(0, 7) : from.toString();
    }

    /** The heading it stands under: "Tuesday 6 January 2026", "Week of 29 December 2025", "December 2025". */
    public String heading() {
        return switch (precision) {
            case "month" -> MONTH.format(from);
            case "week" -> "Week of " + DAY.format(from).replaceFirst("^\\w+ ", "");
            default -> DAY.format(from);
        };
    }

    public long outlets() {
        return sources.stream().map(source -> source.outlet() == null ? "article " + source.article() : source.outlet()).distinct().count();
    }
}
