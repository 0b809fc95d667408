package org.storydesk.people;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.storydesk.base.ArticleId;
import org.storydesk.base.ListOrder;
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

    /** A page of the people a filter asks for, in the order given (most mentioned first by default). */
    @Transactional(readOnly = true)
    public List<Person> page(StoryFilter filter, @Nullable ListOrder order, int offset, int limit) {
        return repository.page(filter, order == null ? ListOrder.USUAL : order, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(StoryFilter filter) {
        return repository.count(filter);
    }

    /** The most quoted of the people a filter asks for. */
    @Transactional(readOnly = true)
    public List<Person> mostQuoted(StoryFilter filter, int limit) {
        return repository.mostQuoted(filter, limit);
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(PersonSlug slug) {
        return repository.find(slug);
    }

    /** Where people are mentioned in an article, for the reader to mark them. */
    @Transactional(readOnly = true)
    public List<PersonPlace> placesIn(ArticleId article) {
        return repository.placesIn(article);
    }

    /** The people who appear in the same articles as this person, and in how many. */
    @Transactional(readOnly = true)
    public List<Companion> appearingWith(PersonSlug slug, int limit) {
        return repository.coMentioned(slug, limit);
    }
}
