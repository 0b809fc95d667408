package org.storydesk.analysis;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.base.ArticleId;
import org.storydesk.base.ItemSuccessors;
import org.storydesk.base.ItemType;
import org.storydesk.base.StoryId;

/**
 * Each story's merge as the database keeps it: which analyses it took in, in which order, how
 * many times it was merged as a whole, a full merge asked for, and whether something may wait
 * for it. Every node reads it to know whether its copy of a story is the story.
 */
@Repository
class MergeLog implements ItemSuccessors {

    /**
     * @param generation   how many full merges the story has had
     * @param lastSeq      the last analysis the story took in (0: none)
     * @param fullMerge    why a full merge was asked for, if one was
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
     * Takes a story's merge lock until the transaction ends: two nodes merging the same story at
     * once would interleave their writes; two stories merge side by side. Held for the short
     * transaction of an addition or the write of a full merge.
     */
    void lock(StoryId story) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('storydesk.story-merge'), CAST(:story AS integer))")
                .param("story", story.value()).query(Object.class).single();
    }

    /**
     * Every story with articles has its merge row (a new story, or every story after a restore, which keeps
     * none), and is looked at. A story whose log holds articles but that was never merged on this database
     * (a restore keeps the log, not the items) is merged again as a whole, in the log's order: its items
     * come back with their ids, and the editors' work restored with them finds them.
     */
    void ensureAll() {
        jdbc.sql("""
                        INSERT INTO story_merges (story_id, merged_at, people, quotes, events)
                        SELECT DISTINCT story_id, NULL::timestamptz, 0, 0, 0 FROM story_members
                        ON CONFLICT (story_id) DO UPDATE SET look_again = true""")
                .update();
        jdbc.sql("""
                        UPDATE story_merges m SET full_merge_requested = coalesce(m.full_merge_requested, clock_timestamp()),
                                                  full_merge_reason = coalesce(m.full_merge_reason, 'the story is made again from its log')
                         WHERE m.merged_at IS NULL AND EXISTS (SELECT 1 FROM story_merge_log l WHERE l.story_id = m.story_id)""")
                .update();
    }

    /** Something may wait for these stories: the merger looks at them next. */
    void lookAgain(Collection<StoryId> stories) {
        if (stories.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO story_merges (story_id, merged_at, people, quotes, events)
                        SELECT story_id, NULL::timestamptz, 0, 0, 0 FROM unnest(CAST(:stories AS bigint[])) AS s (story_id) ORDER BY story_id
                        ON CONFLICT (story_id) DO UPDATE SET look_again = true""")
                .param("stories", stories.stream().map(StoryId::value).toArray(Long[]::new)).update();
    }

    /**
     * An article's analysis was saved: every story it is on may take it in. The stories' rows are
     * locked in the order of their ids, so two workers saving articles of the same stories never
     * wait on each other in a circle.
     */
    void lookAgainFor(ArticleId article) {
        jdbc.sql("""
                        INSERT INTO story_merges (story_id, merged_at, people, quotes, events)
                        SELECT story_id, NULL::timestamptz, 0, 0, 0 FROM story_members WHERE article_id = :article ORDER BY story_id
                        ON CONFLICT (story_id) DO UPDATE SET look_again = true""")
                .param("article", article.value()).update();
    }

    /** The stories that may have something waiting, or that a full merge was asked for: oldest story first. */
    List<StoryId> toLookAt() {
        return jdbc.sql("SELECT story_id FROM story_merges WHERE look_again OR full_merge_requested IS NOT NULL ORDER BY story_id")
                .query((rs, row) -> StoryId.of(rs.getLong(1))).list();
    }

    /** The merger is looking now: what arrives from here on sets the flag again. */
    void lookedAt(StoryId story) {
        jdbc.sql("UPDATE story_merges SET look_again = false WHERE story_id = :story").param("story", story.value()).update();
    }

    State state(StoryId story) {
        return jdbc.sql("""
                        SELECT m.generation, m.rules, coalesce((SELECT max(seq) FROM story_merge_log l WHERE l.story_id = m.story_id), 0) AS last_seq,
                               CASE WHEN m.full_merge_requested IS NOT NULL THEN coalesce(m.full_merge_reason, 'asked for') END AS reason,
                               m.merged_at IS NOT NULL AS merged_before, m.full_merge_requested
                          FROM story_merges m WHERE m.story_id = :story""")
                .param("story", story.value())
                .query((rs, row) -> new State(rs.getInt("generation"), rs.getInt("rules"), rs.getLong("last_seq"),
                        Optional.ofNullable(rs.getString("reason")), rs.getBoolean("merged_before"),
                        rs.getTimestamp("full_merge_requested") == null ? Instant.EPOCH : rs.getTimestamp("full_merge_requested").toInstant()))
                .optional()
                .orElse(new State(0, 0, 0, Optional.empty(), false, Instant.EPOCH));
    }

    /** Notes that a story took in an article's analysis, at the end of its order (or where it already stood, for a new analysis of it). */
    void took(StoryId story, ArticleId article, long number) {
        jdbc.sql("""
                        INSERT INTO story_merge_log (story_id, article_id, analysis_number) VALUES (:story, :article, :number)
                        ON CONFLICT (story_id, article_id) DO UPDATE SET analysis_number = excluded.analysis_number, merged_at = clock_timestamp()""")
                .param("story", story.value()).param("article", article.value()).param("number", number).update();
    }

    /** Notes that a story took in these analyses, in this order (those it had keep their places), in one statement. */
    void tookAll(StoryId story, List<ArticleId> articles, List<Long> numbers) {
        if (articles.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO story_merge_log (story_id, article_id, analysis_number)
                        SELECT :story, article_id, analysis_number
                          FROM unnest(:articles, :numbers) WITH ORDINALITY AS taken (article_id, analysis_number, n)
                         ORDER BY n
                        ON CONFLICT (story_id, article_id) DO UPDATE SET analysis_number = excluded.analysis_number, merged_at = clock_timestamp()
                         WHERE story_merge_log.analysis_number <> excluded.analysis_number""")
                .param("story", story.value())
                .param("articles", articles.stream().map(ArticleId::value).toArray(Long[]::new))
                .param("numbers", numbers.toArray(Long[]::new))
                .update();
    }

    /** The articles a story's log holds. */
    List<ArticleId> logged(StoryId story) {
        return jdbc.sql("SELECT article_id FROM story_merge_log WHERE story_id = :story").param("story", story.value())
                .query((rs, row) -> ArticleId.of(rs.getLong(1))).list();
    }

    void dropped(StoryId story, List<ArticleId> articles) {
        if (!articles.isEmpty()) {
            jdbc.sql("DELETE FROM story_merge_log WHERE story_id = :story AND article_id = ANY (:articles)")
                    .param("story", story.value()).param("articles", articles.stream().map(ArticleId::value).toArray(Long[]::new)).update();
        }
    }

    void merged(StoryId story, int people, int quotes, int events) {
        jdbc.sql("""
                        UPDATE story_merges SET merged_at = clock_timestamp(), people = :people, quotes = :quotes, events = :events
                         WHERE story_id = :story""")
                .param("story", story.value()).param("people", people).param("quotes", quotes).param("events", events).update();
    }

    /** Asks for a story to be merged again as a whole; the first reason given stands until it is done. */
    void askForFullMerge(StoryId story, String reason) {
        lookAgain(List.of(story));
        jdbc.sql("""
                        UPDATE story_merges SET full_merge_reason = coalesce(full_merge_reason, :reason),
                                                full_merge_requested = coalesce(full_merge_requested, clock_timestamp())
                         WHERE story_id = :story""")
                .param("story", story.value()).param("reason", reason).update();
    }

    /** Shows how far a full merge has come, outside its own transaction, for every node's desk to show. */
    void progress(StoryId story, int percent) {
        jdbc.sql("UPDATE story_merges SET full_merge_progress = :percent WHERE story_id = :story")
                .param("story", story.value()).param("percent", percent).update();
    }

    /** A full merge is done: it is the story's next generation, with these rules, and nothing is asked for any more. */
    void fullyMerged(StoryId story, int rules) {
        jdbc.sql("""
                        UPDATE story_merges SET generation = generation + 1, rules = :rules, full_merge_reason = NULL,
                                                full_merge_requested = NULL, full_merge_progress = NULL
                         WHERE story_id = :story""")
                .param("story", story.value()).param("rules", rules).update();
    }

    /** The story has nothing merged yet: it is merged with these rules from the start. */
    void rules(StoryId story, int rules) {
        jdbc.sql("UPDATE story_merges SET rules = :rules WHERE story_id = :story").param("story", story.value()).param("rules", rules).update();
    }

    Optional<FullMerge> fullMerge(StoryId story) {
        return jdbc.sql("""
                        SELECT full_merge_reason, coalesce(full_merge_progress, 0) FROM story_merges
                         WHERE story_id = :story AND full_merge_requested IS NOT NULL""")
                .param("story", story.value())
                .query((rs, row) -> new FullMerge(rs.getString(1), rs.getInt(2))).optional();
    }

    /** Where items of a story went: each old id to the item that now holds what it held, and old links that led to the old id lead on. */
    void succeeded(StoryId story, ItemType type, Map<String, String> moves) {
        moves.forEach((from, to) -> jdbc.sql("""
                        INSERT INTO item_successors (story_id, item_type, old_id, new_id) VALUES (:story, :type, :from, :to)
                        ON CONFLICT (story_id, item_type, old_id) DO UPDATE SET new_id = excluded.new_id, at = clock_timestamp()""")
                .param("story", story.value()).param("type", type.code()).param("from", from).param("to", to).update());
        // An item that went somewhere earlier and now goes on: old links follow it all the way.
        moves.forEach((from, to) -> jdbc.sql("""
                        UPDATE item_successors SET new_id = :to WHERE story_id = :story AND item_type = :type AND new_id = :from""")
                .param("story", story.value()).param("type", type.code()).param("from", from).param("to", to).update());
    }

    @Override
    public Optional<String> successorOf(StoryId story, ItemType type, String id) {
        return jdbc.sql("SELECT new_id FROM item_successors WHERE story_id = :story AND item_type = :type AND old_id = :id")
                .param("story", story.value()).param("type", type.code()).param("id", id).query(String.class).optional();
    }
}
