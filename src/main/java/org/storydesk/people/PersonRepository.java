package org.storydesk.people;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
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
        for (MachinePerson person : people) {
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
                INSERT INTO people (slug, name, roles, variants, flagged_variants, gender)
                VALUES (:slug, :name, :roles, :variants, :flagged, :gender)""", rows.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("INSERT INTO person_mentions (slug, article_id, mentions) VALUES (:slug, :article, :mentions)",
                mentions.toArray(SqlParameterSource[]::new));
    }

    private static final String SELECT = """
            SELECT p.slug, p.name, p.roles, p.variants, p.flagged_variants, p.gender,
                   coalesce((SELECT sum(m.mentions) FROM person_mentions m WHERE m.slug = p.slug), 0) AS mentions,
                   (SELECT count(*) FROM person_mentions m WHERE m.slug = p.slug) AS articles,
                   (SELECT count(*) FROM quotes q WHERE q.speaker = p.slug) AS quotes
              FROM people p
            """;

    List<Person> list(StoryFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE true");
        Map<String, Object> params = new java.util.HashMap<>();
        if (filter.hasPeople()) {
            sql.append(" AND p.slug IN (:people)");
            params.put("people", filter.slugs());
        }
        if (filter.hasDates()) {
            // Someone is in the story between two dates when an article of those days mentions them.
            sql.append("""
                     AND EXISTS (SELECT 1 FROM person_mentions m JOIN current_articles v ON v.id = m.article_id
                                  WHERE m.slug = p.slug AND v.published BETWEEN :from AND :to)""");
            params.put("from", filter.from() == null ? java.time.LocalDate.of(1, 1, 1) : filter.from());
            params.put("to", filter.to() == null ? java.time.LocalDate.of(9999, 12, 31) : filter.to());
        }
        sql.append(" ORDER BY mentions DESC, p.name");
        return jdbc.sql(sql.toString()).params(params).query(PersonRepository::person).list();
    }

    Optional<Person> find(PersonSlug slug) {
        return jdbc.sql(SELECT + " WHERE p.slug = :slug").param("slug", slug.value()).query(PersonRepository::person).optional();
    }

    /** Who appears with a person: in the same articles, most shared first. */
    List<Map.Entry<PersonSlug, Integer>> coMentioned(PersonSlug slug) {
        return jdbc.sql("""
                        SELECT other.slug, count(*) AS together
                          FROM person_mentions mine JOIN person_mentions other
                            ON other.article_id = mine.article_id AND other.slug <> mine.slug
                         WHERE mine.slug = :slug
                         GROUP BY other.slug ORDER BY together DESC, other.slug""")
                .param("slug", slug.value())
                .query((rs, row) -> Map.entry(PersonSlug.of(rs.getString(1)), rs.getInt(2)))
                .list();
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(PersonSlug.of(rs.getString("slug")), rs.getString("name"), strings(rs.getArray("roles")),
                strings(rs.getArray("variants")), strings(rs.getArray("flagged_variants")), rs.getString("gender"),
                rs.getInt("mentions"), rs.getInt("articles"), rs.getInt("quotes"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.copyOf(Arrays.asList((String[]) array.getArray()));
    }
}
