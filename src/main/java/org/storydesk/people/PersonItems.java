package org.storydesk.people;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.storydesk.base.ItemType;
import org.storydesk.base.Links;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryItems;
import org.storydesk.base.StoryName;

/** A story's people as editors note them: by slug, named by their name. */
@Component
class PersonItems implements StoryItems {

    private final PersonRepository repository;

    PersonItems(PersonRepository repository) {
        this.repository = repository;
    }

    @Override
    public ItemType type() {
        return ItemType.PERSON;
    }

    @Override
    public Optional<String> label(StoryName story, String id) {
        return repository.find(story.id(), PersonSlug.of(id)).map(Person::name);
    }

    @Override
    public Optional<String> link(StoryName story, String id) {
        return repository.find(story.id(), PersonSlug.of(id)).map(person -> Links.person(story, person.slug()));
    }

    @Override
    public Set<String> involving(StoryId story, Set<PersonSlug> people) {
        return people.stream().map(PersonSlug::value).collect(Collectors.toSet());
    }
}
