package org.storydesk.timeline;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.storydesk.base.ItemType;
import org.storydesk.base.Links;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryItems;
import org.storydesk.base.StoryName;

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
    public Optional<String> label(StoryName story, String id) {
        return repository.find(story.id(), new EventId(id)).map(Timeline::label);
    }

    @Override
    public Optional<String> link(StoryName story, String id) {
        return repository.find(story.id(), new EventId(id)).flatMap(event -> event.sources().stream().findFirst())
                .map(source -> Links.passage(story, source.article(), source.start(), source.end()));
    }

    @Override
    public Set<String> involving(StoryId story, Set<PersonSlug> people) {
        return new HashSet<>(repository.idsInvolving(story, people.stream().map(PersonSlug::value).toList()));
    }
}
