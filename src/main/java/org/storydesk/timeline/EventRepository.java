package org.storydesk.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonName;
import org.storydesk.base.PersonSlug;
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

    /** The events as the analysis found them now, replacing the machine's earlier findings (never editors' work). */
    public void replaceAll(List<MachineEvent> events) {
        jdbc.sql("DELETE FROM events").update();
        List<SqlParameterSource> rows = new ArrayList<>();
        List<SqlParameterSource> people = new ArrayList<>();
        List<SqlParameterSource> sources = new ArrayList<>();
        for (MachineEvent event : events) {
            rows.add(new MapSqlParameterSource()
                    .addValue("id", event.id().value())
                    .addValue("from", event.from())
                    .addValue("to", event.to())
                    .addValue("precision", event.precision())
                    .addValue("timeOfDay", event.timeOfDay())
                    .addValue("summary", event.summary()));
            for (PersonSlug slug : event.people()) {
                people.add(new MapSqlParameterSource().addValue("event", event.id().value()).addValue("slug", slug.value()));
            }
            for (MachineEvent.Source source : event.sources()) {
                sources.add(new MapSqlParameterSource()
                        .addValue("event", event.id().value())
                        .addValue("article", source.article().value())
                        .addValue("start", source.start())
                        .addValue("end", source.end())
                        .addValue("sentence", source.sentence()));
            }
        }
        batch.batchUpdate("""
                INSERT INTO events (id, day_from, day_to, precision, time_of_day, summary,
                                    machine_day_from, machine_day_to, machine_precision, machine_summary)
                VALUES (:id, :from, :to, :precision, :timeOfDay, :summary, :from, :to, :precision, :summary)""",
                rows.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("INSERT INTO event_people (event_id, slug) VALUES (:event, :slug) ON CONFLICT DO NOTHING",
                people.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                INSERT INTO event_sources (event_id, article_id, start_offset, end_offset, sentence)
                VALUES (:event, :article, :start, :end, :sentence) ON CONFLICT DO NOTHING""", sources.toArray(SqlParameterSource[]::new));
        applyCorrections(null);
    }

    /** Editors' corrections of dates and summaries, laid over the machine's: on every merge, and when an editor corrects one. */
    private void applyCorrections(@Nullable EventId only) {
        jdbc.sql("""
                        UPDATE events e SET summary = coalesce(c.summary, e.machine_summary),
                                            day_from = coalesce(c.day_from, e.machine_day_from),
                                            day_to = coalesce(c.day_to, e.machine_day_to),
                                            precision = coalesce(c.precision, e.machine_precision),
                                            corrected = true
                          FROM event_corrections c
                         WHERE c.event_id = e.id AND (CAST(:only AS text) IS NULL OR e.id = :only)""")
                .param("only", only == null ? null : only.value())
                .update();
    }

    /**
     * Corrects an event, if no one else corrected it since {@code version} was read (0: not yet).
     * Check and write are one statement, so two editors correcting at once cannot both win.
     */
    boolean correct(EventId event, int version, @Nullable String summary, @Nullable LocalDate from, @Nullable LocalDate to,
                    @Nullable String precision, String author) {
        boolean written;
        if (version == 0) {
            written = jdbc.sql("""
                            INSERT INTO event_corrections (event_id, summary, day_from, day_to, precision, author)
                            VALUES (:event, :summary, :from, :to, :precision, :author)
                            ON CONFLICT (event_id) DO NOTHING""")
                    .param("event", event.value()).param("summary", summary).param("from", from).param("to", to)
                    .param("precision", precision).param("author", author)
                    .update() == 1;
        } else {
            written = jdbc.sql("""
                            UPDATE event_corrections SET summary = :summary, day_from = :from, day_to = :to, precision = :precision,
                                                         author = :author, updated = clock_timestamp(), version = version + 1
                             WHERE event_id = :event AND version = :version""")
                    .param("event", event.value()).param("version", version).param("summary", summary).param("from", from)
                    .param("to", to).param("precision", precision).param("author", author)
                    .update() == 1;
        }
        if (written) {
            // Every corrected field is set from the correction or, where it has none, from the machine's value.
            applyCorrections(event);
        }
        return written;
    }

    /** Gives an event back the date and summary the machine found, if no one changed the correction since {@code version}. */
    boolean withdrawCorrection(EventId event, int version) {
        boolean deleted = jdbc.sql("DELETE FROM event_corrections WHERE event_id = :event AND version = :version")
                .param("event", event.value()).param("version", version)
                .update() == 1;
        if (deleted) {
            jdbc.sql("""
                            UPDATE events SET summary = machine_summary, day_from = machine_day_from, day_to = machine_day_to,
                                              precision = machine_precision, corrected = false
                             WHERE id = :event""").param("event", event.value()).update();
        }
        return deleted;
    }

    Optional<Event> find(EventId id) {
        return complete(jdbc.sql("SELECT e.id, e.day_from, e.day_to, e.precision, e.time_of_day, e.summary, NULL AS previous_group"
                        + " FROM events e WHERE e.id = :id")
                .param("id", id.value())
                .query(EventRepository::row)
                .list()).stream().findFirst();
    }

    /** The events some people are in. */
    List<String> idsInvolving(List<String> people) {
        return jdbc.sql("SELECT DISTINCT event_id FROM event_people WHERE slug IN (:people)").param("people", people)
                .query(String.class).list();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(StoryFilter filter) {
        StringBuilder sql = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (filter.hasPeople()) {
            sql.append(" AND EXISTS (SELECT 1 FROM event_people ep WHERE ep.event_id = e.id AND ep.slug IN (:people))");
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
    List<Event> list(StoryFilter filter, int offset, int limit) {
        Where where = where(filter);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("offset", offset);
        params.put("limit", limit);
        List<EventRow> rows = jdbc.sql("SELECT * FROM (SELECT e.id, e.day_from, e.day_to, e.precision, e.time_of_day, e.summary,"
                        + " lag(e.precision || e.day_from::text) OVER (ORDER BY " + TIMELINE_ORDER + ") AS previous_group"
                        + " FROM events e" + where.sql() + ") e ORDER BY " + TIMELINE_ORDER + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(EventRepository::row)
                .list();
        return complete(rows);
    }

    /** The most recent events first, for the overview. */
    List<Event> latest(StoryFilter filter, int limit) {
        Where where = where(filter);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", limit);
        return complete(jdbc.sql("SELECT e.id, e.day_from, e.day_to, e.precision, e.time_of_day, e.summary, NULL AS previous_group"
                        + " FROM events e" + where.sql() + " ORDER BY e.day_to DESC, e.day_from DESC, e.id LIMIT :limit")
                .params(params)
                .query(EventRepository::row)
                .list());
    }

    int count(StoryFilter filter) {
        Where where = where(filter);
        return jdbc.sql("SELECT count(*) FROM events e" + where.sql()).params(where.params()).query(Integer.class).single();
    }

    List<Event> inArticle(ArticleId article) {
        return complete(jdbc.sql("""
                        SELECT e.id, e.day_from, e.day_to, e.precision, e.time_of_day, e.summary, NULL AS previous_group FROM events e
                         WHERE EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id AND s.article_id = :article)
                         ORDER BY e.day_from""")
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
    private List<Event> complete(List<EventRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(EventRow::id).toList();
        Map<String, List<PersonName>> people = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT ep.event_id, ep.slug, coalesce(p.name, ep.slug) AS name
                          FROM event_people ep LEFT JOIN people p ON p.slug = ep.slug
                         WHERE ep.event_id IN (:ids) ORDER BY name""")
                .param("ids", ids)
                .query((rs, row) -> people.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                        .add(new PersonName(PersonSlug.of(rs.getString(2)), rs.getString(3))))
                .list();
        Map<String, List<Event.Source>> sources = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT s.event_id, s.article_id, a.source, a.outlet, s.start_offset, s.end_offset, s.sentence,
                               coalesce(a.headline, left(a.body, 120)) AS title
                          FROM event_sources s JOIN current_articles a ON a.id = s.article_id
                         WHERE s.event_id IN (:ids) ORDER BY s.article_id, s.start_offset""")
                .param("ids", ids)
                .query((rs, row) -> sources.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                        .add(new Event.Source(ArticleId.of(rs.getLong(2)), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                                rs.getString(7), rs.getString(8))))
                .list();
        Map<String, EventCorrection> corrections = new HashMap<>();
        jdbc.sql("""
                        SELECT e.id, e.machine_day_from, e.machine_day_to, e.machine_precision, e.machine_summary, c.author, c.updated, c.version
                          FROM events e JOIN event_corrections c ON c.event_id = e.id
                         WHERE e.id IN (:ids)""")
                .param("ids", ids)
                .query((rs, row) -> corrections.put(rs.getString(1), new EventCorrection(rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getInt(8))))
                .list();
        return rows.stream().map(row -> new Event(new EventId(row.id()), row.from(), row.to(), row.precision(), row.timeOfDay(),
                row.summary(), List.copyOf(people.getOrDefault(row.id(), List.of())),
                List.copyOf(sources.getOrDefault(row.id(), List.of())), row.startsGroup(), corrections.get(row.id()))).toList();
    }
}
