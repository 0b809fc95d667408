package org.storydesk.people;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.base.ArticleId;
import org.storydesk.base.ListOrder;
import org.storydesk.base.PersonName;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.Revision;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryPeople;

/** The story's people in PostgreSQL: the machine's findings, written as each merge changes them, and editors' corrections of them. */
@Repository
public class PersonRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    PersonRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Writes what a merge changed of the people: each person as they now stand beside how they
     * stood (only the rows that differ are written: a new article's mentions, a new role), and
     * removes those no longer in the story. Runs inside the merge's transaction, so readers see
     * the story before the merge or after it, never half of each.
     */
    public void write(StoryId story, Collection<Revision<MachinePerson>> people, Collection<PersonSlug> removed) {
        List<SqlParameterSource> inserted = new ArrayList<>();
        List<SqlParameterSource> updated = new ArrayList<>();
        List<SqlParameterSource> newMentions = new ArrayList<>();
        List<SqlParameterSource> changedMentions = new ArrayList<>();
        List<SqlParameterSource> goneMentions = new ArrayList<>();
        List<SqlParameterSource> newPlaces = new ArrayList<>();
        List<SqlParameterSource> gonePlaces = new ArrayList<>();
        for (Revision<MachinePerson> revision : people) {
            MachinePerson after = revision.after();
            MachinePerson before = revision.before();
            String slug = after.slug().value();
            if (before == null) {
                inserted.add(row(story, after));
            } else if (!sameRow(before, after)) {
                updated.add(row(story, after));
            }
            Map<ArticleId, Integer> oldMentions = before == null ? Map.of() : before.mentions();
            after.mentions().forEach((article, count) -> {
                Integer old = oldMentions.get(article);
                if (old == null) {
                    newMentions.add(mention(story, slug, article, count));
                } else if (!old.equals(count)) {
                    changedMentions.add(mention(story, slug, article, count));
                }
            });
            oldMentions.keySet().stream().filter(article -> !after.mentions().containsKey(article))
                    .forEach(article -> goneMentions.add(mention(story, slug, article, 0)));
            Set<Placed> oldPlaces = places(before);
            Set<Placed> newPlacesOfPerson = places(after);
            newPlacesOfPerson.stream().filter(place -> !oldPlaces.contains(place)).forEach(place -> newPlaces.add(place.row(story, slug)));
            oldPlaces.stream().filter(place -> !newPlacesOfPerson.contains(place)).forEach(place -> gonePlaces.add(place.row(story, slug)));
        }
        if (!removed.isEmpty()) {
            jdbc.sql("DELETE FROM people WHERE story_id = :story AND slug = ANY (:slugs)").param("story", story.value())
                    .param("slugs", removed.stream().map(PersonSlug::value).toArray(String[]::new)).update();
        }
        // Batches, because a story can hold thousands of people: one round trip, not one per row.
        batch.batchUpdate("""
                INSERT INTO people (story_id, slug, name, machine_name, roles, variants, flagged_variants, gender)
                VALUES (:story, :slug, :name, :name, :roles, :variants, :flagged, :gender)""", inserted.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                UPDATE people SET name = :name, machine_name = :name, roles = :roles, variants = :variants,
                                  flagged_variants = :flagged, gender = :gender
                 WHERE story_id = :story AND slug = :slug""", updated.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("DELETE FROM person_places WHERE story_id = :story AND slug = :slug AND article_id = :article AND start_offset = :start",
                gonePlaces.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("DELETE FROM person_mentions WHERE story_id = :story AND slug = :slug AND article_id = :article",
                goneMentions.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("INSERT INTO person_mentions (story_id, slug, article_id, mentions) VALUES (:story, :slug, :article, :mentions)",
                newMentions.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("UPDATE person_mentions SET mentions = :mentions WHERE story_id = :story AND slug = :slug AND article_id = :article",
                changedMentions.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                INSERT INTO person_places (story_id, slug, article_id, start_offset, end_offset) VALUES (:story, :slug, :article, :start, :end)
                ON CONFLICT (story_id, slug, article_id, start_offset) DO UPDATE SET end_offset = excluded.end_offset""",
                newPlaces.toArray(SqlParameterSource[]::new));
        applyCorrections(story, people.stream().map(r -> r.after().slug().value()).toList());
    }

    /** A mention's place, as the table keys it. */
    private record Placed(ArticleId article, int start, int end) {
        SqlParameterSource row(StoryId story, String slug) {
            return new MapSqlParameterSource().addValue("story", story.value()).addValue("slug", slug).addValue("article", article.value())
                    .addValue("start", start).addValue("end", end);
        }
    }

    private static Set<Placed> places(MachinePerson person) {
        Set<Placed> places = new HashSet<>();
        if (person != null) {
            person.places().forEach((article, spans) -> spans.forEach(span -> places.add(new Placed(article, span.start(), span.end()))));
        }
        return places;
    }

    private static boolean sameRow(MachinePerson a, MachinePerson b) {
        return a.name().equals(b.name()) && a.roles().equals(b.roles()) && a.variants().equals(b.variants())
                && a.flaggedVariants().equals(b.flaggedVariants()) && Objects.equals(a.gender(), b.gender());
    }

    private static SqlParameterSource row(StoryId story, MachinePerson person) {
        return new MapSqlParameterSource()
                .addValue("story", story.value())
                .addValue("slug", person.slug().value())
                .addValue("name", person.name())
                .addValue("roles", person.roles().toArray(String[]::new))
                .addValue("variants", person.variants().toArray(String[]::new))
                .addValue("flagged", person.flaggedVariants().toArray(String[]::new))
                .addValue("gender", person.gender());
    }

    private static SqlParameterSource mention(StoryId story, String slug, ArticleId article, int count) {
        return new MapSqlParameterSource().addValue("story", story.value()).addValue("slug", slug).addValue("article", article.value()).addValue("mentions", count);
    }

    /** The people as the machine last wrote them (its names, not editors' corrections): what a full merge compares with. */
    public List<MachinePerson> machineRows(StoryId story) {
        Map<String, Map<ArticleId, Integer>> mentions = new HashMap<>();
        jdbc.sql("SELECT slug, article_id, mentions FROM person_mentions WHERE story_id = :story").param("story", story.value()).query((rs, row) -> {
            mentions.computeIfAbsent(rs.getString(1), s -> new HashMap<>()).put(ArticleId.of(rs.getLong(2)), rs.getInt(3));
            return null;
        }).list();
        Map<String, Map<ArticleId, List<MachinePerson.Place>>> places = new HashMap<>();
        jdbc.sql("SELECT slug, article_id, start_offset, end_offset FROM person_places WHERE story_id = :story ORDER BY slug, article_id, start_offset")
                .param("story", story.value()).query((rs, row) -> {
            places.computeIfAbsent(rs.getString(1), s -> new HashMap<>()).computeIfAbsent(ArticleId.of(rs.getLong(2)), a -> new ArrayList<>())
                    .add(new MachinePerson.Place(rs.getInt(3), rs.getInt(4)));
            return null;
        }).list();
        return jdbc.sql("SELECT slug, machine_name, roles, variants, flagged_variants, gender FROM people WHERE story_id = :story")
                .param("story", story.value())
                .query((rs, row) -> new MachinePerson(PersonSlug.of(rs.getString(1)), rs.getString(2), strings(rs.getArray(3)),
                        strings(rs.getArray(4)), strings(rs.getArray(5)), rs.getString(6),
                        Map.copyOf(mentions.getOrDefault(rs.getString(1), Map.of())), Map.copyOf(places.getOrDefault(rs.getString(1), Map.of()))))
                .list();
    }

    /**
     * Sets how a person's name is written, if no one else corrected it since {@code version} was
     * read (0: not corrected yet). Check and write are one statement, so two editors cannot both win.
     */
    boolean correctName(StoryId story, PersonSlug slug, int version, String name, String author) {
        boolean written;
        if (version == 0) {
            written = jdbc.sql("""
                            INSERT INTO person_corrections (story_id, slug, name, author) VALUES (:story, :slug, :name, :author)
                            ON CONFLICT (story_id, slug) DO NOTHING""")
                    .param("story", story.value()).param("slug", slug.value()).param("name", name).param("author", author)
                    .update() == 1;
        } else {
            written = jdbc.sql("""
                            UPDATE person_corrections SET name = :name, author = :author, updated = clock_timestamp(), version = version + 1
                             WHERE story_id = :story AND slug = :slug AND version = :version""")
                    .param("story", story.value()).param("slug", slug.value()).param("version", version).param("name", name).param("author", author)
                    .update() == 1;
        }
        if (written) {
            applyCorrections(story, List.of(slug.value()));
        }
        return written;
    }

    /** Gives a person back the spelling the machine chose, if no one changed the correction since {@code version}. */
    boolean withdrawCorrection(StoryId story, PersonSlug slug, int version) {
        boolean deleted = jdbc.sql("DELETE FROM person_corrections WHERE story_id = :story AND slug = :slug AND version = :version")
                .param("story", story.value()).param("slug", slug.value()).param("version", version).update() == 1;
        if (deleted) {
            jdbc.sql("UPDATE people SET name = machine_name WHERE story_id = :story AND slug = :slug").param("story", story.value())
                    .param("slug", slug.value()).update();
        }
        return deleted;
    }

    /** Editors' spellings of names, laid over the machine's: for the people a merge wrote, and when an editor corrects one. */
    private void applyCorrections(StoryId story, List<String> slugs) {
        // One array parameter, not an IN list: a full merge writes tens of thousands of items, past what a statement binds.
        if (!slugs.isEmpty()) {
            jdbc.sql("""
                            UPDATE people p SET name = c.name FROM person_corrections c
                             WHERE c.story_id = p.story_id AND c.slug = p.slug AND p.name <> c.name AND p.story_id = :story AND p.slug = ANY (:slugs)""")
                    .param("story", story.value()).param("slugs", slugs.toArray(String[]::new)).update();
        }
    }

    /** Records that a name is someone other than a person; false if it was already recorded. */
    boolean split(StoryId story, PersonSlug person, String name, String apartFrom, String author) {
        return jdbc.sql("""
                        INSERT INTO person_splits (story_id, person, name, apart_from, author) VALUES (:story, :person, :name, :apartFrom, :author)
                        ON CONFLICT (story_id, name, apart_from) DO NOTHING""")
                .param("story", story.value()).param("person", person.value()).param("name", name).param("apartFrom", apartFrom).param("author", author)
                .update() == 1;
    }

    /** Every pair of names editors keep apart, for the merge. */
    public List<PersonSplit> splits(StoryId story) {
        return jdbc.sql("SELECT id, person, name, apart_from, author, created FROM person_splits WHERE story_id = :story ORDER BY id")
                .param("story", story.value())
                .query((rs, row) -> new PersonSplit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Where each person is mentioned in an article, for the reader. */
    List<PersonPlace> placesIn(StoryId story, ArticleId article) {
        return jdbc.sql("""
                        SELECT pl.slug, p.name, pl.start_offset, pl.end_offset
                          FROM person_places pl JOIN people p ON p.story_id = pl.story_id AND p.slug = pl.slug
                         WHERE pl.story_id = :story AND pl.article_id = :article ORDER BY pl.start_offset""")
                .param("story", story.value())
                .param("article", article.value())
                .query((rs, row) -> new PersonPlace(PersonSlug.of(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    private static final String SELECT = """
            SELECT p.slug, p.name, p.roles, p.variants, p.flagged_variants, p.gender,
                   coalesce((SELECT sum(m.mentions) FROM person_mentions m WHERE m.story_id = p.story_id AND m.slug = p.slug), 0) AS mentions,
                   (SELECT count(*) FROM person_mentions m WHERE m.story_id = p.story_id AND m.slug = p.slug) AS articles,
                   (SELECT count(*) FROM quote_speakers q WHERE q.story_id = p.story_id AND q.speaker = p.slug) AS quotes,
                   p.machine_name, pc.author AS correction_author, pc.updated AS correction_updated, pc.version AS correction_version
              FROM people p LEFT JOIN person_corrections pc ON pc.story_id = p.story_id AND pc.slug = p.slug
            """;

    /**
     * The people a filter asks for: its people, if it names any; and, if it has dates, those an
     * article of those days mentions.
     */
    private static String where(StoryId story, StoryFilter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE p.story_id = :story");
        params.put("story", story.value());
        if (filter.hasPeople()) {
            sql.append(" AND p.slug IN (:people)");
            params.put("people", filter.slugs());
        }
        if (filter.hasDates()) {
            sql.append(" AND EXISTS (SELECT 1 FROM person_mentions m JOIN current_articles v ON v.id = m.article_id")
                    .append(" WHERE m.story_id = p.story_id AND m.slug = p.slug AND v.published BETWEEN :from AND :to)");
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

    List<Person> list(StoryId story, StoryFilter filter) {
        return page(story, filter, ListOrder.USUAL, 0, Integer.MAX_VALUE);
    }

    List<Person> page(StoryId story, StoryFilter filter, ListOrder order, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(story, filter, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("SELECT * FROM (" + SELECT + where + ") p ORDER BY " + orderBy(order) + " LIMIT :limit OFFSET :offset")
                .params(params).query(PersonRepository::person).list();
    }

    boolean anyAmong(StoryId story, StoryFilter filter, Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return false;
        }
        Map<String, Object> params = new HashMap<>();
        String where = where(story, filter, params);
        params.put("ids", List.copyOf(slugs));
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM people p" + where + " AND p.slug IN (:ids))").params(params).query(Boolean.class).single();
    }

    int count(StoryId story, StoryFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(story, filter, params);
        return jdbc.sql("SELECT count(*) FROM people p" + where).params(params).query(Integer.class).single();
    }

    /** The people a filter asks for who are quoted, most quoted first. */
    List<Person> mostQuoted(StoryId story, StoryFilter filter, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(story, filter, params);
        params.put("limit", limit);
        return jdbc.sql("SELECT * FROM (" + SELECT + where + ") p WHERE p.quotes > 0 ORDER BY p.quotes DESC, p.name LIMIT :limit")
                .params(params).query(PersonRepository::person).list();
    }

    Optional<Person> find(StoryId story, PersonSlug slug) {
        return jdbc.sql(SELECT + " WHERE p.story_id = :story AND p.slug = :slug").param("story", story.value()).param("slug", slug.value()).query(PersonRepository::person).optional();
    }

    /**
     * What the filter's list of a story's people depends on, in one cheap read: when the story was
     * last merged, and the editors' corrections of names and of speakers. While it reads the same,
     * so does the list.
     */
    String optionsState(StoryId story) {
        return jdbc.sql("""
                        SELECT coalesce((SELECT merged_at::text FROM story_merge_state WHERE story_id = :story), '')
                               || '|' || (SELECT count(*) || '|' || coalesce(max(updated)::text, '') FROM person_corrections WHERE story_id = :story)
                               || '|' || coalesce((SELECT corrections || '|' || last FROM speaker_corrections WHERE story_id = :story), '')""")
                .param("story", story.value()).query(String.class).single();
    }

    /** Everyone in a story as the filter offers them, most quoted first. */
    List<StoryPeople.PersonOption> options(StoryId story) {
        return jdbc.sql("""
                        SELECT p.slug, p.name, coalesce(q.quotes, 0) AS quotes, coalesce(m.mentions, 0) AS mentions
                          FROM people p
                          LEFT JOIN (SELECT speaker, count(*) AS quotes FROM quote_speakers WHERE story_id = :story GROUP BY speaker) q
                                 ON q.speaker = p.slug
                          LEFT JOIN (SELECT slug, sum(mentions) AS mentions FROM person_mentions WHERE story_id = :story GROUP BY slug) m
                                 ON m.slug = p.slug
                         WHERE p.story_id = :story
                         ORDER BY quotes DESC, mentions DESC, p.name""")
                .param("story", story.value())
                .query((rs, row) -> new StoryPeople.PersonOption(PersonSlug.of(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
    }

    /** The same person in the desk's other stories: the same slug, or the same name as the desk shows it or the analysis found it. */
    List<PersonElsewhere> elsewhere(StoryId story, Person person) {
        return jdbc.sql("""
                        SELECT p.story_id, p.slug, p.name,
                               (SELECT count(*) FROM quote_speakers q WHERE q.story_id = p.story_id AND q.speaker = p.slug) AS quotes,
                               coalesce((SELECT sum(m.mentions) FROM person_mentions m WHERE m.story_id = p.story_id AND m.slug = p.slug), 0) AS mentions
                          FROM people p
                         WHERE p.story_id <> :story
                           AND (p.slug = :slug OR lower(p.name) IN (lower(:name), lower(:machine)) OR lower(p.machine_name) IN (lower(:name), lower(:machine)))
                         ORDER BY p.story_id""")
                .param("story", story.value()).param("slug", person.slug().value()).param("name", person.name())
                .param("machine", person.correction() == null ? person.name() : person.correction().machineName())
                .query((rs, row) -> new PersonElsewhere(StoryId.of(rs.getLong(1)), PersonSlug.of(rs.getString(2)), rs.getString(3), rs.getInt(4),
                        rs.getInt(5)))
                .list();
    }

    /** Who appears with a person: in the same articles, most shared first. */
    List<Companion> coMentioned(StoryId story, PersonSlug slug, int limit) {
        return jdbc.sql("""
                        SELECT other.slug, p.name, count(*) AS together
                          FROM person_mentions mine
                          JOIN person_mentions other ON other.story_id = mine.story_id AND other.article_id = mine.article_id
                                                    AND other.slug <> mine.slug
                          JOIN people p ON p.story_id = other.story_id AND p.slug = other.slug
                         WHERE mine.story_id = :story AND mine.slug = :slug
                         GROUP BY other.slug, p.name ORDER BY together DESC, p.name LIMIT :limit""")
                .param("story", story.value())
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

    /** Moves an editor's spelling of a name to the person the named one became part of, where that has none. Returns whether it moved. */
    Optional<Boolean> follow(StoryId story, PersonSlug from, PersonSlug to) {
        boolean corrected = jdbc.sql("SELECT EXISTS (SELECT 1 FROM person_corrections WHERE story_id = :story AND slug = :from)")
                .param("story", story.value()).param("from", from.value()).query(Boolean.class).single();
        if (!corrected) {
            return Optional.empty();
        }
        boolean moved = jdbc.sql("""
                        UPDATE person_corrections SET slug = :to
                         WHERE story_id = :story AND slug = :from
                           AND NOT EXISTS (SELECT 1 FROM person_corrections WHERE story_id = :story AND slug = :to)""")
                .param("story", story.value()).param("from", from.value()).param("to", to.value()).update() == 1;
        if (moved) {
            jdbc.sql("UPDATE people SET name = machine_name WHERE story_id = :story AND slug = :from").param("story", story.value())
                    .param("from", from.value()).update();
            applyCorrections(story, List.of(to.value()));
        }
        return Optional.of(moved);
    }
}
