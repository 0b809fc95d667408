package org.storydesk.quotes;

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

/** A story's quotes as editors note them: by id, named by their words and speaker. */
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
    public Optional<String> label(StoryName story, String id) {
        return repository.find(story.id(), new QuoteId(id)).map(Quotes::label);
    }

    @Override
    public Optional<String> link(StoryName story, String id) {
        return repository.find(story.id(), new QuoteId(id)).flatMap(quote -> quote.sources().stream().filter(source -> source.part().equals("body")).findFirst())
                .map(source -> Links.passage(story, source.article(), source.start(), source.end()));
    }

    @Override
    public Set<String> involving(StoryId story, Set<PersonSlug> people) {
        return new HashSet<>(repository.idsSaidBy(story, people.stream().map(PersonSlug::value).toList()));
    }
}
