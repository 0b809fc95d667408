package org.storydesk.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryFilter;

/** Everyone in the story, for the people panel, the filters and the API. */
@Service
public class People {

    private final PersonRepository repository;

    People(PersonRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public List<Person> list(StoryFilter filter) {
        return repository.list(filter);
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(PersonSlug slug) {
        return repository.find(slug);
    }

    /** The people who appear in the same articles as this person, and in how many. */
    @Transactional(readOnly = true)
    public List<Map.Entry<PersonSlug, Integer>> appearingWith(PersonSlug slug) {
        return repository.coMentioned(slug);
    }
}
