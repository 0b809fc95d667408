package org.storydesk.base.database;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Full-text search in SQL: what the planner must know to search well. */
public final class TextSearch {

    private TextSearch() {
    }

    /**
     * Has the statements of the current transaction planned for the words they are given. How to find
     * words depends on how common they are (a common word: walk the newest versions until the page is
     * full; a rare one: its index entries), and the JDBC driver prepares a statement run often: after a
     * few runs PostgreSQL may keep one generic plan, made without the words, for every search (one made
     * for a rare word then read 57,000 matches for "minister"). Needs the transaction the search runs in.
     */
    public static void planForTheWords(JdbcClient jdbc) {
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
    }
}
