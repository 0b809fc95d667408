package org.storydesk.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryPeople;

/**
 * The people the filter offers: everyone in a story, most quoted first. The header shows them
 * on every navigation, so each story's list is kept until the story is merged again, a name
 * corrected or a speaker (a cheap check on every call, so that every node of a cluster sees the
 * change at once). A desk of many stories keeps the lists of the stories editors look at.
 */
@Component
class PeopleOptions implements StoryPeople {

    /** More stories than editors look at in a day; the least recently shown ones are read again when asked for. */
    private static final int KEPT = 64;

    private record Snapshot(String state, List<PersonOption> options, Map<PersonSlug, PersonOption> bySlug) {
    }

    private final PersonRepository repository;
    private final Map<StoryId, Snapshot> snapshots = new ConcurrentHashMap<>();

    PeopleOptions(PersonRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<PersonOption> options(StoryId story) {
        return current(story).options();
    }

    @Override
    public Optional<PersonOption> find(StoryId story, PersonSlug slug) {
        return Optional.ofNullable(current(story).bySlug().get(slug));
    }

    private Snapshot current(StoryId story) {
        String state = repository.optionsState(story);
        Snapshot known = snapshots.get(story);
        if (known != null && known.state().equals(state)) {
            return known;
        }
        List<PersonOption> options = repository.options(story);
        Snapshot fresh = new Snapshot(state, List.copyOf(options),
                options.stream().collect(Collectors.toUnmodifiableMap(PersonOption::slug, Function.identity())));
        if (snapshots.size() >= KEPT && !snapshots.containsKey(story)) {
            snapshots.clear();
        }
        snapshots.put(story, fresh);
        return fresh;
    }
}
