package org.storydesk.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.analysis.merging.StoryMerger;
import tools.jackson.databind.json.JsonMapper;

/**
 * Articles and their analyses written into a desk's database as the analysis leaves them (an
 * article, its version, its finished job, what the pipeline found in it), without running the
 * pipeline: the input of the story's merge, at the sizes a newsroom reaches. The merge that
 * makes the story of them is the app's own. The analyses come from {@link SyntheticStory}.
 */
public final class SyntheticDesk {

    private static final String BODY = "Officials met on the day to discuss the next steps. \"We will keep working on this,\" one said.\n\n";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;
    private int written;

    public SyntheticDesk(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** Writes the articles (ids as the generator numbered them) and their analyses, in batches, onto the desk's first story. */
    public void write(List<StoryMerger.Analysed> articles) {
        long story = jdbc.sql("""
                        INSERT INTO stories (slug, name, created_by) SELECT 'synthetic-story', 'A synthetic story', 'bench'
                         WHERE NOT EXISTS (SELECT 1 FROM stories)""").update() == 1
                ? jdbc.sql("SELECT min(id) FROM stories").query(Long.class).single() : jdbc.sql("SELECT min(id) FROM stories").query(Long.class).single();
        for (int from = 0; from < articles.size(); from += 1_000) {
            List<StoryMerger.Analysed> chunk = articles.subList(from, Math.min(articles.size(), from + 1_000));
            List<SqlParameterSource> rows = new ArrayList<>();
            for (StoryMerger.Analysed article : chunk) {
                written++;
                long id = article.article().value();
                LocalDate published = article.published();
                rows.add(new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("source", "synthetic-" + id + ".txt")
                        .addValue("hash", "synthetic-" + id)
                        .addValue("body", BODY.repeat(12) + "Article " + id + ".")
                        .addValue("outlet", "Outlet " + (1 + id % 40))
                        .addValue("headline", "Report " + id + " on the talks")
                        .addValue("published", published)
                        .addValue("story", story)
                        .addValue("result", json.writeValueAsString(article.analysis())));
            }
            SqlParameterSource[] values = rows.toArray(SqlParameterSource[]::new);
            batch.batchUpdate("INSERT INTO articles (id, source) OVERRIDING SYSTEM VALUE VALUES (:id, :source)", values);
            batch.batchUpdate("""
                    INSERT INTO article_versions (article_id, version, content_hash, media_type, raw, body, outlet, headline, published, words)
                    VALUES (:id, 1, :hash, 'text/plain', :body, :body, :outlet, :headline, :published, 240)""", values);
            batch.batchUpdate("UPDATE articles SET current_version_id = (SELECT id FROM article_versions WHERE article_id = :id) WHERE id = :id", values);
            batch.batchUpdate("""
                    INSERT INTO analysis_jobs (article_id, version_id, state, finished_at, took_ms)
                    VALUES (:id, (SELECT current_version_id FROM articles WHERE id = :id), 'done', now(), 1500)""", values);
            batch.batchUpdate("INSERT INTO story_articles (story_id, article_id, added_by) VALUES (:story, :id, 'bench')", values);
            batch.batchUpdate("""
                    INSERT INTO article_analyses (article_id, version_id, result)
                    VALUES (:id, (SELECT current_version_id FROM articles WHERE id = :id), CAST(:result AS jsonb))""", values);
        }
        jdbc.sql("SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))").query(Object.class).single();
    }

    public int written() {
        return written;
    }
}
