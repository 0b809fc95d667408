package org.storydesk.analysis.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A date as an article gives it, to the precision it gives it: a day ("Monday", "Jan. 6"), a week
 * ("last week") or a month ("last month"); a day's year may be one the text does not give
 * ("January 5" in an undated article). Written as TIMEX3 writes it, as SUTime gives it and as
 * analyses are stored: {@code 2026-01-05}, {@code XXXX-01-05}, {@code 2026-W02}, {@code 2026-01}.
 *
 * @param year       the year, or null where the text does not give it (days only)
 * @param month      1–12 for a day or a month, 0 for a week
 * @param dayOfMonth 1–31 for a day, else 0
 * @param week       the ISO week number of a week, else 0
 */
public record TimexDate(@Nullable Integer year, int month, int dayOfMonth, int week, Precision precision) {

    public enum Precision {
        DAY, WEEK, MONTH
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public TimexDate {
        boolean valid = switch (precision) {
            case DAY -> month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31 && week == 0;
            case WEEK -> year != null && month == 0 && dayOfMonth == 0 && week >= 1 && week <= 53;
            case MONTH -> year != null && month >= 1 && month <= 12 && dayOfMonth == 0 && week == 0;
        };
        if (!valid) {
            throw new IllegalArgumentException("Not a " + precision.name().toLowerCase(Locale.ROOT) + ": " + year + "-" + month + "-"
                    + dayOfMonth + " week " + week);
        }
    }

    public static TimexDate ofDay(LocalDate day) {
        return new TimexDate(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), 0, Precision.DAY);
    }

    /** A day whose year the text does not give. */
    public static TimexDate ofDayWithoutYear(int month, int dayOfMonth) {
        return new TimexDate(null, month, dayOfMonth, 0, Precision.DAY);
    }

    public static TimexDate ofWeek(int year, int week) {
        return new TimexDate(year, 0, 0, week, Precision.WEEK);
    }

    public static TimexDate ofMonth(int year, int month) {
        return new TimexDate(year, month, 0, 0, Precision.MONTH);
    }

    /** A whole day, week or month in TIMEX3 form; anything else (a season, a duration, month 13) is no date. */
    public static Optional<TimexDate> parse(String timex) {
        Matcher day = DAY.matcher(timex);
        if (day.matches()) {
            int month = Integer.parseInt(day.group(2));
            int dayOfMonth = Integer.parseInt(day.group(3));
            if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) {
                return Optional.empty();
            }
            Integer year = day.group(1).equals("XXXX") ? null : Integer.valueOf(day.group(1));
            return Optional.of(new TimexDate(year, month, dayOfMonth, 0, Precision.DAY));
        }
        Matcher week = WEEK.matcher(timex);
        if (week.matches()) {
            int number = Integer.parseInt(week.group(2));
            return number >= 1 && number <= 53 ? Optional.of(ofWeek(Integer.parseInt(week.group(1)), number)) : Optional.empty();
        }
        Matcher month = MONTH.matcher(timex);
        if (month.matches()) {
            int number = Integer.parseInt(month.group(2));
            return number >= 1 && number <= 12 ? Optional.of(ofMonth(Integer.parseInt(month.group(1)), number)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Reads a stored value: the TIMEX3 form this type writes. */
    @JsonCreator
    public static TimexDate fromJson(String timex) {
        return parse(timex).orElseThrow(() -> new IllegalArgumentException("Not a date: " + timex));
    }

    public boolean isDay() {
        return precision == Precision.DAY;
    }

    public boolean hasYear() {
        return year != null;
    }

    /** The day, in the given year where the text gives none; empty for a week, a month, or a day that does not exist (30 February). */
    public Optional<LocalDate> toLocalDate(int yearIfUnknown) {
        if (!isDay()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year != null ? year : yearIfUnknown, month, dayOfMonth));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The day, for a day with its year; empty otherwise. */
    public Optional<LocalDate> toLocalDate() {
        return year == null ? Optional.empty() : toLocalDate(year);
    }

    /** The same day some days later (or earlier); a day without a year stays without one. */
    public TimexDate plusDays(long days) {
        if (!isDay()) {
            throw new IllegalStateException(this + " is not a day");
        }
        // A leap year stands in for an unknown one, so "29 February" survives the move.
        LocalDate moved = LocalDate.of(year != null ? year : 2000, month, dayOfMonth).plusDays(days);
        return year != null ? ofDay(moved) : ofDayWithoutYear(moved.getMonthValue(), moved.getDayOfMonth());
    }

    @JsonValue
    @Override
    public String toString() {
        String yearText = year == null ? "XXXX" : String.format(Locale.ROOT, "%04d", year);
        return switch (precision) {
            case DAY -> String.format(Locale.ROOT, "%s-%02d-%02d", yearText, month, dayOfMonth);
            case WEEK -> String.format(Locale.ROOT, "%s-W%02d", yearText, week);
            case MONTH -> String.format(Locale.ROOT, "%s-%02d", yearText, month);
        };
    }
}
