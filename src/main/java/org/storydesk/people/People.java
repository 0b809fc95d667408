package org.storydesk.people;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.storydesk.base.ArticleId;
import org.storydesk.base.EditorsWork;
import org.storydesk.base.ItemType;
import org.storydesk.base.ListOrder;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.Outcome;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.Text;
import org.storydesk.base.live.Change;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.security.Editors;
import org.storydesk.history.History;
import org.storydesk.base.StoryId;

/**
 * Everyone in the story, for the people panel, the filters and the API; editors correct how a
 * name is written, and part two people the analysis took for one, here. Each correction is
 * recorded in the audit log, announced to every open view, and kept over every later analysis.
 */
@Service
public class People implements EditorsWork {

    static final int MAX_NAME = 120;

    private final PersonRepository repository;
    private final History audit;
    private final StoryChanges changes;
    private final ApplicationEventPublisher events;

    People(PersonRepository repository, History audit, StoryChanges changes, ApplicationEventPublisher events) {
        this.repository = repository;
        this.audit = audit;
        this.changes = changes;
        this.events = events;
    }

    /** Corrects how a person's name is written, unless someone else corrected it since {@code version} was read. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Outcome<Person> correctName(StoryId story, PersonSlug slug, int version, String name) {
        String written = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (written.isEmpty()) {
            return new Outcome.Refused<>("Write the name as it should read");
        }
        if (Text.holdsNul(written)) {
            return new Outcome.Refused<>(Text.nulIn("A name", written).orElseThrow());
        }
        if (written.length() > MAX_NAME) {
            return new Outcome.Refused<>("A name may be at most " + MAX_NAME + " characters");
        }
        Optional<Person> before = repository.find(story, slug);
        if (before.isEmpty()) {
            return new Outcome.Missing<>("There is no person " + slug + " in the story (any more)");
        }
        if (!repository.correctName(story, slug, version, written, Editors.current())) {
            return new Outcome.Conflict<>(repository.find(story, slug).orElseThrow());
        }
        Person after = repository.find(story, slug).orElseThrow();
        audit.record(story, "correct name", "person", slug.value(), after.name(), Map.of("name", before.get().name()), Map.of("name", after.name()));
        changes.announce(new Change(story, "correction", "person:" + slug.value()));
        return new Outcome.Saved<>(after);
    }

    /** Gives a person back the spelling the analysis chose. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Outcome<Person> withdrawNameCorrection(StoryId story, PersonSlug slug, int version) {
        Optional<Person> before = repository.find(story, slug);
        if (before.isEmpty()) {
            return new Outcome.Missing<>("There is no person " + slug + " in the story (any more)");
        }
        if (!repository.withdrawCorrection(story, slug, version)) {
            return new Outcome.Conflict<>(before.get());
        }
        Person after = repository.find(story, slug).orElseThrow();
        audit.record(story, "withdraw name correction", "person", slug.value(), after.name(), Map.of("name", before.get().name()),
                Map.of("name", after.name()));
        changes.announce(new Change(story, "correction", "person:" + slug.value()));
        return new Outcome.Saved<>(after);
    }

    /**
     * Says that one of the names taken for a person is somebody else. The story is merged again
     * at once, with the two kept apart, and in every merge after.
     *
     * @param name one of the person's name variants
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Outcome<Person> keepApart(StoryId story, PersonSlug slug, String name) {
        Optional<Person> person = repository.find(story, slug);
        if (person.isEmpty()) {
            return new Outcome.Missing<>("There is no person " + slug + " in the story (any more)");
        }
        if (name == null || !person.get().variants().contains(name)) {
            return new Outcome.Refused<>("“" + name + "” is not one of the names taken for " + person.get().name());
        }
        if (!repository.split(story, slug, name, person.get().name(), Editors.current())) {
            return new Outcome.Refused<>("“" + name + "” is already kept apart from " + person.get().name());
        }
        audit.record(story, "keep apart", "person", slug.value(), person.get().name(), Map.of("names", person.get().variants()),
                Map.of("apart", name));
        events.publishEvent(new PeopleParted(story, slug, name));
        return new Outcome.Saved<>(person.get());
    }

    /** The names editors keep apart from the rest of the story's people. */
    @Transactional(readOnly = true)
    public List<PersonSplit> splits(StoryId story) {
        return repository.splits(story);
    }

    @Transactional(readOnly = true)
    public List<Person> list(StoryId story, StoryFilter filter) {
        return repository.list(story, filter);
    }

    /** A page of the people a filter asks for, in the order given (most mentioned first by default). */
    @Transactional(readOnly = true)
    public List<Person> page(StoryId story, StoryFilter filter, @Nullable ListOrder order, int offset, int limit) {
        return repository.page(story, filter, order == null ? ListOrder.USUAL : order, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(StoryId story, StoryFilter filter) {
        return repository.count(story, filter);
    }

    /** Whether any of these people (a merge's, say) is one the filter asks for. */
    @Transactional(readOnly = true)
    public boolean anyAmong(StoryId story, StoryFilter filter, Collection<String> slugs) {
        return repository.anyAmong(story, filter, slugs);
    }

    /** The most quoted of the people a filter asks for. */
    @Transactional(readOnly = true)
    public List<Person> mostQuoted(StoryId story, StoryFilter filter, int limit) {
        return repository.mostQuoted(story, filter, limit);
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(StoryId story, PersonSlug slug) {
        return repository.find(story, slug);
    }

    /** Where people are mentioned in an article, for the reader to mark them. */
    @Transactional(readOnly = true)
    public List<PersonPlace> placesIn(StoryId story, ArticleId article) {
        return repository.placesIn(story, article);
    }

    /** The same person in the desk's other stories, for their page to show what they said and did in each. */
    @Transactional(readOnly = true)
    public List<PersonElsewhere> elsewhere(StoryId story, Person person) {
        return repository.elsewhere(story, person);
    }

    /** The people who appear in the same articles as this person, and in how many. */
    @Transactional(readOnly = true)
    public List<Companion> appearingWith(StoryId story, PersonSlug slug, int limit) {
        return repository.coMentioned(story, slug, limit);
    }

    /** A person's corrected name follows them when a full merge makes them part of another person. */
    @Override
    public List<Followed> follow(StoryId story, ItemType type, Map<String, String> moves) {
        List<Followed> followed = new ArrayList<>();
        if (type == ItemType.PERSON) {
            moves.forEach((from, to) -> repository.follow(story, PersonSlug.of(from), PersonSlug.of(to)).ifPresent(moved ->
                    followed.add(new Followed(type, from, to, moved ? "name correction" : "name correction stayed behind (the person has their own)"))));
        }
        return followed;
    }
}
