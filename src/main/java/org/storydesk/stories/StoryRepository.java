package org.storydesk.stories;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.base.ArticleId;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryName;

/** Stories, and which articles are on them, in PostgreSQL. Changes to a story are guarded by its version. */
@Repository
class StoryRepository {

    private static final String COLUMNS = "s.id, s.slug, s.name, s.description, s.state, s.created, s.created_by, s.updated, s.version";

    private final JdbcClient jdbc;

    StoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Story> bySlug(String slug) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stories s WHERE s.slug = :slug").param("slug", slug).query(StoryRepository::story).optional();
    }

    Optional<Story> byId(StoryId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stories s WHERE s.id = :id").param("id", id.value()).query(StoryRepository::story).optional();
    }

    Optional<Story> first() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stories s ORDER BY s.id LIMIT 1").query(StoryRepository::story).optional();
    }

    /** The stories in a state (null: all), oldest first, with their figures. */
    List<StoryFigures> list(StoryState state) {
        return jdbc.sql("SELECT " + COLUMNS + """
                        , (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id) AS articles,
                          (SELECT max(sa.added) FROM story_articles sa WHERE sa.story_id = s.id) AS last_article,
                          m.quotes, m.people, m.events, m.merged_at
                          FROM stories s LEFT JOIN story_merge_state m ON m.story_id = s.id
                         WHERE CAST(:state AS text) IS NULL OR s.state = CAST(:state AS text)
                         ORDER BY s.id""")
                .param("state", state == null ? null : state.code())
                .query(StoryRepository::figures).list();
    }

    Optional<StoryFigures> figures(StoryId id) {
        return jdbc.sql("SELECT " + COLUMNS + """
                        , (SELECT count(*) FROM story_articles sa WHERE sa.story_id = s.id) AS articles,
                          (SELECT max(sa.added) FROM story_articles sa WHERE sa.story_id = s.id) AS last_article,
                          m.quotes, m.people, m.events, m.merged_at
                          FROM stories s LEFT JOIN story_merge_state m ON m.story_id = s.id
                         WHERE s.id = :id""")
                .param("id", id.value()).query(StoryRepository::figures).optional();
    }

    boolean nameTaken(String name, StoryId except) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM stories WHERE lower(btrim(name)) = lower(btrim(:name)) AND id <> :except)")
                .param("name", name).param("except", except == null ? 0 : except.value()).query(Boolean.class).single();
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM stories WHERE slug = :slug)").param("slug", slug).query(Boolean.class).single();
    }

    Story insert(String slug, String name, String description, String author) {
        return jdbc.sql("""
                        INSERT INTO stories (slug, name, description, created_by) VALUES (:slug, :name, :description, :author)
                        RETURNING id, slug, name, description, state, created, created_by, updated, version""")
                .param("slug", slug).param("name", name).param("description", description).param("author", author)
                .query(StoryRepository::story).single();
    }

    /** Changes a story, if no one changed it since {@code version} was read: check and write are one statement. */
    Optional<Story> update(StoryId id, int version, String name, String description, StoryState state) {
        return jdbc.sql("""
                        UPDATE stories SET name = :name, description = :description, state = :state, updated = clock_timestamp(),
                                           version = version + 1
                         WHERE id = :id AND version = :version
                        RETURNING id, slug, name, description, state, created, created_by, updated, version""")
                .param("id", id.value()).param("version", version).param("name", name).param("description", description)
                .param("state", state.code())
                .query(StoryRepository::story).optional();
    }

    /** Puts an article on a story; false if it was on it already. */
    boolean add(StoryId story, ArticleId article, String by) {
        return jdbc.sql("""
                        INSERT INTO story_articles (story_id, article_id, added_by) VALUES (:story, :article, :by)
                        ON CONFLICT (story_id, article_id) DO NOTHING""")
                .param("story", story.value()).param("article", article.value()).param("by", by).update() == 1;
    }

    /** Takes an article off a story; false if it was not on it. */
    boolean remove(StoryId story, ArticleId article) {
        return jdbc.sql("DELETE FROM story_articles WHERE story_id = :story AND article_id = :article")
                .param("story", story.value()).param("article", article.value()).update() == 1;
    }

    List<StoryName> of(ArticleId article) {
        return jdbc.sql("""
                        SELECT s.id, s.slug, s.name, s.state FROM story_articles sa JOIN stories s ON s.id = sa.story_id
                         WHERE sa.article_id = :article ORDER BY s.id""")
                .param("article", article.value())
                .query((rs, row) -> new StoryName(StoryId.of(rs.getLong(1)), rs.getString(2), rs.getString(3), "archived".equals(rs.getString(4))))
                .list();
    }

    boolean holds(StoryId story, ArticleId article) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM story_articles WHERE story_id = :story AND article_id = :article)")
                .param("story", story.value()).param("article", article.value()).query(Boolean.class).single();
    }

    /** How the History names an article moved: its headline (or first words), from the articles' read model. */
    Optional<String> articleTitle(ArticleId article) {
        return jdbc.sql("SELECT coalesce(headline, left(body, 80)) FROM current_articles WHERE id = :id").param("id", article.value())
                .query(String.class).optional();
    }

    /** How many articles are on no story: kept, findable by search and in the desk's list of every article. */
    int onNoStory() {
        return jdbc.sql("SELECT count(*) FROM current_articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)")
                .query(Integer.class).single();
    }

    private static Story story(ResultSet rs, int row) throws SQLException {
        return new Story(StoryId.of(rs.getLong("id")), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
                StoryState.of(rs.getString("state")).orElseThrow(), rs.getTimestamp("created").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated").toInstant(), rs.getInt("version"));
    }

    private static StoryFigures figures(ResultSet rs, int row) throws SQLException {
        Timestamp last = rs.getTimestamp("last_article");
        Timestamp merged = rs.getTimestamp("merged_at");
        return new StoryFigures(story(rs, row), rs.getInt("articles"), rs.getInt("quotes"), rs.getInt("people"), rs.getInt("events"),
                last == null ? null : last.toInstant(), merged == null ? null : merged.toInstant());
    }
}
