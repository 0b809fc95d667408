package org.storydesk.analysis.merging;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

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
 *
 * <p>Reports are merged in the order the story's articles came, each joining the first event
 * it reports. Events are kept by date, and on each date by person and by word, so a new report
 * is compared with the events of its day that share a person or a word with it, never with the
 * whole timeline.
 */
final class EventMerger {

    private static final Pattern QUOTATION = Pattern.compile("[“\"][^”\"]*[”\"]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Set<String> LITTLE_WORDS = Set.of(
            "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "and", "or", "by", "from", "his", "her", "its",
            "their", "was", "were", "is", "are", "be", "been", "has", "have", "had", "will", "would", "that", "this",
            "as", "after", "before", "into", "about", "said", "says", "also", "who", "which", "it", "he", "she", "they");

    /** Words of saying, which every report of every statement shares. */
    private static final Set<String> SAYING = Set.of("said", "says", "told", "added", "noted", "reporters", "according",
            "statement", "stated", "spoke", "speaking", "announced", "confirmed", "stressed", "argued", "also", "just", "still",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening",
            "night", "today", "yesterday", "earlier", "later", "last", "week", "month", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december");

    /** A happening found in one article, with its people resolved to the story's. */
    record Occurrence(ArticleId article, EventFound found, List<PersonSlug> people, LocalDate published) {
    }

    record Dating(LocalDate from, LocalDate to, String precision) {
    }

    static final class Cluster {
        final int order;
        final EventId id;
        final Dating dating;
        final List<Occurrence> occurrences = new ArrayList<>();
        final Set<PersonSlug> people = new LinkedHashSet<>();
        final Set<String> words = new HashSet<>();
        final Set<ArticleId> articles = new HashSet<>();
        final Set<String> timesOfDay = new HashSet<>();

        Cluster(int order, EventId id, Dating dating) {
            this.order = order;
            this.id = id;
            this.dating = dating;
        }

        private void add(Occurrence occurrence, Set<String> contentWords) {
            occurrences.add(occurrence);
            people.addAll(occurrence.people());
            words.addAll(contentWords);
            articles.add(occurrence.article());
            if (occurrence.found().timeOfDay() != null) {
                timesOfDay.add(occurrence.found().timeOfDay());
            }
        }

        MachineEvent event() {
            Occurrence first = occurrences.getFirst();
            String timeOfDay = occurrences.stream().map(o -> o.found().timeOfDay()).filter(Objects::nonNull).findFirst().orElse(null);
            List<MachineEvent.Source> sources = occurrences.stream()
                    .map(o -> new MachineEvent.Source(o.article(), o.found().start(), o.found().end(), o.found().sentence()))
                    .toList();
            return new MachineEvent(id, dating.from(), dating.to(), dating.precision(), timeOfDay, first.found().summary(),
                    List.copyOf(people), sources);
        }
    }

    /** The events of one date, by their people, and those without people by their words. */
    private static final class Day {
        final Map<PersonSlug, List<Cluster>> byPerson = new HashMap<>();
        final Map<String, List<Cluster>> withoutPeopleByWord = new HashMap<>();
    }

    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<Dating, Day> days = new HashMap<>();
    private final Set<String> takenIds = new HashSet<>();

    /**
     * Adds a report of a happening: it joins the first event of its date it reports, or becomes
     * one. Returns the event, or null if its date cannot be placed.
     *
     * @param reference the day a date without a year is placed near: the article's date, or the story's
     */
    Cluster add(Occurrence occurrence, LocalDate reference) {
        Dating dating = dating(occurrence.found().date(), reference);
        if (dating == null) {
            return null;
        }
        Set<String> words = contentWords(occurrence);
        Day day = days.computeIfAbsent(dating, d -> new Day());
        Cluster home = null;
        for (Cluster candidate : candidates(day, occurrence, words)) {
            if ((home == null || candidate.order < home.order) && sameHappening(candidate, occurrence, words)) {
                home = candidate;
            }
        }
        if (home == null) {
            String id = Ids.unique("e-" + Ids.sha1(dating.from() + "|" + dating.precision() + "|"
                    + occurrence.article().value() + "|" + QuoteText.normalize(occurrence.found().summary())).substring(0, 12), takenIds);
            home = new Cluster(clusters.size(), new EventId(id), dating);
            clusters.add(home);
        }
        home.add(occurrence, words);
        for (PersonSlug person : occurrence.people()) {
            addTo(day.byPerson.computeIfAbsent(person, p -> new ArrayList<>()), home);
        }
        if (home.people.isEmpty()) {
            for (String word : words) {
                addTo(day.withoutPeopleByWord.computeIfAbsent(word, w -> new ArrayList<>()), home);
            }
        }
        return home;
    }

    private static void addTo(List<Cluster> list, Cluster cluster) {
        if (!list.contains(cluster)) {
            list.add(cluster);
        }
    }

    /** The events a report may be of: those of its date that share a person with it or, without people, a word. */
    private static Set<Cluster> candidates(Day day, Occurrence occurrence, Set<String> words) {
        Set<Cluster> candidates = new HashSet<>();
        if (occurrence.people().isEmpty()) {
            for (String word : words) {
                candidates.addAll(day.withoutPeopleByWord.getOrDefault(word, List.of()));
            }
        } else {
            for (PersonSlug person : occurrence.people()) {
                candidates.addAll(day.byPerson.getOrDefault(person, List.of()));
            }
        }
        return candidates;
    }

    List<Cluster> clusters() {
        return clusters;
    }

    List<MachineEvent> events() {
        return clusters.stream().map(Cluster::event).toList();
    }

    /**
     * Reports of one happening: another outlet's, with the same people (or none on either side),
     * the same part of the day where both say it, and much of the scene in common ("a news
     * conference at the embassy", "a meeting of finance ministers").
     */
    private static boolean sameHappening(Cluster cluster, Occurrence occurrence, Set<String> words) {
        if (cluster.articles.contains(occurrence.article())) {
            return false;
        }
        String timeOfDay = occurrence.found().timeOfDay();
        boolean differentTime = timeOfDay != null && cluster.timesOfDay.stream().anyMatch(other -> !other.equals(timeOfDay));
        if (differentTime) {
            return false;
        }
        boolean sharedPerson = occurrence.people().stream().anyMatch(cluster.people::contains);
        boolean bothWithoutPeople = occurrence.people().isEmpty() && cluster.people.isEmpty();
        if (!sharedPerson && !bothWithoutPeople) {
            return false;
        }
        // Too few words to tell one scene from another: better two entries than one wrong one.
        if (words.size() < 3 || cluster.words.size() < 3) {
            return false;
        }
        return overlap(cluster.words, words) >= 0.34;
    }

    /**
     * What a report says about the happening, in its own words: the sentence without its quotations,
     * without the names of the people in it (those are compared as people) and without words of saying.
     */
    private static Set<String> contentWords(Occurrence occurrence) {
        String sentence = QUOTATION.matcher(occurrence.found().sentence()).replaceAll(" ");
        Set<String> names = new HashSet<>();
        for (PersonSlug person : occurrence.people()) {
            names.addAll(List.of(person.value().split("-")));
        }
        Set<String> words = new HashSet<>();
        for (String original : NOT_A_WORD.split(sentence.replace('’', '\''))) {
            if (original.isEmpty()) {
                continue;
            }
            String word = original.toLowerCase(Locale.ROOT);
            if (names.contains(word) || SAYING.contains(word)) {
                continue;
            }
            String stem = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
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
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        int common = 0;
        for (String word : smaller) {
            if (larger.contains(word)) {
                common++;
            }
        }
        return (double) common / smaller.size();
    }

    /** A whole date: a day, the week (Monday to Sunday), or the month; a missing year from the story. */
    static Dating dating(TimexDate date, LocalDate reference) {
        try {
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
        } catch (DateTimeException e) {
            return null; // week 53 of a year with 52
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
