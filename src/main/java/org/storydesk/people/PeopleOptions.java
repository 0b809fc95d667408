package org.storydesk.people;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryPeople;

/**
 * The people the filter offers: everyone in the story, most quoted first. The header shows them
 * on every navigation, so they are kept until the story is merged again (a cheap check on every
 * call, so that every node of a cluster sees a new merge at once).
 */
@Component
class PeopleOptions implements StoryPeople {

    private record Snapshot(OffsetDateTime mergedAt, List<PersonOption> options, Map<PersonSlug, PersonOption> bySlug) {
    }

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    PeopleOptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonOption> options() {
        return current().options();
    }

    @Override
    public Optional<PersonOption> find(PersonSlug slug) {
        return Optional.ofNullable(current().bySlug().get(slug));
    }

    private Snapshot current() {
        OffsetDateTime mergedAt = jdbc.sql("SELECT merged_at FROM story_merges WHERE id = 1").query(OffsetDateTime.class).optional().orElse(OffsetDateTime.MIN);
        Snapshot known = snapshot;
        if (known != null && known.mergedAt().equals(mergedAt)) {
            return known;
        }
        List<PersonOption> options = jdbc.sql("""
                        SELECT p.slug, p.name, coalesce(q.quotes, 0) AS quotes, coalesce(m.mentions, 0) AS mentions
                          FROM people p
                          LEFT JOIN (SELECT speaker, count(*) AS quotes FROM quotes GROUP BY speaker) q ON q.speaker = p.slug
                          LEFT JOIN (SELECT slug, sum(mentions) AS mentions FROM person_mentions GROUP BY slug) m ON m.slug = p.slug
                         ORDER BY quotes DESC, mentions DESC, p.name""")
                .query((rs, row) -> new PersonOption(PersonSlug.of(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getInt(4)))
                .list();
        Snapshot fresh = new Snapshot(mergedAt, List.copyOf(options),
                options.stream().collect(Collectors.toUnmodifiableMap(PersonOption::slug, Function.identity())));
        snapshot = fresh;
        return fresh;
    }
}
