package org.storydesk.notes;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.base.ItemType;
import org.storydesk.base.StoryId;

/** Notes in PostgreSQL. Changes are guarded by the note's version, so a stale copy never overwrites a newer one. */
@Repository
class NoteRepository {

    private static final String COLUMNS = """
            id, story_id, target_type, target_id, target_label, exact, prefix, suffix, start_offset, end_offset, body, tags, author,
            created, updated, version""";

    private final JdbcClient jdbc;

    NoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Note insert(StoryId story, ItemType type, String targetId, String label, TextSelector selector, String body, List<String> tags, String author) {
        return jdbc.sql("""
                        INSERT INTO notes (story_id, target_type, target_id, target_label, exact, prefix, suffix, start_offset, end_offset, body,
                                           tags, author)
                        VALUES (:story, :type, :target, :label, :exact, :prefix, :suffix, :start, :end, :body, :tags, :author)
                        RETURNING""" + " " + COLUMNS)
                .param("story", story.value())
                .param("type", type.code())
                .param("target", targetId)
                .param("label", label)
                .param("exact", selector == null ? null : selector.exact())
                .param("prefix", selector == null ? null : selector.prefix())
                .param("suffix", selector == null ? null : selector.suffix())
                .param("start", selector == null ? null : selector.start())
                .param("end", selector == null ? null : selector.end())
                .param("body", body)
                .param("tags", tags.toArray(String[]::new))
                .param("author", author)
                .query(NoteRepository::note)
                .single();
    }

    /** Changes a note only if no one changed it since {@code version} was read; empty when someone did (or deleted it). */
    Optional<Note> update(NoteId id, int version, String body, List<String> tags) {
        // The version check and the write are one statement: two editors saving at once cannot both win.
        return jdbc.sql("""
                        UPDATE notes SET body = :body, tags = :tags, updated = clock_timestamp(), version = version + 1
                         WHERE id = :id AND version = :version
                        RETURNING""" + " " + COLUMNS)
                .param("id", id.value())
                .param("version", version)
                .param("body", body)
                .param("tags", tags.toArray(String[]::new))
                .query(NoteRepository::note)
                .optional();
    }

    /** Deletes a note only if no one changed it since {@code version} was read. */
    Optional<Note> delete(NoteId id, int version) {
        return jdbc.sql("DELETE FROM notes WHERE id = :id AND version = :version RETURNING " + COLUMNS)
                .param("id", id.value())
                .param("version", version)
                .query(NoteRepository::note)
                .optional();
    }

    Optional<Note> find(NoteId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notes WHERE id = :id").param("id", id.value()).query(NoteRepository::note).optional();
    }

    /** The notes on some items of one type, oldest first. */
    List<Note> on(StoryId story, ItemType type, Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM notes WHERE story_id = :story AND target_type = :type AND target_id IN (:ids) ORDER BY created, id")
                .param("story", story.value())
                .param("type", type.code())
                .param("ids", List.copyOf(ids))
                .query(NoteRepository::note)
                .list();
    }

    /**
     * @param involved for each type, the ids of the items involving the query's people (null when the query names no one)
     */
    List<Note> list(NoteQuery query, Map<ItemType, Set<String>> involved, Instant from, Instant to, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, involved, from, to, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM notes" + where + " ORDER BY created DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .query(NoteRepository::note)
                .list();
    }

    int count(NoteQuery query, Map<ItemType, Set<String>> involved, Instant from, Instant to) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, involved, from, to, params);
        return jdbc.sql("SELECT count(*) FROM notes" + where).params(params).query(Integer.class).single();
    }

    List<String> tags(StoryId story) {
        return jdbc.sql("SELECT DISTINCT unnest(tags) AS tag FROM notes WHERE story_id = :story ORDER BY tag").param("story", story.value())
                .query(String.class).list();
    }

    List<String> authors(StoryId story) {
        return jdbc.sql("SELECT DISTINCT author FROM notes WHERE story_id = :story ORDER BY author").param("story", story.value())
                .query(String.class).list();
    }

    /** The latest note of each of these stories. */
    Map<StoryId, Note> latest(List<StoryId> stories) {
        Map<StoryId, Note> latest = new HashMap<>();
        if (stories.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                        SELECT n.* FROM unnest(CAST(:stories AS bigint[])) AS s (story_id)
                          CROSS JOIN LATERAL (SELECT""" + " " + COLUMNS + " " + """
                         FROM notes WHERE notes.story_id = s.story_id ORDER BY created DESC, id DESC LIMIT 1) n""")
                .param("stories", stories.stream().map(StoryId::value).toArray(Long[]::new))
                .query(NoteRepository::note)
                .list().forEach(note -> latest.put(note.story(), note));
        return latest;
    }

    private static String where(NoteQuery query, Map<ItemType, Set<String>> involved, Instant from, Instant to,
                                Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE story_id = :story");
        params.put("story", query.story().value());
        if (involved != null) {
            List<String> either = new ArrayList<>();
            involved.forEach((type, ids) -> {
                if (!ids.isEmpty()) {
                    either.add("(target_type = '" + type.code() + "' AND target_id IN (:" + type.code() + "Ids))");
                    params.put(type.code() + "Ids", List.copyOf(ids));
                }
            });
            sql.append(either.isEmpty() ? " AND false" : " AND (" + String.join(" OR ", either) + ")");
        }
        if (from != null) {
            sql.append(" AND created >= :from");
            params.put("from", Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" AND created < :to");
            params.put("to", Timestamp.from(to));
        }
        if (query.tag() != null) {
            sql.append(" AND :tag = ANY (tags)");
            params.put("tag", query.tag());
        }
        if (query.author() != null) {
            sql.append(" AND author = :author");
            params.put("author", query.author());
        }
        if (query.type() != null) {
            sql.append(" AND target_type = :type");
            params.put("type", query.type().code());
        }
        return sql.toString();
    }

    private static Note note(ResultSet rs, int row) throws SQLException {
        String exact = rs.getString("exact");
        TextSelector selector = exact == null ? null : new TextSelector(exact, rs.getString("prefix"), rs.getString("suffix"),
                rs.getInt("start_offset"), rs.getInt("end_offset"));
        return new Note(NoteId.of(rs.getLong("id")), StoryId.of(rs.getLong("story_id")), ItemType.of(rs.getString("target_type")), rs.getString("target_id"),
                rs.getString("target_label"), selector, rs.getString("body"), strings(rs.getArray("tags")), rs.getString("author"),
                rs.getTimestamp("created").toInstant(), rs.getTimestamp("updated").toInstant(), rs.getInt("version"), Anchor.ATTACHED);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    /** Moves the notes on an item to the item it became part of; returns how many moved. */
    int follow(StoryId story, String type, String from, String to) {
        return jdbc.sql("UPDATE notes SET target_id = :to WHERE story_id = :story AND target_type = :type AND target_id = :from")
                .param("story", story.value()).param("type", type).param("from", from).param("to", to).update();
    }
}
