package org.storydesk.stories;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.base.ArticleId;
import org.storydesk.stories.cleaning.PageMetadata;

/** Articles and their versions in PostgreSQL. */
@Repository
class ArticleRepository {

    private static final String COLUMNS = "id, source, version, version_id, outlet, headline, byline, published, words, media_type, body, raw, ingested_at";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Article> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM current_articles ORDER BY published NULLS LAST, id")
                .query(ArticleRepository::article)
                .list();
    }

    Optional<Article> find(ArticleId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM current_articles WHERE id = :id")
                .param("id", id.value())
                .query(ArticleRepository::article)
                .optional();
    }

    /** The article that already holds this exact text, if any. */
    Optional<ArticleId> withContent(String contentHash) {
        return jdbc.sql("SELECT article_id FROM article_versions WHERE content_hash = :hash")
                .param("hash", contentHash)
                .query((rs, row) -> ArticleId.of(rs.getLong(1)))
                .optional();
    }

    /** The article ingested from this seed file, with its newest version number. */
    Optional<SeedSource> seed(String source) {
        return jdbc.sql("""
                        SELECT a.id, max(v.version) AS version
                          FROM articles a JOIN article_versions v ON v.article_id = a.id
                         WHERE a.source = :source
                         GROUP BY a.id""")
                .param("source", source)
                .query((rs, row) -> new SeedSource(ArticleId.of(rs.getLong("id")), rs.getInt("version")))
                .optional();
    }

    record SeedSource(ArticleId id, int version) {
    }

    ArticleId insertArticle(String source) {
        return ArticleId.of(jdbc.sql("INSERT INTO articles (source) VALUES (:source) RETURNING id")
                .param("source", source)
                .query(Long.class)
                .single());
    }

    long insertVersion(ArticleId article, int version, String contentHash, boolean html, String raw, String body,
                       PageMetadata metadata, int words) {
        return jdbc.sql("""
                        INSERT INTO article_versions
                               (article_id, version, content_hash, media_type, raw, body, outlet, headline, byline, published, words)
                        VALUES (:article, :version, :hash, :mediaType, :raw, :body, :outlet, :headline, :byline, :published, :words)
                        RETURNING id""")
                .param("article", article.value())
                .param("version", version)
                .param("hash", contentHash)
                .param("mediaType", html ? "text/html" : "text/plain")
                .param("raw", raw)
                .param("body", body)
                .param("outlet", metadata.outlet().orElse(null))
                .param("headline", metadata.headline().orElse(null))
                .param("byline", metadata.byline().orElse(null))
                .param("published", metadata.published().orElse(null))
                .param("words", words)
                .query(Long.class)
                .single();
    }

    /** Ingestion by several app nodes at once is serialised, so one text never becomes two articles. */
    void lockIngestion() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('storydesk.ingestion'))").query(Object.class).single();
    }

    private static Article article(ResultSet rs, int row) throws SQLException {
        return new Article(
                ArticleId.of(rs.getLong("id")),
                rs.getString("source"),
                rs.getInt("version"),
                rs.getLong("version_id"),
                rs.getString("outlet"),
                rs.getString("headline"),
                rs.getString("byline"),
                rs.getObject("published", LocalDate.class),
                rs.getInt("words"),
                rs.getString("media_type"),
                rs.getString("body"),
                rs.getString("raw"),
                rs.getTimestamp("ingested_at").toInstant());
    }
}
