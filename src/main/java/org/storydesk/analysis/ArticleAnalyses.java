package org.storydesk.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.analysis.merging.StoryMerger;
import org.storydesk.base.ArticleId;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each article says, as the pipeline found it, kept so the story can be merged again
 * without the pipeline. Every analysis saved gets a new number, so the merge can tell an
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

    private static final String SELECT = """
            SELECT r.article_id, a.published, r.result::text AS result, r.number, l.seq, l.analysis_number
              FROM article_analyses r
              JOIN current_articles a ON a.id = r.article_id AND a.version_id = r.version_id
              LEFT JOIN story_merge_log l ON l.article_id = r.article_id
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

    /** Every article's current analysis, in the order the story took them in, then those it has not taken in yet. */
    List<Numbered> current() {
        return jdbc.sql(SELECT + " ORDER BY l.seq NULLS LAST, r.number").query(this::numbered).list();
    }

    /** Analyses the story has not taken in yet, or took in an earlier analysis of: in the order they were made. */
    List<Numbered> waiting(int limit) {
        return jdbc.sql(SELECT + " WHERE l.seq IS NULL OR l.analysis_number <> r.number ORDER BY r.number LIMIT :limit")
                .param("limit", limit)
                .query(this::numbered).list();
    }

    boolean anyWaiting() {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM article_analyses r
                                         JOIN current_articles a ON a.id = r.article_id AND a.version_id = r.version_id
                                         LEFT JOIN story_merge_log l ON l.article_id = r.article_id
                                        WHERE l.seq IS NULL OR l.analysis_number <> r.number)""")
                .query(Boolean.class).single();
    }

    /** Articles in the story whose current version has no analysis and will get none (its analysis failed): they leave the story. */
    List<ArticleId> leaving() {
        return jdbc.sql("""
                        SELECT l.article_id FROM story_merge_log l
                          JOIN current_articles a ON a.id = l.article_id
                          LEFT JOIN article_analyses r ON r.article_id = l.article_id AND r.version_id = a.version_id
                          LEFT JOIN analysis_jobs j ON j.article_id = l.article_id
                         WHERE r.article_id IS NULL AND coalesce(j.state, 'failed') NOT IN ('pending', 'running')""")
                .query((rs, row) -> ArticleId.of(rs.getLong(1))).list();
    }

    /** The analyses the story took in after {@code seq}, in the order it took them: what another node merged. */
    List<Numbered> mergedAfter(long seq) {
        return jdbc.sql("""
                        SELECT r.article_id, a.published, r.result::text AS result, r.number, l.seq, l.analysis_number
                          FROM story_merge_log l
                          JOIN article_analyses r ON r.article_id = l.article_id AND r.number = l.analysis_number
                          JOIN current_articles a ON a.id = r.article_id
                         WHERE l.seq > :seq ORDER BY l.seq""")
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
