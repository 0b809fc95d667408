package org.storydesk.quotes;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.storydesk.base.ItemType;
import org.storydesk.base.Links;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryItems;

/** Quotes as editors note them: by id, named by their words and speaker. */
@Component
class QuoteItems implements StoryItems {

    private final QuoteRepository repository;

    QuoteItems(QuoteRepository repository) {
        this.repository = repository;
    }

    @Override
    public ItemType type() {
        return ItemType.QUOTE;
    }

    @Override
    public Optional<String> label(String id) {
        return repository.find(new QuoteId(id)).map(Quotes::label);
    }

    @Override
    public Optional<String> link(String id) {
        return repository.find(new QuoteId(id)).flatMap(quote -> quote.sources().stream().filter(source -> source.part().equals("body")).findFirst())
                .map(source -> Links.passage(source.article(), source.start(), source.end()));
    }

    @Override
    public Set<String> involving(Set<PersonSlug> people) {
        return new HashSet<>(repository.idsSaidBy(people.stream().map(PersonSlug::value).toList()));
    }
}
