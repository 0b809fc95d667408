package org.storydesk.timeline;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.storydesk.base.ItemType;
import org.storydesk.base.Links;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryItems;

/** Events as editors note them: by id, named by their summary and date. */
@Component
class EventItems implements StoryItems {

    private final EventRepository repository;

    EventItems(EventRepository repository) {
        this.repository = repository;
    }

    @Override
    public ItemType type() {
        return ItemType.EVENT;
    }

    @Override
    public Optional<String> label(String id) {
        return repository.find(new EventId(id)).map(Timeline::label);
    }

    @Override
    public Optional<String> link(String id) {
        return repository.find(new EventId(id)).flatMap(event -> event.sources().stream().findFirst())
                .map(source -> Links.passage(source.article(), source.start(), source.end()));
    }

    @Override
    public Set<String> involving(Set<PersonSlug> people) {
        return new HashSet<>(repository.idsInvolving(people.stream().map(PersonSlug::value).toList()));
    }
}
