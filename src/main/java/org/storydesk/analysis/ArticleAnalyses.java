package org.storydesk.analysis;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.analysis.merging.StoryMerger;
import org.storydesk.base.ArticleId;
import tools.jackson.databind.json.JsonMapper;

/** What each article says, as the pipeline found it, kept so the story can be merged again without the pipeline. */
@Repository
class ArticleAnalyses {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ArticleAnalyses(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void save(ArticleId article, long versionId, ArticleAnalysis analysis) {
        jdbc.sql("""
                        INSERT INTO article_analyses (article_id, version_id, result) VALUES (:article, :version, CAST(:result AS jsonb))
                        ON CONFLICT (article_id) DO UPDATE SET version_id = excluded.version_id, result = excluded.result, analysed_at = now()""")
                .param("article", article.value())
                .param("version", versionId)
                .param("result", json.writeValueAsString(analysis))
                .update();
    }

    /** The analyses of every article's newest version, with the date each was published. */
    List<StoryMerger.Analysed> current() {
        return jdbc.sql("""
                        SELECT r.article_id, a.published, r.result::text AS result
                          FROM article_analyses r JOIN current_articles a ON a.id = r.article_id AND a.version_id = r.version_id
                         ORDER BY r.article_id""")
                .query((rs, row) -> new StoryMerger.Analysed(ArticleId.of(rs.getLong(1)), rs.getObject(2, LocalDate.class),
                        json.readValue(rs.getString(3), ArticleAnalysis.class)))
                .list();
    }
}
