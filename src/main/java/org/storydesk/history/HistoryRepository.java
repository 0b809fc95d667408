package org.storydesk.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.base.StoryId;
import org.storydesk.base.database.Like;

/** The History in PostgreSQL: the append-only audit log, which the database itself keeps from being rewritten. */
@Repository
class HistoryRepository {

    private static final String COLUMNS = "id, at, editor, action, item_type, item_id, item_label, before::text AS before, after::text AS after";

    private final JdbcClient jdbc;

    HistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(@Nullable StoryId story, String editor, String action, String itemType, String itemId, String label,
                @Nullable String before, @Nullable String after) {
        jdbc.sql("""
                        INSERT INTO audit_log (story_id, editor, action, item_type, item_id, item_label, before, after)
                        VALUES (:story, :editor, :action, :type, :id, :label, CAST(:before AS jsonb), CAST(:after AS jsonb))""")
                .param("story", story == null ? null : story.value())
                .param("editor", editor)
                .param("action", action)
                .param("type", itemType)
                .param("id", itemId)
                .param("label", label)
                .param("before", before)
                .param("after", after)
                .update();
    }

    List<HistoryEntry> list(HistoryQuery query, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_log" + where + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, row) -> new HistoryEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("editor"),
                        rs.getString("action"), rs.getString("item_type"), rs.getString("item_id"), rs.getString("item_label"),
                        rs.getString("before"), rs.getString("after")))
                .list();
    }

    int count(HistoryQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        return jdbc.sql("SELECT count(*) FROM audit_log" + where).params(params).query(Integer.class).single();
    }

    List<String> editors(StoryId story) {
        return jdbc.sql("SELECT DISTINCT editor FROM audit_log WHERE story_id = :story OR story_id IS NULL ORDER BY editor")
                .param("story", story.value()).query(String.class).list();
    }

    /** The latest entry of each of these stories (an editor's, not the desk's own), for the desk home. */
    Map<StoryId, HistoryEntry> latest(List<StoryId> stories) {
        Map<StoryId, HistoryEntry> latest = new HashMap<>();
        if (stories.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                        SELECT s.story_id, l.id, l.at, l.editor, l.action, l.item_type, l.item_id, l.item_label, l.before::text AS before,
                               l.after::text AS after
                          FROM unnest(CAST(:stories AS bigint[])) AS s (story_id)
                          CROSS JOIN LATERAL (SELECT * FROM audit_log a WHERE a.story_id = s.story_id AND a.editor <> :desk
                                               ORDER BY a.at DESC, a.id DESC LIMIT 1) l""")
                .param("stories", stories.stream().map(StoryId::value).toArray(Long[]::new))
                .param("desk", History.THE_DESK)
                .query((rs, row) -> latest.put(StoryId.of(rs.getLong("story_id")), new HistoryEntry(rs.getLong("id"),
                        rs.getTimestamp("at").toInstant(), rs.getString("editor"), rs.getString("action"), rs.getString("item_type"),
                        rs.getString("item_id"), rs.getString("item_label"), rs.getString("before"), rs.getString("after"))))
                .list();
        return latest;
    }


    /** A story's entries and the desk's own (which belong to no story). */
    private static String where(HistoryQuery query, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE (story_id = :story OR story_id IS NULL)");
        params.put("story", query.story().value());
        if (query.editor() != null) {
            sql.append(" AND editor = :editor");
            params.put("editor", query.editor());
        }
        if (query.itemType() != null) {
            sql.append(" AND item_type = :type");
            params.put("type", query.itemType());
        }
        if (query.itemId() != null) {
            sql.append(" AND item_id = :id");
            params.put("id", query.itemId());
        }
        if (query.search() != null && !query.search().isBlank()) {
            sql.append(" AND item_label ILIKE :search");
            params.put("search", Like.containing(query.search()));
        }
        return sql.toString();
    }
}
