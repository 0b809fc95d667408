package org.storydesk.articles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.base.ArticleId;
import org.storydesk.base.ListOrder;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.Snippet;
import org.storydesk.base.StoryId;
import org.storydesk.base.database.TextSearch;
import org.jspecify.annotations.Nullable;
import org.storydesk.articles.cleaning.PageMetadata;

/** Articles and their versions in PostgreSQL. */
@Repository
class ArticleRepository {

    private static final String COLUMNS = "id, source, version, version_id, outlet, headline, byline, published, words, media_type, body, raw, ingested_at";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SUMMARY_COLUMNS = "a.id, a.source, a.version, a.outlet, a.headline, a.byline, a.published, a.words,"
            + " a.media_type, left(a.body, 600) AS opening";

    /**
     * The condition for the articles of a story (null: of the whole desk) a filter asks for: those
     * that mention any of its people (as the analysis of that story found them) and were published
     * within its dates.
     */
    private static String where(@Nullable StoryId story, StoryFilter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE true");
        if (story != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM story_members s WHERE s.story_id = :story AND s.article_id = a.id)");
            params.put("story", story.value());
            if (filter.hasPeople()) {
                sql.append(" AND EXISTS (SELECT 1 FROM person_articles m WHERE m.story_id = :story AND m.article_id = a.id AND m.slug IN (:people))");
                params.put("people", filter.slugs());
            }
        }
        if (filter.from() != null) {
            sql.append(" AND a.published >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" AND a.published <= :to");
            params.put("to", filter.to());
        }
        return sql.toString();
    }

    /** Newest first unless asked otherwise; always ending in the id, so that pages never overlap. */
    private static String orderBy(ListOrder order) {
        String column = order.column() == null ? "" : order.column();
        return switch (column) {
            case "outlet" -> "a.outlet" + order.direction() + order.nulls() + ", a.id";
            case "title" -> "coalesce(a.headline, a.body)" + order.direction() + ", a.id";
            case "byline" -> "a.byline" + order.direction() + order.nulls() + ", a.id";
            case "words" -> "a.words" + order.direction() + ", a.id";
            case "published" -> "a.published" + order.direction() + order.nulls() + ", a.id";
            default -> "a.published DESC NULLS LAST, a.id DESC";
        };
    }

    List<ArticleSummary> page(@Nullable StoryId story, StoryFilter filter, ListOrder order, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(story, filter, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM current_articles a" + where + " ORDER BY " + orderBy(order)
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(ArticleRepository::summary)
                .list();
    }

    int count(@Nullable StoryId story, StoryFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(story, filter, params);
        return jdbc.sql("SELECT count(*) FROM current_articles a" + where).params(params).query(Integer.class).single();
    }

    Coverage coverage(@Nullable StoryId story, StoryFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(story, filter, params);
        return jdbc.sql("""
                        SELECT count(*) AS articles, coalesce(sum(a.words), 0) AS words,
                               coalesce(array_remove(array_agg(DISTINCT a.outlet ORDER BY a.outlet), NULL), '{}') AS outlets,
                               min(a.published) AS first, max(a.published) AS last
                          FROM current_articles a""" + where)
                .params(params)
                .query((rs, row) -> new Coverage(rs.getInt("articles"), rs.getLong("words"),
                        List.of((String[]) rs.getArray("outlets").getArray()),
                        rs.getObject("first", LocalDate.class), rs.getObject("last", LocalDate.class)))
                .single();
    }

    Optional<Article> find(ArticleId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM current_articles WHERE id = :id")
                .param("id", id.value())
                .query(ArticleRepository::article)
                .optional();
    }

    /** The newest article of each of these stories (by when it came to the story), for the desk home. */
    Map<StoryId, ArticleSummary> latest(List<StoryId> stories) {
        Map<StoryId, ArticleSummary> latest = new HashMap<>();
        if (stories.isEmpty()) {
            return latest;
        }
        jdbc.sql("SELECT s.story_id, " + SUMMARY_COLUMNS + " " + """
                          FROM unnest(CAST(:stories AS bigint[])) AS s (story_id)
                          CROSS JOIN LATERAL (SELECT m.article_id FROM story_members m WHERE m.story_id = s.story_id
                                               ORDER BY m.added DESC, m.article_id DESC LIMIT 1) l
                          JOIN current_articles a ON a.id = l.article_id""")
                .param("stories", stories.stream().map(StoryId::value).toArray(Long[]::new))
                .query((rs, row) -> latest.put(StoryId.of(rs.getLong("story_id")), summary(rs, row)))
                .list();
        return latest;
    }

    /** The ids of the articles of a story that mention any of these people. */
    List<String> mentioning(StoryId story, List<String> people) {
        return jdbc.sql("SELECT DISTINCT article_id::text FROM person_articles WHERE story_id = :story AND slug IN (:people)")
                .param("story", story.value()).param("people", people).query(String.class).list();
    }

    /**
     * The condition a search puts on the versions it finds for them to be of a story: its articles, bound
     * as one array. Given as values, the planner knows how many they are, and tests them in the index
     * (article_versions_newest holds the article) before a version's vector is fetched to be tested: as
     * a join with story_members the vector came first, and a word found in few of the story's articles
     * read most of the desk's vectors (300 ms and more at 10,000 of 100,000 articles).
     */
    private String within(@Nullable StoryId story, Map<String, Object> params) {
        if (story == null) {
            return "";
        }
        params.put("members", jdbc.sql("SELECT article_id FROM story_members WHERE story_id = :story")
                .param("story", story.value()).query(Long.class).list().toArray(Long[]::new));
        return " AND v.article_id = ANY (CAST(:members AS bigint[]))";
    }

    /** Articles whose current headline or body holds the words (of a story, or null: of the desk), newest first. */
    List<ArticleHit> search(@Nullable StoryId story, String words, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("words", words);
        params.put("options", Snippet.OPTIONS);
        params.put("offset", offset);
        params.put("limit", limit);
        String within = within(story, params);
        TextSearch.planForTheWords(jdbc);
        // Only the page's articles get their words cut out (ts_headline reads the whole text again): the match itself is the index's.
        // Ordered by the version's own article id (the same as a.id: a current version is its article's), so that for a common
        // word the newest versions are walked in the order of article_versions_newest until the page is full, not all sorted.
        return jdbc.sql("""
                        SELECT h.id, h.headline, h.outlet, h.published, h.body,
                               ts_headline('english', h.body, h.query, :options) AS in_body,
                               ts_headline('english', coalesce(h.headline, ''), h.query, :options) AS in_headline
                          FROM (SELECT a.id, v.headline, v.outlet, v.published, v.body, q.query
                                  FROM websearch_to_tsquery('english', :words) AS q (query)
                                  JOIN article_versions v ON v.search @@ q.query
                                  JOIN articles a ON a.current_version_id = v.id""" + within + " " + """
                                 ORDER BY v.published DESC NULLS LAST, v.article_id DESC
                                 LIMIT :limit OFFSET :offset) h
                         ORDER BY h.published DESC NULLS LAST, h.id DESC""")
                .params(params)
                .query((rs, row) -> {
                    String body = rs.getString("body");
                    String headline = rs.getString("headline");
                    Snippet inBody = Snippet.of(rs.getString("in_body"), body);
                    boolean headlineOnly = !inBody.matched() && headline != null;
                    return new ArticleHit(ArticleId.of(rs.getLong("id")), headline, rs.getString("outlet"),
                            rs.getObject("published", LocalDate.class), headlineOnly ? "headline" : "body",
                            headlineOnly ? Snippet.of(rs.getString("in_headline"), headline) : inBody);
                })
                .list();
    }

    /** How many articles hold the words, counted up to {@code most} (past that, the desk says "more than"). */
    int countHits(@Nullable StoryId story, String words, int most) {
        Map<String, Object> params = new HashMap<>();
        params.put("words", words);
        params.put("most", most);
        String within = within(story, params);
        TextSearch.planForTheWords(jdbc);
        return jdbc.sql("""
                        SELECT count(*) FROM (SELECT 1 FROM websearch_to_tsquery('english', :words) AS q (query)
                                                JOIN article_versions v ON v.search @@ q.query
                                                JOIN articles a ON a.current_version_id = v.id""" + within + " " + """
                                               LIMIT :most) hits""")
                .params(params).query(Integer.class).single();
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
        long id = jdbc.sql("""
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
        jdbc.sql("UPDATE articles SET current_version_id = :version WHERE id = :article")
                .param("version", id)
                .param("article", article.value())
                .update();
        return id;
    }

    /** Ingestion by several app nodes at once is serialised, so one text never becomes two articles. */
    void lockIngestion() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('storydesk.ingestion'))").query(Object.class).single();
    }

    private static ArticleSummary summary(ResultSet rs, int row) throws SQLException {
        return new ArticleSummary(
                ArticleId.of(rs.getLong("id")),
                rs.getString("source"),
                rs.getInt("version"),
                rs.getString("outlet"),
                rs.getString("headline"),
                rs.getString("byline"),
                rs.getObject("published", LocalDate.class),
                rs.getInt("words"),
                rs.getString("media_type"),
                rs.getString("opening"));
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
