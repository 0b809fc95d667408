package org.storydesk.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.base.ArticleId;
import org.storydesk.base.StoryId;
import org.storydesk.articles.AnalysisState;
import org.storydesk.articles.AnalysisStatus;

/**
 * The analysis queue: one row per article, for its newest version. Any app node may claim the
 * next waiting article; {@code FOR UPDATE SKIP LOCKED} makes sure no two nodes claim the same one
 * and none waits for another's claim.
 */
@Repository
class AnalysisJobs {

    /** A job already queued for the article is queued again for a newer version, and left alone for the same one. */
    private static final String REQUEUE_NEWER = """
            ON CONFLICT (article_id) DO UPDATE
               SET version_id = excluded.version_id, state = 'pending', error = NULL, attempts = 0,
                   claimed_by = NULL, claimed_at = NULL, finished_at = NULL, queued_at = now(), sections_done = 0, partial = NULL
             WHERE analysis_jobs.version_id <> excluded.version_id""";

    /**
     * An article to analyse, in the version that was current when it was queued.
     *
     * @param sectionsDone for a long article, how many of its sections are analysed already
     * @param partial      what those sections said, as stored JSON (null: none yet)
     */
    record Job(ArticleId article, long versionId, int sectionsDone, String partial) {
    }

    private final JdbcClient jdbc;

    AnalysisJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues an article's version; a newer version replaces an older one still waiting or done. */
    void enqueue(ArticleId article, long versionId) {
        jdbc.sql("""
                        INSERT INTO analysis_jobs (article_id, version_id) VALUES (:article, :version)
                        """ + REQUEUE_NEWER)
                .param("article", article.value())
                .param("version", versionId)
                .update();
    }

    /** Queues every article that has no analysis of its newest version (after an upgrade, or articles added elsewhere). */
    int enqueueMissing() {
        return jdbc.sql("""
                        INSERT INTO analysis_jobs (article_id, version_id)
                        SELECT a.id, a.version_id FROM current_articles a
                        """ + REQUEUE_NEWER)
                .update();
    }

    /** Claims left by a node that stopped mid-analysis go back to the queue once they are older than the lease. */
    int releaseAbandoned(Duration lease) {
        return jdbc.sql("""
                        UPDATE analysis_jobs SET state = 'pending', claimed_by = NULL, claimed_at = NULL
                         WHERE state = 'running' AND claimed_at < now() - make_interval(secs => :seconds)""")
                .param("seconds", lease.toSeconds())
                .update();
    }

    Optional<Job> claim(String node) {
        return jdbc.sql("""
                        UPDATE analysis_jobs SET state = 'running', claimed_by = :node, claimed_at = now(), attempts = attempts + 1
                         WHERE article_id = (SELECT article_id FROM analysis_jobs WHERE state = 'pending'
                                              ORDER BY queued_at, article_id LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING article_id, version_id, sections_done, partial::text""")
                .param("node", node)
                .query((rs, row) -> new Job(ArticleId.of(rs.getLong(1)), rs.getLong(2), rs.getInt(3), rs.getString(4)))
                .optional();
    }

    /**
     * Puts a long article back in the queue after some of its sections, with what they said, so
     * the articles waiting behind it go first; whichever node claims it next goes on from there.
     * Returns false where the job is no longer this node's (then what it found is dropped).
     */
    boolean yieldTurn(Job job, String node, int sectionsDone, String partial) {
        return jdbc.sql("""
                        UPDATE analysis_jobs SET state = 'pending', sections_done = :done, partial = CAST(:partial AS jsonb),
                                                 claimed_by = NULL, claimed_at = NULL, queued_at = now()
                         WHERE article_id = :article AND version_id = :version AND state = 'running' AND claimed_by = :node""")
                .param("done", sectionsDone).param("partial", partial)
                .param("article", job.article().value()).param("version", job.versionId()).param("node", node)
                .update() == 1;
    }

    /** Whether any other article waits for its turn. */
    boolean othersWaiting(ArticleId article) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM analysis_jobs WHERE state = 'pending' AND article_id <> :article)")
                .param("article", article.value()).query(Boolean.class).single();
    }

    /**
     * Marks the job done, unless it is no longer this node's: a newer version was queued meanwhile
     * (the result is stale), or the node went silent past its lease and another claimed the job
     * (the other's result counts). Returns whether it was marked; only then is the result kept.
     */
    boolean finish(Job job, String node, long tookMillis) {
        return jdbc.sql("""
                        UPDATE analysis_jobs SET state = 'done', error = NULL, finished_at = now(), took_ms = :took, partial = NULL
                         WHERE article_id = :article AND version_id = :version AND state = 'running' AND claimed_by = :node""")
                .param("took", (int) Math.min(Integer.MAX_VALUE, tookMillis))
                .param("article", job.article().value())
                .param("version", job.versionId())
                .param("node", node)
                .update() == 1;
    }

    void fail(Job job, String node, String error) {
        jdbc.sql("""
                        UPDATE analysis_jobs SET state = 'failed', error = :error, finished_at = now()
                         WHERE article_id = :article AND version_id = :version AND state = 'running' AND claimed_by = :node""")
                .param("error", error)
                .param("article", job.article().value())
                .param("version", job.versionId())
                .param("node", node)
                .update();
    }

    /** A stopping node gives the job back: it waits again, for any node. */
    void release(Job job, String node) {
        jdbc.sql("""
                        UPDATE analysis_jobs SET state = 'pending', claimed_by = NULL, claimed_at = NULL
                         WHERE article_id = :article AND version_id = :version AND state = 'running' AND claimed_by = :node""")
                .param("article", job.article().value())
                .param("version", job.versionId())
                .param("node", node)
                .update();
    }

    /** The node is still at work on the job: its claim is renewed, so no other node takes it over. */
    boolean renew(Job job, String node) {
        return jdbc.sql("""
                        UPDATE analysis_jobs SET claimed_at = now()
                         WHERE article_id = :article AND version_id = :version AND state = 'running' AND claimed_by = :node""")
                .param("article", job.article().value())
                .param("version", job.versionId())
                .param("node", node)
                .update() == 1;
    }

    boolean retry(ArticleId article) {
        return jdbc.sql("""
                        UPDATE analysis_jobs SET state = 'pending', error = NULL, claimed_by = NULL, claimed_at = NULL, queued_at = now(),
                                                 sections_done = 0, partial = NULL
                         WHERE article_id = :article AND state IN ('failed', 'done')""")
                .param("article", article.value())
                .update() == 1;
    }

    boolean anyWaiting() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM analysis_jobs WHERE state IN ('pending', 'running'))").query(Boolean.class).single();
    }

    Map<ArticleId, AnalysisStatus.Status> states() {
        Map<ArticleId, AnalysisStatus.Status> states = new LinkedHashMap<>();
        jdbc.sql("SELECT article_id, state, error FROM analysis_jobs")
                .query((rs, row) -> states.put(ArticleId.of(rs.getLong(1)), status(rs)))
                .list();
        return states;
    }

    Map<ArticleId, AnalysisStatus.Status> states(Collection<ArticleId> articles) {
        Map<ArticleId, AnalysisStatus.Status> states = new LinkedHashMap<>();
        if (articles.isEmpty()) {
            return states;
        }
        jdbc.sql("SELECT article_id, state, error FROM analysis_jobs WHERE article_id IN (:ids)")
                .param("ids", articles.stream().map(ArticleId::value).toList())
                .query((rs, row) -> states.put(ArticleId.of(rs.getLong(1)), status(rs)))
                .list();
        return states;
    }

    private static AnalysisStatus.Status status(ResultSet rs) throws SQLException {
        return new AnalysisStatus.Status(AnalysisState.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)),
                Optional.ofNullable(rs.getString("error")));
    }

    /**
     * Counts by state of a story's articles (null: of every article), and the article of theirs
     * being analysed now (its headline or first words), if any.
     */
    AnalysisStatus.Progress progress(StoryId story, boolean loading, AnalysisStatus.FullMerge fullMerge) {
        String of = story == null ? "" : " AND EXISTS (SELECT 1 FROM story_members m WHERE m.story_id = :story AND m.article_id = %s.article_id)";
        return jdbc.sql("""
                        SELECT count(*) AS total,
                               count(*) FILTER (WHERE j.state = 'done') AS done,
                               count(*) FILTER (WHERE j.state = 'failed') AS failed,
                               count(*) FILTER (WHERE j.state = 'pending') AS waiting,
                               (SELECT coalesce(a.headline, left(a.body, 80)) FROM analysis_jobs r JOIN current_articles a ON a.id = r.article_id
                                 WHERE r.state = 'running'""" + of.formatted("r") + " " + """
                                 ORDER BY r.claimed_at LIMIT 1) AS running
                          FROM analysis_jobs j WHERE true""" + of.formatted("j"))
                .param("story", story == null ? 0L : story.value())
                .query((rs, row) -> new AnalysisStatus.Progress(rs.getInt("total"), rs.getInt("done"), rs.getInt("failed"),
                        rs.getInt("waiting"), rs.getString("running"), loading, fullMerge))
                .single();
    }
}
