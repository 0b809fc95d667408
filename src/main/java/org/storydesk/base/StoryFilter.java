package org.storydesk.base;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an editor is looking at: some people (none means everyone) and a date range (open at
 * either end). The same filter applies to every panel at once and lives in the URL as
 * {@code person=jane-doe&person=…&from=2026-03-02&to=2026-03-03}.
 */
public record StoryFilter(Set<PersonSlug> people, LocalDate from, LocalDate to) {

    public static final StoryFilter EVERYTHING = new StoryFilter(Set.of(), null, null);

    public StoryFilter {
        people = people == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(people));
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The date range runs backwards: from " + from + " is after to " + to);
        }
    }

    public boolean hasPeople() {
        return !people.isEmpty();
    }

    public boolean hasDates() {
        return from != null || to != null;
    }

    public boolean isEverything() {
        return !hasPeople() && !hasDates();
    }

    public List<String> slugs() {
        return people.stream().map(PersonSlug::value).sorted().toList();
    }

    public StoryFilter withPeople(Collection<PersonSlug> slugs) {
        return new StoryFilter(Set.copyOf(slugs), from, to);
    }

    /** The filter as URL query parameters, in a stable order. */
    public Map<String, List<String>> toQuery() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (hasPeople()) {
            query.put("person", slugs());
        }
        if (from != null) {
            query.put("from", List.of(from.toString()));
        }
        if (to != null) {
            query.put("to", List.of(to.toString()));
        }
        return query;
    }

    /**
     * Reads a filter from query parameters.
     *
     * @throws IllegalArgumentException with a message for the editor or integrator, for a date that is not YYYY-MM-DD
     */
    public static StoryFilter fromQuery(Map<String, List<String>> query) {
        List<PersonSlug> people = new ArrayList<>();
        for (String slug : query.getOrDefault("person", List.of())) {
            for (String part : slug.split(",")) {
                if (!part.isBlank()) {
                    people.add(PersonSlug.of(part.strip()));
                }
            }
        }
        return new StoryFilter(Set.copyOf(people), date(query, "from"), date(query, "to"));
    }

    private static LocalDate date(Map<String, List<String>> query, String name) {
        List<String> values = query.getOrDefault(name, List.of());
        if (values.isEmpty() || values.getFirst() == null || values.getFirst().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(values.getFirst().strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date written YYYY-MM-DD, such as 2026-01-06 (not '"
                    + values.getFirst() + "')");
        }
    }
}
