package org.storydesk.support;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Waiting for the background analysis, which a test of its results cannot run ahead of. */
public final class Analysis {

    private Analysis() {
    }

    /** Waits until no article is waiting or being analysed, and the story has taken in every analysis (and merged since). */
    public static void awaitIdle(JdbcClient jdbc, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            boolean busy = jdbc.sql("SELECT EXISTS (SELECT 1 FROM analysis_jobs WHERE state IN ('pending', 'running'))")
                    .query(Boolean.class).single();
            boolean merged = jdbc.sql("""
                            SELECT coalesce((SELECT merged_at FROM story_merges WHERE id = 1), 'epoch')
                                   >= coalesce((SELECT max(finished_at) FROM analysis_jobs), 'epoch')
                               AND NOT EXISTS (SELECT 1 FROM story_merges WHERE full_merge_requested IS NOT NULL)
                               AND NOT EXISTS (SELECT 1 FROM article_analyses r
                                                 JOIN current_articles a ON a.id = r.article_id AND a.version_id = r.version_id
                                                 LEFT JOIN story_merge_log l ON l.article_id = r.article_id
                                                WHERE l.seq IS NULL OR l.analysis_number <> r.number)""")
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
