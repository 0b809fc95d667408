package org.storydesk.articles.cleaning;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as pages print them: "2026-01-06", "January 6, 2026", "Jan. 6, 2026", "6 January 2026",
 * "Tue March 3, 2026". Only whole dates with a year count: a page's publication date is never guessed.
 */
final class PublicationDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            + "Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}|\\b)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");

    /** Words that may stand on a date line beside the date itself. */
    private static final Pattern LABELS = Pattern.compile("(?i)\\b(posted|published|updated|last updated|first published|"
            + "date|dated|on|at|tags?|am|pm|a\\.m|p\\.m|[ecmp][sd]t|gmt|utc|et|pt|bst|cet|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|min|read|edt|est|cst|pst|mdt|mst|and|modified|time|\\|)\\b");

    private PublicationDates() {
    }

    /** The first whole date in the text. */
    static Optional<LocalDate> find(String text) {
        Optional<LocalDate> best = Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        for (Pattern pattern : new Pattern[] {ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR}) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                Optional<LocalDate> date = toDate(pattern, matcher);
                if (date.isPresent() && matcher.start() < bestAt) {
                    best = date;
                    bestAt = matcher.start();
                    break;
                }
            }
        }
        return best;
    }

    /** A line that is a date and little else: "Posted January 6, 2026 7:24 am", "January 6, 2026 Tags:". */
    static boolean isDateLine(String line) {
        if (find(line).isEmpty() || Words.count(line) > 16) {
            return false;
        }
        String rest = ISO.matcher(line).replaceAll(" ");
        rest = MONTH_DAY_YEAR.matcher(rest).replaceAll(" ");
        rest = DAY_MONTH_YEAR.matcher(rest).replaceAll(" ");
        rest = rest.replaceAll("\\d{1,2}:\\d{2}", " ");
        rest = LABELS.matcher(rest).replaceAll(" ");
        return Words.count(rest) <= 3;
    }

    private static final Pattern LABEL_BEFORE_DATE = Pattern.compile(
            "(?i)\\b(posted|published|date|dated|updated)\\b\\s*:?\\s*(on\\s+)?(\\w+,?\\s+)?(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\s+\\p{L}|\\p{L}{3,9}\\.?\\s+\\d)");

    /** "date 2026-01-06", "Published: 12 February 2026": a date the page labels as its own. */
    static boolean isLabelled(String text) {
        return LABEL_BEFORE_DATE.matcher(text).find() && find(text).isPresent();
    }

    /** How sure a date line is to be the publication date: published beats an unlabelled date beats updated. */
    static int rank(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.matches("(?s).*\\b(published|posted|date|dated)\\b.*") && !lower.matches("(?s).*\\b(updated|modified)\\b.*")) {
            return 0;
        }
        if (lower.matches("(?s).*\\b(updated|modified)\\b.*")) {
            return 2;
        }
        return 1;
    }

    private static Optional<LocalDate> toDate(Pattern pattern, Matcher matcher) {
        try {
            if (pattern == ISO) {
                return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)),
                        Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
            }
            if (pattern == MONTH_DAY_YEAR) {
                return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(3)),
                        month(matcher.group(1)), Integer.parseInt(matcher.group(2))));
            }
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(3)),
                    month(matcher.group(2)), Integer.parseInt(matcher.group(1))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer month = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
        if (month == null) {
            month = MONTHS.get(key.substring(0, 3));
        }
        return month;
    }
}
