package org.storydesk.articles;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.storydesk.base.ArticleId;
import org.storydesk.base.ItemType;
import org.storydesk.base.Links;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryItems;
import org.storydesk.base.StoryName;

/**
 * A story's articles as editors note them, by id, named by their title: their passages (the
 * words noted are found in the article's current text) and, as {@link Whole}, the whole article
 * ("wire copy: do not cite"). An article taken out of the story is no longer one of its items:
 * its notes there are kept, detached.
 */
@Component
class ArticleItems implements StoryItems {

    private final ArticleRepository articles;
    private final StoryDirectory stories;

    ArticleItems(ArticleRepository articles, StoryDirectory stories) {
        this.articles = articles;
        this.stories = stories;
    }

    @Override
    public ItemType type() {
        return ItemType.PASSAGE;
    }

    @Override
    public Optional<String> label(StoryName story, String id) {
        return article(story, id).map(Article::title);
    }

    @Override
    public Optional<String> link(StoryName story, String id) {
        return article(story, id).map(article -> Links.article(story, article.id()));
    }

    @Override
    public Optional<String> text(StoryName story, String id) {
        return article(story, id).map(Article::body);
    }

    @Override
    public Set<String> involving(StoryId story, Set<PersonSlug> people) {
        return new HashSet<>(articles.mentioning(story, people.stream().map(PersonSlug::value).toList()));
    }

    private Optional<Article> article(StoryName story, String id) {
        try {
            ArticleId article = ArticleId.of(Long.parseLong(id));
            return stories.holds(story.id(), article) ? articles.find(article) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A whole article of a story, as a note on it names it. */
    @Component
    static class Whole implements StoryItems {

        private final ArticleItems articles;

        Whole(ArticleItems articles) {
            this.articles = articles;
        }

        @Override
        public ItemType type() {
            return ItemType.ARTICLE;
        }

        @Override
        public Optional<String> label(StoryName story, String id) {
            return articles.label(story, id);
        }

        @Override
        public Optional<String> link(StoryName story, String id) {
            return articles.link(story, id);
        }

        @Override
        public Set<String> involving(StoryId story, Set<PersonSlug> people) {
            return articles.involving(story, people);
        }
    }
}
