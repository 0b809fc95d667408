package org.storydesk.analysis.merging;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.storydesk.analysis.extraction.ArticleAnalysis.EventFound;
import org.storydesk.analysis.extraction.TimexDate;
import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonSlug;
import org.storydesk.timeline.EventId;
import org.storydesk.timeline.MachineEvent;

/**
 * One happening however many outlets report it: reports of the same date (and precision) that
 * share a person and some of their words, or many of their words, are one event with several
 * sources. Dates come to whole days, weeks or months here; a date without a year takes the year
 * that puts it nearest the story's coverage, and one that cannot be placed is left out.
 */
final class EventMerger {

    private static final Set<String> LITTLE_WORDS = Set.of(
            "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "and", "or", "by", "from", "his", "her", "its",
            "their", "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "that", "this",
            "as", "after", "before", "into", "about", "said", "says", "also", "who", "which", "it", "he", "she", "they");

    /** A happening found in one article, with its people resolved to the story's. */
    record Occurrence(ArticleId article, EventFound found, List<PersonSlug> people, LocalDate published) {
    }

    private record Dating(LocalDate from, LocalDate to, String precision) {
    }

    private static final class Cluster {
        final Dating dating;
        final List<Occurrence> occurrences = new ArrayList<>();
        final Set<PersonSlug> people = new LinkedHashSet<>();
        final Set<String> words = new HashSet<>();

        Cluster(Dating dating) {
            this.dating = dating;
        }

        void add(Occurrence occurrence) {
            occurrences.add(occurrence);
            people.addAll(occurrence.people());
            words.addAll(contentWords(occurrence));
        }
    }

    List<MachineEvent> merge(List<Occurrence> occurrences, LocalDate storyDate) {
        List<Cluster> clusters = new ArrayList<>();
        List<Occurrence> ordered = occurrences.stream()
                .sorted(Comparator.comparingLong((Occurrence o) -> o.article().value()).thenComparingInt(o -> o.found().start()))
                .toList();
        for (Occurrence occurrence : ordered) {
            Dating dating = dating(occurrence.found().date(), occurrence.published() != null ? occurrence.published() : storyDate);
            if (dating == null) {
                continue;
            }
            Cluster home = null;
            for (Cluster cluster : clusters) {
                if (cluster.dating.equals(dating) && sameHappening(cluster, occurrence)) {
                    home = cluster;
                    break;
                }
            }
            if (home == null) {
                home = new Cluster(dating);
                clusters.add(home);
            }
            home.add(occurrence);
        }
        List<MachineEvent> events = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Cluster cluster : clusters) {
            Occurrence first = cluster.occurrences.getFirst();
            String id = Ids.unique("e-" + Ids.sha1(cluster.dating.from() + "|" + cluster.dating.precision() + "|"
                    + first.article().value() + "|" + QuoteText.normalize(first.found().summary())).substring(0, 12), taken);
            String timeOfDay = cluster.occurrences.stream().map(o -> o.found().timeOfDay()).filter(Objects::nonNull).findFirst().orElse(null);
            List<MachineEvent.Source> sources = cluster.occurrences.stream()
                    .map(o -> new MachineEvent.Source(o.article(), o.found().start(), o.found().end(), o.found().sentence()))
                    .toList();
            events.add(new MachineEvent(new EventId(id), cluster.dating.from(), cluster.dating.to(), cluster.dating.precision(),
                    timeOfDay, first.found().summary(), List.copyOf(cluster.people), sources));
        }
        return events;
    }

    /**
     * Reports of one happening: another outlet's, with the same people (or none on either side),
     * the same part of the day where both say it, and much of the scene in common ("a news
     * conference at the embassy", "a meeting of finance ministers").
     */
    private static boolean sameHappening(Cluster cluster, Occurrence occurrence) {
        boolean sameArticle = cluster.occurrences.stream().anyMatch(o -> o.article().equals(occurrence.article()));
        if (sameArticle) {
            return false;
        }
        String timeOfDay = occurrence.found().timeOfDay();
        boolean differentTime = timeOfDay != null && cluster.occurrences.stream()
                .map(o -> o.found().timeOfDay()).anyMatch(other -> other != null && !other.equals(timeOfDay));
        if (differentTime) {
            return false;
        }
        boolean sharedPerson = occurrence.people().stream().anyMatch(cluster.people::contains);
        boolean bothWithoutPeople = occurrence.people().isEmpty() && cluster.people.isEmpty();
        if (!sharedPerson && !bothWithoutPeople) {
            return false;
        }
        Set<String> words = contentWords(occurrence);
        // Too few words to tell one scene from another: better two entries than one wrong one.
        if (words.size() < 3 || cluster.words.size() < 3) {
            return false;
        }
        return overlap(cluster.words, words) >= 0.34;
    }

    /** Words of saying, which every report of every statement shares. */
    private static final Set<String> SAYING = Set.of("said", "says", "told", "added", "noted", "reporters", "according",
            "statement", "stated", "spoke", "speaking", "announced", "confirmed", "stressed", "argued", "also", "just", "still",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening",
            "night", "today", "yesterday", "earlier", "later", "last", "week", "month", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december");

    /**
     * What a report says about the happening, in its own words: the sentence without its quotations,
     * without the names of the people in it (those are compared as people) and without words of saying.
     */
    private static Set<String> contentWords(Occurrence occurrence) {
        String sentence = occurrence.found().sentence().replaceAll("[“\"][^”\"]*[”\"]", " ");
        Set<String> names = new HashSet<>();
        for (PersonSlug person : occurrence.people()) {
            names.addAll(List.of(person.value().split("-")));
        }
        Set<String> words = new HashSet<>();
        for (String original : sentence.replace('’', '\'').split("[^\\p{L}\\p{N}']+")) {
            if (original.isEmpty()) {
                continue;
            }
            String word = original.toLowerCase(Locale.ROOT);
            if (names.contains(word) || SAYING.contains(word)) {
                continue;
            }
            String stem = word.replaceAll("'s$", "");
            if (stem.length() > 2 && !LITTLE_WORDS.contains(stem)) {
                words.add(stem.length() > 5 ? stem.substring(0, 5) : stem);
            }
        }
        return words;
    }

    /** Shared words over the smaller set: a short report of a happening is not unlike a long one. */
    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / Math.min(a.size(), b.size());
    }

    /** A whole date: a day, the week (Monday to Sunday), or the month; a missing year from the story. */
    private static Dating dating(TimexDate date, LocalDate reference) {
        switch (date.precision()) {
            case DAY -> {
                if (!date.hasYear() && reference == null) {
                    return null;
                }
                int year = date.hasYear() ? date.year() : nearestYear(reference, date.month(), date.dayOfMonth());
                return date.toLocalDate(year).map(when -> new Dating(when, when, "day")).orElse(null);
            }
            case WEEK -> {
                LocalDate monday = LocalDate.of(date.year(), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, date.week())
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new Dating(monday, monday.plusDays(6), "week");
            }
            case MONTH -> {
                LocalDate first = LocalDate.of(date.year(), date.month(), 1);
                return new Dating(first, first.with(TemporalAdjusters.lastDayOfMonth()), "month");
            }
            default -> throw new IllegalStateException(date.precision().toString());
        }
    }

    /** "January 6" in a story covered in January 2026 is 6 January 2026, not 2025 or 2027. */
    private static int nearestYear(LocalDate reference, int month, int day) {
        int best = reference.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            try {
                long distance = Math.abs(LocalDate.of(year, month, day).toEpochDay() - reference.toEpochDay());
                if (distance < bestDistance) {
                    best = year;
                    bestDistance = distance;
                }
            } catch (DateTimeException e) {
                // 29 February in a year without one
            }
        }
        return best;
    }

    static LocalDate resolve(TimexDate date, LocalDate reference) {
        Dating dating = dating(date, reference);
        return dating == null ? null : dating.from();
    }
}
