package org.storydesk.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonName;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.Revision;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryFilter;

/** The story's events, their people and their sources in PostgreSQL. */
@Repository
public class EventRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    EventRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Writes what a merge changed of the events (never editors' work): each event as it now stands
     * beside how it stood, only the rows that differ (a new source, a new person), and removes the
     * events no longer in the story.
     */
    public void write(StoryId story, Collection<Revision<MachineEvent>> events, Collection<EventId> removed) {
        List<SqlParameterSource> inserted = new ArrayList<>();
        List<SqlParameterSource> updated = new ArrayList<>();
        List<SqlParameterSource> newPeople = new ArrayList<>();
        List<SqlParameterSource> gonePeople = new ArrayList<>();
        List<SqlParameterSource> newSources = new ArrayList<>();
        List<SqlParameterSource> goneSources = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (Revision<MachineEvent> revision : events) {
            MachineEvent after = revision.after();
            MachineEvent before = revision.before();
            String id = after.id().value();
            if (before == null) {
                inserted.add(written(story, after));
                written.add(id);
            } else if (!sameRow(before, after)) {
                updated.add(written(story, after));
                written.add(id);
            }
            Set<PersonSlug> oldPeople = before == null ? Set.of() : Set.copyOf(before.people());
            Set<PersonSlug> nowPeople = Set.copyOf(after.people());
            nowPeople.stream().filter(slug -> !oldPeople.contains(slug)).forEach(slug -> newPeople.add(person(story, id, slug)));
            oldPeople.stream().filter(slug -> !nowPeople.contains(slug)).forEach(slug -> gonePeople.add(person(story, id, slug)));
            Map<SourceKey, MachineEvent.Source> old = sources(before);
            Map<SourceKey, MachineEvent.Source> now = sources(after);
            now.forEach((key, source) -> {
                if (!source.equals(old.get(key))) {
                    newSources.add(source(story, id, source));
                }
            });
            old.forEach((key, source) -> {
                if (!now.containsKey(key)) {
                    goneSources.add(source(story, id, source));
                }
            });
        }
        if (!removed.isEmpty()) {
            jdbc.sql("DELETE FROM events WHERE story_id = :story AND id = ANY (:ids)").param("story", story.value())
                    .param("ids", removed.stream().map(EventId::value).toArray(String[]::new)).update();
        }
        batch.batchUpdate("""
                INSERT INTO events (story_id, id, day_from, day_to, precision, time_of_day, summary,
                                    machine_day_from, machine_day_to, machine_precision, machine_summary)
                VALUES (:story, :id, :from, :to, :precision, :timeOfDay, :summary, :from, :to, :precision, :summary)""",
                inserted.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                UPDATE events SET day_from = :from, day_to = :to, precision = :precision, time_of_day = :timeOfDay, summary = :summary,
                                  machine_day_from = :from, machine_day_to = :to, machine_precision = :precision, machine_summary = :summary
                 WHERE story_id = :story AND id = :id""", updated.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("DELETE FROM event_people WHERE story_id = :story AND event_id = :event AND slug = :slug", gonePeople.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("INSERT INTO event_people (story_id, event_id, slug) VALUES (:story, :event, :slug) ON CONFLICT DO NOTHING",
                newPeople.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("DELETE FROM event_sources WHERE story_id = :story AND event_id = :event AND article_id = :article AND start_offset = :start",
                goneSources.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                INSERT INTO event_sources (story_id, event_id, article_id, start_offset, end_offset, sentence)
                VALUES (:story, :event, :article, :start, :end, :sentence)
                ON CONFLICT (story_id, event_id, article_id, start_offset) DO UPDATE SET end_offset = excluded.end_offset, sentence = excluded.sentence""",
                newSources.toArray(SqlParameterSource[]::new));
        applyCorrections(story, written);
    }

    /** A source as the table keys it. */
    private record SourceKey(ArticleId article, int start) {
    }

    private static Map<SourceKey, MachineEvent.Source> sources(MachineEvent event) {
        Map<SourceKey, MachineEvent.Source> sources = new LinkedHashMap<>();
        if (event != null) {
            for (MachineEvent.Source source : event.sources()) {
                sources.putIfAbsent(new SourceKey(source.article(), source.start()), source);
            }
        }
        return sources;
    }

    private static boolean sameRow(MachineEvent a, MachineEvent b) {
        return a.from().equals(b.from()) && a.to().equals(b.to()) && a.precision().equals(b.precision())
                && Objects.equals(a.timeOfDay(), b.timeOfDay()) && a.summary().equals(b.summary());
    }

    private static SqlParameterSource written(StoryId story, MachineEvent event) {
        return new MapSqlParameterSource()
                .addValue("story", story.value())
                .addValue("id", event.id().value())
                .addValue("from", event.from())
                .addValue("to", event.to())
                .addValue("precision", event.precision())
                .addValue("timeOfDay", event.timeOfDay())
                .addValue("summary", event.summary());
    }

    private static SqlParameterSource person(StoryId story, String event, PersonSlug slug) {
        return new MapSqlParameterSource().addValue("story", story.value()).addValue("event", event).addValue("slug", slug.value());
    }

    private static SqlParameterSource source(StoryId story, String event, MachineEvent.Source source) {
        return new MapSqlParameterSource()
                .addValue("story", story.value())
                .addValue("event", event)
                .addValue("article", source.article().value())
                .addValue("start", source.start())
                .addValue("end", source.end())
                .addValue("sentence", source.sentence());
    }

    /** The events as the machine last wrote them (its dates and summaries, not editors' corrections): what a full merge compares with. */
    public List<MachineEvent> machineRows(StoryId story) {
        Map<String, List<PersonSlug>> people = new HashMap<>();
        jdbc.sql("SELECT event_id, slug FROM event_people WHERE story_id = :story ORDER BY event_id, slug").param("story", story.value()).query((rs, row) -> {
            people.computeIfAbsent(rs.getString(1), e -> new ArrayList<>()).add(PersonSlug.of(rs.getString(2)));
            return null;
        }).list();
        Map<String, List<MachineEvent.Source>> sources = new HashMap<>();
        jdbc.sql("""
                        SELECT event_id, article_id, start_offset, end_offset, sentence FROM event_sources
                         WHERE story_id = :story ORDER BY event_id, article_id, start_offset""")
                .param("story", story.value())
                .query((rs, row) -> {
                    sources.computeIfAbsent(rs.getString(1), e -> new ArrayList<>()).add(new MachineEvent.Source(ArticleId.of(rs.getLong(2)),
                            rs.getInt(3), rs.getInt(4), rs.getString(5)));
                    return null;
                }).list();
        return jdbc.sql("SELECT id, machine_day_from, machine_day_to, machine_precision, time_of_day, machine_summary FROM events WHERE story_id = :story")
                .param("story", story.value())
                .query((rs, row) -> new MachineEvent(new EventId(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6),
                        List.copyOf(people.getOrDefault(rs.getString(1), List.of())), List.copyOf(sources.getOrDefault(rs.getString(1), List.of()))))
                .list();
    }

    /** Editors' corrections of dates and summaries, laid over the machine's: on every merge, and when an editor corrects one. */
    private void applyCorrections(StoryId story, List<String> ids) {
        // One array parameter, not an IN list: a full merge writes tens of thousands of items, past what a statement binds.
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE events e SET summary = coalesce(c.summary, e.machine_summary),
                                            day_from = coalesce(c.day_from, e.machine_day_from),
                                            day_to = coalesce(c.day_to, e.machine_day_to),
                                            precision = coalesce(c.precision, e.machine_precision),
                                            corrected = true
                          FROM event_corrections c
                         WHERE c.story_id = e.story_id AND c.event_id = e.id AND e.story_id = :story AND e.id = ANY (:ids)""")
                .param("story", story.value())
                .param("ids", ids.toArray(String[]::new))
                .update();
    }

    /**
     * Corrects an event, if no one else corrected it since {@code version} was read (0: not yet).
     * Check and write are one statement, so two editors correcting at once cannot both win.
     */
    boolean correct(StoryId story, EventId event, int version, @Nullable String summary, @Nullable LocalDate from, @Nullable LocalDate to,
                    @Nullable String precision, String author) {
        boolean written;
        if (version == 0) {
            written = jdbc.sql("""
                            INSERT INTO event_corrections (story_id, event_id, summary, day_from, day_to, precision, author)
                            VALUES (:story, :event, :summary, :from, :to, :precision, :author)
                            ON CONFLICT (story_id, event_id) DO NOTHING""")
                    .param("story", story.value()).param("event", event.value()).param("summary", summary).param("from", from).param("to", to)
                    .param("precision", precision).param("author", author)
                    .update() == 1;
        } else {
            written = jdbc.sql("""
                            UPDATE event_corrections SET summary = :summary, day_from = :from, day_to = :to, precision = :precision,
                                                         author = :author, updated = clock_timestamp(), version = version + 1
                             WHERE story_id = :story AND event_id = :event AND version = :version""")
                    .param("story", story.value()).param("event", event.value()).param("version", version).param("summary", summary).param("from", from)
                    .param("to", to).param("precision", precision).param("author", author)
                    .update() == 1;
        }
        if (written) {
            // Every corrected field is set from the correction or, where it has none, from the machine's value.
            applyCorrections(story, List.of(event.value()));
        }
        return written;
    }

    /** Gives an event back the date and summary the machine found, if no one changed the correction since {@code version}. */
    boolean withdrawCorrection(StoryId story, EventId event, int version) {
        boolean deleted = jdbc.sql("DELETE FROM event_corrections WHERE story_id = :story AND event_id = :event AND version = :version")
                .param("story", story.value()).param("event", event.value()).param("version", version)
                .update() == 1;
        if (deleted) {
            jdbc.sql("""
                            UPDATE events SET summary = machine_summary, day_from = machine_day_from, day_to = machine_day_to,
                                              precision = machine_precision, corrected = false
                             WHERE story_id = :story AND id = :event""").param("story", story.value()).param("event", event.value()).update();
        }
        return deleted;
    }

    Optional<Event> find(StoryId story, EventId id) {
        return complete(story, jdbc.sql("SELECT e.id, e.day_from, e.day_to, e.precision, e.time_of_day, e.summary, NULL AS previous_group"
                        + " FROM events e WHERE e.story_id = :story AND e.id = :id")
                .param("story", story.value())
                .param("id", id.value())
                .query(EventRepository::row)
                .list()).stream().findFirst();
    }

    /** The events some people are in. */
    List<String> idsInvolving(StoryId story, List<String> people) {
        return jdbc.sql("SELECT DISTINCT event_id FROM event_people WHERE story_id = :story AND slug IN (:people)")
                .param("story", story.value()).param("people", people)
                .query(String.class).list();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(StoryId story, StoryFilter filter) {
        StringBuilder sql = new StringBuilder(" WHERE e.story_id = :story");
        Map<String, Object> params = new HashMap<>();
        params.put("story", story.value());
        if (filter.hasPeople()) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_people ep WHERE ep.story_id = e.story_id AND ep.event_id = e.id AND ep.slug IN (:people))");
            params.put("people", filter.slugs());
        }
        // A happening is in a range when its days overlap it: a month-dated event is in any range within that month.
        if (filter.from() != null) {
            sql.append(" AND e.day_to >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            sql.append(" AND e.day_from <= :to");
            params.put("to", filter.to());
        }
        return new Where(sql.toString(), params);
    }

    /** Month first, then the week, then the days; within a day, by the part of the day. */
    private static final String TIMELINE_ORDER = """
            e.day_from, CASE e.precision WHEN 'month' THEN 0 WHEN 'week' THEN 1 ELSE 2 END,
            CASE e.time_of_day WHEN 'morning' THEN 1 WHEN 'afternoon' THEN 2 WHEN 'evening' THEN 3 WHEN 'night' THEN 4 ELSE 0 END, e.id""";

    /**
     * A page of the timeline. Whether an event opens its day's heading is decided over the whole
     * filtered timeline, not the page, so a heading appears once however the list is paged.
     */
    List<Event> list(StoryId story, StoryFilter filter, int offset, int limit) {
        Where where = where(story, filter);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("offset", offset);
        params.put("limit", limit);
        List<EventRow> rows = jdbc.sql("SELECT * FROM (SELECT e.id, e.day_from, e.day_to, e.precision, e.time_of_day, e.summary,"
                        + " lag(e.precision || e.day_from::text) OVER (ORDER BY " + TIMELINE_ORDER + ") AS previous_group"
                        + " FROM events e" + where.sql() + ") e ORDER BY " + TIMELINE_ORDER + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(EventRepository::row)
                .list();
        return complete(story, rows);
    }

    /** The most recent events first, for the overview. */
    List<Event> latest(StoryId story, StoryFilter filter, int limit) {
        Where where = where(story, filter);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", limit);
        return complete(story, jdbc.sql("SELECT e.id, e.day_from, e.day_to, e.precision, e.time_of_day, e.summary, NULL AS previous_group"
                        + " FROM events e" + where.sql() + " ORDER BY e.day_to DESC, e.day_from DESC, e.id LIMIT :limit")
                .params(params)
                .query(EventRepository::row)
                .list());
    }

    int count(StoryId story, StoryFilter filter) {
        Where where = where(story, filter);
        return jdbc.sql("SELECT count(*) FROM events e" + where.sql()).params(where.params()).query(Integer.class).single();
    }

    boolean anyAmong(StoryId story, StoryFilter filter, Collection<String> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        Where where = where(story, filter);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("ids", List.copyOf(ids));
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM events e" + where.sql() + " AND e.id IN (:ids))").params(params)
                .query(Boolean.class).single();
    }

    List<Event> inArticle(StoryId story, ArticleId article) {
        return complete(story, jdbc.sql("""
                        SELECT e.id, e.day_from, e.day_to, e.precision, e.time_of_day, e.summary, NULL AS previous_group FROM events e
                         WHERE e.story_id = :story
                           AND EXISTS (SELECT 1 FROM event_sources s WHERE s.story_id = e.story_id AND s.event_id = e.id AND s.article_id = :article)
                         ORDER BY e.day_from""")
                .param("story", story.value())
                .param("article", article.value())
                .query(EventRepository::row)
                .list());
    }

    private record EventRow(String id, LocalDate from, LocalDate to, String precision, String timeOfDay, String summary,
                            boolean startsGroup) {
    }

    private static EventRow row(ResultSet rs, int row) throws SQLException {
        String group = rs.getString("precision") + rs.getObject("day_from", LocalDate.class);
        return new EventRow(rs.getString("id"), rs.getObject("day_from", LocalDate.class), rs.getObject("day_to", LocalDate.class),
                rs.getString("precision"), rs.getString("time_of_day"), rs.getString("summary"),
                !group.equals(rs.getString("previous_group")));
    }

    /** The people and sources of a page of events: two queries for the page, not two per event. */
    private List<Event> complete(StoryId story, List<EventRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(EventRow::id).toList();
        Map<String, List<PersonName>> people = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT ep.event_id, ep.slug, coalesce(p.name, ep.slug) AS name
                          FROM event_people ep LEFT JOIN person_names p ON p.story_id = ep.story_id AND p.slug = ep.slug
                         WHERE ep.story_id = :story AND ep.event_id IN (:ids) ORDER BY name""")
                .param("story", story.value())
                .param("ids", ids)
                .query((rs, row) -> people.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                        .add(new PersonName(PersonSlug.of(rs.getString(2)), rs.getString(3))))
                .list();
        Map<String, List<Event.Source>> sources = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT s.event_id, s.article_id, a.source, a.outlet, s.start_offset, s.end_offset, s.sentence,
                               coalesce(a.headline, left(a.body, 120)) AS title
                          FROM event_sources s JOIN current_articles a ON a.id = s.article_id
                         WHERE s.story_id = :story AND s.event_id IN (:ids) ORDER BY s.article_id, s.start_offset""")
                .param("story", story.value())
                .param("ids", ids)
                .query((rs, row) -> sources.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                        .add(new Event.Source(ArticleId.of(rs.getLong(2)), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                                rs.getString(7), rs.getString(8))))
                .list();
        Map<String, EventCorrection> corrections = new HashMap<>();
        jdbc.sql("""
                        SELECT e.id, e.machine_day_from, e.machine_day_to, e.machine_precision, e.machine_summary, c.author, c.updated, c.version
                          FROM events e JOIN event_corrections c ON c.story_id = e.story_id AND c.event_id = e.id
                         WHERE e.story_id = :story AND e.id IN (:ids)""")
                .param("story", story.value())
                .param("ids", ids)
                .query((rs, row) -> corrections.put(rs.getString(1), new EventCorrection(rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getInt(8))))
                .list();
        return rows.stream().map(row -> new Event(new EventId(row.id()), row.from(), row.to(), row.precision(), row.timeOfDay(),
                row.summary(), List.copyOf(people.getOrDefault(row.id(), List.of())),
                List.copyOf(sources.getOrDefault(row.id(), List.of())), row.startsGroup(), corrections.get(row.id()))).toList();
    }

    /** Moves an editor's correction of an event to the event it became part of, where that has none. Returns whether it moved. */
    Optional<Boolean> follow(StoryId story, EventId from, EventId to) {
        boolean corrected = jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_corrections WHERE story_id = :story AND event_id = :from)")
                .param("story", story.value()).param("from", from.value()).query(Boolean.class).single();
        if (!corrected) {
            return Optional.empty();
        }
        boolean moved = jdbc.sql("""
                        UPDATE event_corrections SET event_id = :to
                         WHERE story_id = :story AND event_id = :from
                           AND NOT EXISTS (SELECT 1 FROM event_corrections WHERE story_id = :story AND event_id = :to)""")
                .param("story", story.value()).param("from", from.value()).param("to", to.value()).update() == 1;
        if (moved) {
            applyCorrections(story, List.of(to.value()));
        }
        return Optional.of(moved);
    }
}
