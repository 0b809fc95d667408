package org.storydesk.articles;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.storydesk.base.ArticleId;
import org.storydesk.base.ItemType;
import org.storydesk.base.Links;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryItems;

/** Articles as editors note their passages: by id, named by their title, with their current text. */
@Component
class ArticleItems implements StoryItems {

    private final ArticleRepository articles;
    private final JdbcClient jdbc;

    ArticleItems(ArticleRepository articles, JdbcClient jdbc) {
        this.articles = articles;
        this.jdbc = jdbc;
    }

    @Override
    public ItemType type() {
        return ItemType.PASSAGE;
    }

    @Override
    public Optional<String> label(String id) {
        return article(id).map(Article::title);
    }

    @Override
    public Optional<String> link(String id) {
        return article(id).map(article -> Links.article(article.id()));
    }

    @Override
    public Optional<String> text(String id) {
        return article(id).map(Article::body);
    }

    @Override
    public Set<String> involving(Set<PersonSlug> people) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT article_id::text FROM person_mentions WHERE slug IN (:people)")
                .param("people", people.stream().map(PersonSlug::value).toList())
                .query(String.class).list());
    }

    private Optional<Article> article(String id) {
        try {
            return articles.find(ArticleId.of(Long.parseLong(id)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
