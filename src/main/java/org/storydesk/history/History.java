package org.storydesk.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.storydesk.base.database.Like;
import org.storydesk.base.security.Editors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail. Every service that writes editors' work records the write here, in the same
 * transaction, so a write and its record commit together or not at all. The table refuses
 * updates and deletes (a trigger), so what is recorded stays recorded.
 */
@Service
public class History {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    History(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Who is named in the History for what the desk did by itself: editors' work that followed an item when the story was merged again. */
    public static final String THE_DESK = "Story Desk";

    /** Records a write by the logged-in editor. Must run inside the write's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String itemType, String itemId, String label, @Nullable Object before, @Nullable Object after) {
        recordAs(Editors.current(), action, itemType, itemId, label, before, after);
    }

    /** Records what the desk did to editors' work by itself (no one is logged in on its background threads). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordByTheDesk(String action, String itemType, String itemId, String label, @Nullable Object before, @Nullable Object after) {
        recordAs(THE_DESK, action, itemType, itemId, label, before, after);
    }

    private void recordAs(String editor, String action, String itemType, String itemId, String label, @Nullable Object before,
                          @Nullable Object after) {
        jdbc.sql("""
                        INSERT INTO audit_log (editor, action, item_type, item_id, item_label, before, after)
                        VALUES (:editor, :action, :type, :id, :label, CAST(:before AS jsonb), CAST(:after AS jsonb))""")
                .param("editor", editor)
                .param("action", action)
                .param("type", itemType)
                .param("id", itemId)
                .param("label", label)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> list(HistoryQuery query, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("""
                        SELECT id, at, editor, action, item_type, item_id, item_label, before::text AS before, after::text AS after
                          FROM audit_log""" + where + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query((rs, row) -> new HistoryEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("editor"),
                        rs.getString("action"), rs.getString("item_type"), rs.getString("item_id"), rs.getString("item_label"),
                        rs.getString("before"), rs.getString("after")))
                .list();
    }

    @Transactional(readOnly = true)
    public int count(HistoryQuery query) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, params);
        return jdbc.sql("SELECT count(*) FROM audit_log" + where).params(params).query(Integer.class).single();
    }

    /** Everyone who has written something, for the History view's filter. */
    @Transactional(readOnly = true)
    public List<String> editors() {
        return jdbc.sql("SELECT DISTINCT editor FROM audit_log ORDER BY editor").query(String.class).list();
    }

    private static String where(HistoryQuery query, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE true");
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
