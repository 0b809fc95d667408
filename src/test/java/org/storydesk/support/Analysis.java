package org.storydesk.support;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Waiting for the background analysis, which a test of its results cannot run ahead of. */
public final class Analysis {

    private Analysis() {
    }

    /** Waits until no article is waiting or being analysed, and every story has taken in every analysis of its articles. */
    public static void awaitIdle(JdbcClient jdbc, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            boolean busy = jdbc.sql("SELECT EXISTS (SELECT 1 FROM analysis_jobs WHERE state IN ('pending', 'running'))")
                    .query(Boolean.class).single();
            // Every story has taken in every current analysis of its articles, let go of those taken out, and merged since.
            boolean merged = jdbc.sql("""
                            SELECT NOT EXISTS (SELECT 1 FROM story_merges WHERE full_merge_requested IS NOT NULL)
                               AND NOT EXISTS (SELECT 1 FROM story_articles sa
                                                 JOIN article_analyses r ON r.article_id = sa.article_id
                                                 JOIN current_articles a ON a.id = r.article_id AND a.version_id = r.version_id
                                                 LEFT JOIN story_merge_log l ON l.story_id = sa.story_id AND l.article_id = r.article_id
                                                WHERE l.seq IS NULL OR l.analysis_number <> r.number)
                               AND NOT EXISTS (SELECT 1 FROM story_merge_log l
                                                WHERE NOT EXISTS (SELECT 1 FROM story_articles sa
                                                                   WHERE sa.story_id = l.story_id AND sa.article_id = l.article_id))""")
                    .query(Boolean.class).single();
            if (!busy && merged) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new AssertionError("The analysis did not finish within " + patience);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
