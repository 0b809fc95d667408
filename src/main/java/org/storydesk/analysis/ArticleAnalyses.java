package org.storydesk.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.analysis.merging.StoryMerger;
import org.storydesk.base.ArticleId;
import org.storydesk.base.StoryId;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each article says, as the pipeline found it, kept so that every story it is on can be
 * merged again without the pipeline. Every analysis saved gets a new number, so the merge can tell an
 * article it has merged from the same article analysed anew.
 */
@Repository
class ArticleAnalyses {

    /** An article's current analysis, its number, and where it stands in the merge log (null: not merged yet). */
    record Numbered(StoryMerger.Analysed analysed, long number, Long seq, Long mergedNumber) {

        ArticleId article() {
            return analysed.article();
        }

        /** Merged, but from an analysis the article has since replaced. */
        boolean changed() {
            return mergedNumber != null && mergedNumber != number;
        }
    }

    /** A story's articles with their current analyses, and where each stands in the story's merge log. */
    private static final String SELECT = """
            SELECT r.article_id, a.published, r.result::text AS result, r.number, l.seq, l.analysis_number
              FROM story_members m
              JOIN article_analyses r ON r.article_id = m.article_id
              JOIN current_articles a ON a.id = r.article_id AND a.version_id = r.version_id
              LEFT JOIN story_merge_log l ON l.story_id = m.story_id AND l.article_id = r.article_id
             WHERE m.story_id = :story
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ArticleAnalyses(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(ArticleId article, long versionId, ArticleAnalysis analysis) {
        jdbc.sql("""
                        INSERT INTO article_analyses (article_id, version_id, result) VALUES (:article, :version, CAST(:result AS jsonb))
                        ON CONFLICT (article_id) DO UPDATE SET version_id = excluded.version_id, result = excluded.result,
                                                               number = excluded.number, analysed_at = now()""")
                .param("article", article.value())
                .param("version", versionId)
                .param("result", json.writeValueAsString(analysis))
                .update();
    }

    /** Every current analysis of a story's articles, in the order the story took them in, then those it has not taken in yet. */
    List<Numbered> current(StoryId story) {
        return jdbc.sql(SELECT + " ORDER BY l.seq NULLS LAST, r.number").param("story", story.value()).query(this::numbered).list();
    }

    /** Analyses a story has not taken in yet, or took in an earlier analysis of: in the order they were made. */
    List<Numbered> waiting(StoryId story, int limit) {
        return jdbc.sql(SELECT + " AND (l.seq IS NULL OR l.analysis_number <> r.number) ORDER BY r.number LIMIT :limit")
                .param("story", story.value())
                .param("limit", limit)
                .query(this::numbered).list();
    }

    /**
     * Articles in a story's merge log that must leave its merge: taken out of the story, or whose
     * current version has no analysis and will get none (its analysis failed).
     */
    List<ArticleId> leaving(StoryId story) {
        return jdbc.sql("""
                        SELECT l.article_id FROM story_merge_log l
                          LEFT JOIN story_members m ON m.story_id = l.story_id AND m.article_id = l.article_id
                          JOIN current_articles a ON a.id = l.article_id
                          LEFT JOIN article_analyses r ON r.article_id = l.article_id AND r.version_id = a.version_id
                          LEFT JOIN analysis_jobs j ON j.article_id = l.article_id
                         WHERE l.story_id = :story
                           AND (m.article_id IS NULL OR r.article_id IS NULL AND coalesce(j.state, 'failed') NOT IN ('pending', 'running'))
                         ORDER BY l.seq""")
                .param("story", story.value())
                .query((rs, row) -> ArticleId.of(rs.getLong(1))).list();
    }

    /** Whether the article is on the story (it may have been taken out). */
    boolean onStory(StoryId story, ArticleId article) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM story_members WHERE story_id = :story AND article_id = :article)")
                .param("story", story.value()).param("article", article.value()).query(Boolean.class).single();
    }

    /** The numbers of a story's articles' current analyses: what a full merge is checked against before it is written. */
    Map<Long, Long> numbers(StoryId story) {
        Map<Long, Long> numbers = new HashMap<>();
        jdbc.sql("""
                        SELECT r.article_id, r.number FROM story_members m
                          JOIN article_analyses r ON r.article_id = m.article_id
                          JOIN current_articles a ON a.id = r.article_id AND a.version_id = r.version_id
                         WHERE m.story_id = :story""")
                .param("story", story.value())
                .query((rs, row) -> numbers.put(rs.getLong(1), rs.getLong(2))).list();
        return numbers;
    }

    /** The analyses a story took in after {@code seq}, in the order it took them: what another node merged. */
    List<Numbered> mergedAfter(StoryId story, long seq) {
        return jdbc.sql("""
                        SELECT r.article_id, a.published, r.result::text AS result, r.number, l.seq, l.analysis_number
                          FROM story_merge_log l
                          JOIN article_analyses r ON r.article_id = l.article_id AND r.number = l.analysis_number
                          JOIN current_articles a ON a.id = r.article_id
                         WHERE l.story_id = :story AND l.seq > :seq ORDER BY l.seq""")
                .param("story", story.value())
                .param("seq", seq)
                .query(this::numbered).list();
    }

    private Numbered numbered(ResultSet rs, int row) throws SQLException {
        long seq = rs.getLong("seq");
        Long logged = rs.wasNull() ? null : seq;
        long mergedNumber = rs.getLong("analysis_number");
        Long merged = rs.wasNull() ? null : mergedNumber;
        return new Numbered(new StoryMerger.Analysed(ArticleId.of(rs.getLong("article_id")), rs.getObject("published", LocalDate.class),
                json.readValue(rs.getString("result"), ArticleAnalysis.class)), rs.getLong("number"), logged, merged);
    }
}
