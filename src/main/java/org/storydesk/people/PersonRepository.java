package org.storydesk.people;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.base.ArticleId;
import org.storydesk.base.ListOrder;
import org.storydesk.base.PersonName;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryFilter;

/** The story's people in PostgreSQL: the machine's findings, replaced whole on every merge. */
@Repository
public class PersonRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    PersonRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * The people as the analysis found them now. Runs inside the merge's transaction, so readers
     * see either the old story or the new one, never half of each.
     */
    public void replaceAll(List<MachinePerson> people) {
        jdbc.sql("DELETE FROM people").update();
        List<SqlParameterSource> rows = new ArrayList<>();
        List<SqlParameterSource> mentions = new ArrayList<>();
        List<SqlParameterSource> places = new ArrayList<>();
        for (MachinePerson person : people) {
            person.places().forEach((article, spans) -> spans.forEach(span -> places.add(new MapSqlParameterSource()
                    .addValue("slug", person.slug().value())
                    .addValue("article", article.value())
                    .addValue("start", span.start())
                    .addValue("end", span.end()))));
            rows.add(new MapSqlParameterSource()
                    .addValue("slug", person.slug().value())
                    .addValue("name", person.name())
                    .addValue("roles", person.roles().toArray(String[]::new))
                    .addValue("variants", person.variants().toArray(String[]::new))
                    .addValue("flagged", person.flaggedVariants().toArray(String[]::new))
                    .addValue("gender", person.gender()));
            person.mentions().forEach((article, count) -> mentions.add(new MapSqlParameterSource()
                    .addValue("slug", person.slug().value())
                    .addValue("article", article.value())
                    .addValue("mentions", count)));
        }
        // Batches, because a story can hold thousands of people: one round trip, not one per row.
        batch.batchUpdate("""
                INSERT INTO people (slug, name, machine_name, roles, variants, flagged_variants, gender)
                VALUES (:slug, :name, :name, :roles, :variants, :flagged, :gender)""", rows.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("INSERT INTO person_mentions (slug, article_id, mentions) VALUES (:slug, :article, :mentions)",
                mentions.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                INSERT INTO person_places (slug, article_id, start_offset, end_offset) VALUES (:slug, :article, :start, :end)
                ON CONFLICT DO NOTHING""", places.toArray(SqlParameterSource[]::new));
        applyCorrections();
    }

    /**
     * Sets how a person's name is written, if no one else corrected it since {@code version} was
     * read (0: not corrected yet). Check and write are one statement, so two editors cannot both win.
     */
    boolean correctName(PersonSlug slug, int version, String name, String author) {
        boolean written;
        if (version == 0) {
            written = jdbc.sql("""
                            INSERT INTO person_corrections (slug, name, author) VALUES (:slug, :name, :author)
                            ON CONFLICT (slug) DO NOTHING""")
                    .param("slug", slug.value()).param("name", name).param("author", author)
                    .update() == 1;
        } else {
            written = jdbc.sql("""
                            UPDATE person_corrections SET name = :name, author = :author, updated = clock_timestamp(), version = version + 1
                             WHERE slug = :slug AND version = :version""")
                    .param("slug", slug.value()).param("version", version).param("name", name).param("author", author)
                    .update() == 1;
        }
        if (written) {
            applyCorrections();
        }
        return written;
    }

    /** Gives a person back the spelling the machine chose, if no one changed the correction since {@code version}. */
    boolean withdrawCorrection(PersonSlug slug, int version) {
        boolean deleted = jdbc.sql("DELETE FROM person_corrections WHERE slug = :slug AND version = :version")
                .param("slug", slug.value()).param("version", version).update() == 1;
        if (deleted) {
            jdbc.sql("UPDATE people SET name = machine_name WHERE slug = :slug").param("slug", slug.value()).update();
        }
        return deleted;
    }

    /** Editors' spellings of names, laid over the machine's: on every merge, and when an editor corrects one. */
    private void applyCorrections() {
        jdbc.sql("UPDATE people p SET name = c.name FROM person_corrections c WHERE c.slug = p.slug AND p.name <> c.name").update();
    }

    /** Records that a name is someone other than a person; false if it was already recorded. */
    boolean split(PersonSlug person, String name, String apartFrom, String author) {
        return jdbc.sql("""
                        INSERT INTO person_splits (person, name, apart_from, author) VALUES (:person, :name, :apartFrom, :author)
                        ON CONFLICT (name, apart_from) DO NOTHING""")
                .param("person", person.value()).param("name", name).param("apartFrom", apartFrom).param("author", author)
                .update() == 1;
    }

    /** Every pair of names editors keep apart, for the merge. */
    public List<PersonSplit> splits() {
        return jdbc.sql("SELECT id, person, name, apart_from, author, created FROM person_splits ORDER BY id")
                .query((rs, row) -> new PersonSplit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Where each person is mentioned in an article, for the reader. */
    List<PersonPlace> placesIn(ArticleId article) {
        return jdbc.sql("""
                        SELECT pl.slug, p.name, pl.start_offset, pl.end_offset
                          FROM person_places pl JOIN people p ON p.slug = pl.slug
                         WHERE pl.article_id = :article ORDER BY pl.start_offset""")
                .param("article", article.value())
                .query((rs, row) -> new PersonPlace(PersonSlug.of(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    private static final String SELECT = """
            SELECT p.slug, p.name, p.roles, p.variants, p.flagged_variants, p.gender,
                   coalesce((SELECT sum(m.mentions) FROM person_mentions m WHERE m.slug = p.slug), 0) AS mentions,
                   (SELECT count(*) FROM person_mentions m WHERE m.slug = p.slug) AS articles,
                   (SELECT count(*) FROM quotes q WHERE q.speaker = p.slug) AS quotes,
                   p.machine_name, pc.author AS correction_author, pc.updated AS correction_updated, pc.version AS correction_version
              FROM people p LEFT JOIN person_corrections pc ON pc.slug = p.slug
            """;

    /**
     * The people a filter asks for: its people, if it names any; and, if it has dates, those an
     * article of those days mentions.
     */
    private static String where(StoryFilter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE true");
        if (filter.hasPeople()) {
            sql.append(" AND p.slug IN (:people)");
            params.put("people", filter.slugs());
        }
        if (filter.hasDates()) {
            sql.append(" AND EXISTS (SELECT 1 FROM person_mentions m JOIN current_articles v ON v.id = m.article_id")
                    .append(" WHERE m.slug = p.slug AND v.published BETWEEN :from AND :to)");
            params.put("from", filter.from() == null ? LocalDate.of(1, 1, 1) : filter.from());
            params.put("to", filter.to() == null ? LocalDate.of(9999, 12, 31) : filter.to());
        }
        return sql.toString();
    }

    /** Most mentioned first unless asked otherwise; always ending in the slug, so that pages never overlap. */
    private static String orderBy(ListOrder order) {
        String column = order.column() == null ? "" : order.column();
        return switch (column) {
            case "name" -> "p.name" + order.direction() + ", p.slug";
            case "quotes" -> "p.quotes" + order.direction() + ", p.name, p.slug";
            case "articles" -> "p.articles" + order.direction() + ", p.name, p.slug";
            case "mentions" -> "p.mentions" + order.direction() + ", p.name, p.slug";
            default -> "p.mentions DESC, p.name, p.slug";
        };
    }

    List<Person> list(StoryFilter filter) {
        return page(filter, ListOrder.USUAL, 0, Integer.MAX_VALUE);
    }

    List<Person> page(StoryFilter filter, ListOrder order, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("SELECT * FROM (" + SELECT + where + ") p ORDER BY " + orderBy(order) + " LIMIT :limit OFFSET :offset")
                .params(params).query(PersonRepository::person).list();
    }

    int count(StoryFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT count(*) FROM people p" + where).params(params).query(Integer.class).single();
    }

    /** The people a filter asks for who are quoted, most quoted first. */
    List<Person> mostQuoted(StoryFilter filter, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", limit);
        return jdbc.sql("SELECT * FROM (" + SELECT + where + ") p WHERE p.quotes > 0 ORDER BY p.quotes DESC, p.name LIMIT :limit")
                .params(params).query(PersonRepository::person).list();
    }

    Optional<Person> find(PersonSlug slug) {
        return jdbc.sql(SELECT + " WHERE p.slug = :slug").param("slug", slug.value()).query(PersonRepository::person).optional();
    }

    /** Who appears with a person: in the same articles, most shared first. */
    List<Companion> coMentioned(PersonSlug slug, int limit) {
        return jdbc.sql("""
                        SELECT other.slug, p.name, count(*) AS together
                          FROM person_mentions mine
                          JOIN person_mentions other ON other.article_id = mine.article_id AND other.slug <> mine.slug
                          JOIN people p ON p.slug = other.slug
                         WHERE mine.slug = :slug
                         GROUP BY other.slug, p.name ORDER BY together DESC, p.name LIMIT :limit""")
                .param("slug", slug.value())
                .param("limit", limit)
                .query((rs, row) -> new Companion(new PersonName(PersonSlug.of(rs.getString(1)), rs.getString(2)), rs.getInt(3)))
                .list();
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(PersonSlug.of(rs.getString("slug")), rs.getString("name"), strings(rs.getArray("roles")),
                strings(rs.getArray("variants")), strings(rs.getArray("flagged_variants")), rs.getString("gender"),
                rs.getInt("mentions"), rs.getInt("articles"), rs.getInt("quotes"),
                rs.getString("correction_author") == null ? null : new NameCorrection(rs.getString("machine_name"),
                        rs.getString("correction_author"), rs.getTimestamp("correction_updated").toInstant(), rs.getInt("correction_version")));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
