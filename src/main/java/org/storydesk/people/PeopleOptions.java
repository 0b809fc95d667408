package org.storydesk.people;

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
 * on every navigation, so they are kept until the story is merged again, a name corrected or a
 * speaker (a cheap check on every call, so that every node of a cluster sees the change at once).
 */
@Component
class PeopleOptions implements StoryPeople {

    private record Snapshot(String state, List<PersonOption> options, Map<PersonSlug, PersonOption> bySlug) {
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
        // The last merge and the editors' corrections of names and of speakers: when none changed, neither did the list.
        String state = jdbc.sql("""
                        SELECT coalesce((SELECT merged_at::text FROM story_merges WHERE id = 1), '')
                               || '|' || (SELECT count(*) || '|' || coalesce(max(updated)::text, '') FROM person_corrections)
                               || '|' || (SELECT count(*) || '|' || coalesce(max(updated)::text, '') FROM quote_corrections)""")
                .query(String.class).single();
        Snapshot known = snapshot;
        if (known != null && known.state().equals(state)) {
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
        Snapshot fresh = new Snapshot(state, List.copyOf(options),
                options.stream().collect(Collectors.toUnmodifiableMap(PersonOption::slug, Function.identity())));
        snapshot = fresh;
        return fresh;
    }
}
