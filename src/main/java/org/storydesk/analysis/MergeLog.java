package org.storydesk.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.base.ArticleId;
import org.storydesk.base.ItemSuccessors;
import org.storydesk.base.ItemType;

/**
 * The story's merge as the database keeps it: which analyses it took in, in which order, how
 * many times it was merged as a whole, and a full merge asked for. Every node reads it to know
 * whether its copy of the story is the story.
 */
@Repository
class MergeLog implements ItemSuccessors {

    /**
     * @param generation how many full merges the story has had
     * @param lastSeq    the last analysis the story took in (0: none)
     * @param fullMerge  why a full merge was asked for, if one was
     * @param mergedBefore whether the story was ever merged (by this version or an earlier one)
     */
    record State(int generation, int rules, long lastSeq, Optional<String> fullMerge, boolean mergedBefore, Instant fullMergeAsked) {
    }

    /** A full merge in progress, for the desk to show. */
    record FullMerge(String reason, int progress) {
    }

    private final JdbcClient jdbc;

    MergeLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the story's merge lock until the transaction ends: two nodes merging at once would
     * interleave their writes. Held for the short transaction of an addition or the write of a full merge.
     */
    void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('storydesk.story-merge'))").query(Object.class).single();
    }

    State state() {
        return jdbc.sql("""
                        SELECT m.generation, m.rules, coalesce((SELECT max(seq) FROM story_merge_log), 0) AS last_seq,
                               CASE WHEN m.full_merge_requested IS NOT NULL THEN coalesce(m.full_merge_reason, 'asked for') END AS reason,
                               m.merged_at IS NOT NULL AS merged_before, m.full_merge_requested
                          FROM story_merges m WHERE m.id = 1""")
                .query((rs, row) -> new State(rs.getInt("generation"), rs.getInt("rules"), rs.getLong("last_seq"),
                        Optional.ofNullable(rs.getString("reason")), rs.getBoolean("merged_before"),
                        rs.getTimestamp("full_merge_requested") == null ? Instant.EPOCH : rs.getTimestamp("full_merge_requested").toInstant()))
                .single();
    }

    /** Notes that the story took in an article's analysis, at the end of the order (or where it already stood, for a new analysis of it). */
    void took(ArticleId article, long number) {
        jdbc.sql("""
                        INSERT INTO story_merge_log (article_id, analysis_number) VALUES (:article, :number)
                        ON CONFLICT (article_id) DO UPDATE SET analysis_number = excluded.analysis_number, merged_at = clock_timestamp()""")
                .param("article", article.value()).param("number", number).update();
    }

    void dropped(List<ArticleId> articles) {
        if (!articles.isEmpty()) {
            jdbc.sql("DELETE FROM story_merge_log WHERE article_id IN (:articles)")
                    .param("articles", articles.stream().map(ArticleId::value).toList()).update();
        }
    }

    void merged(int people, int quotes, int events) {
        jdbc.sql("UPDATE story_merges SET merged_at = clock_timestamp(), people = :people, quotes = :quotes, events = :events WHERE id = 1")
                .param("people", people).param("quotes", quotes).param("events", events).update();
    }

    /** Asks for the story to be merged again as a whole; the first reason given stands until it is done. */
    void askForFullMerge(String reason) {
        jdbc.sql("""
                        UPDATE story_merges SET full_merge_reason = coalesce(full_merge_reason, :reason),
                                                full_merge_requested = coalesce(full_merge_requested, clock_timestamp())
                         WHERE id = 1""")
                .param("reason", reason).update();
    }

    /** Shows how far a full merge has come, outside its own transaction, for every node's desk to show. */
    void progress(int percent) {
        jdbc.sql("UPDATE story_merges SET full_merge_progress = :percent WHERE id = 1").param("percent", percent).update();
    }

    /** A full merge is done: it is the story's next generation, with these rules, and nothing is asked for any more. */
    void fullyMerged(int rules) {
        jdbc.sql("""
                        UPDATE story_merges SET generation = generation + 1, rules = :rules, full_merge_reason = NULL,
                                                full_merge_requested = NULL, full_merge_progress = NULL
                         WHERE id = 1""")
                .param("rules", rules).update();
    }

    /** The story has nothing merged yet: it is merged with these rules from the start. */
    void rules(int rules) {
        jdbc.sql("UPDATE story_merges SET rules = :rules WHERE id = 1").param("rules", rules).update();
    }

    Optional<FullMerge> fullMerge() {
        return jdbc.sql("""
                        SELECT full_merge_reason, coalesce(full_merge_progress, 0) FROM story_merges
                         WHERE id = 1 AND full_merge_requested IS NOT NULL""")
                .query((rs, row) -> new FullMerge(rs.getString(1), rs.getInt(2))).optional();
    }


    @Override
    public Optional<String> successorOf(ItemType type, String id) {
        return jdbc.sql("SELECT new_id FROM item_successors WHERE item_type = :type AND old_id = :id")
                .param("type", type.code()).param("id", id).query(String.class).optional();
    }
}
