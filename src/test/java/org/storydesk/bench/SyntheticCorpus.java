package org.storydesk.bench;

import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A story the size of a long-running one: thousands of articles and the people, quotes and
 * events their analysis would imply, written straight into the tables the analysis fills (no
 * NLP runs), so the dashboard's queries can be measured at scale.
 *
 * <p>The shape follows the seed story, scaled: a few people are in most articles and most
 * people in few (popularity falls off as a power law), an article mentions about eight people,
 * quotes two and reports one event, a quote or an event is carried by one to six articles, and
 * the coverage spreads over eight months. Every choice comes from a hash of a row number, so
 * the same size gives the same corpus on every machine. Meant for a database of its own.
 */
public final class SyntheticCorpus {

    private final JdbcClient jdbc;

    public SyntheticCorpus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the corpus; returns what was written, in words. */
    public String write(int articles) {
        int people = Math.max(50, articles / 5);
        // A uniform number in [0, 1) from a row number: the same on every run.
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION bench_uniform(x bigint) RETURNS float8
                LANGUAGE sql IMMUTABLE AS $$ SELECT (hashint8(x) & 2147483647) / 2147483648.0 $$""").update();

        long first = jdbc.sql("""
                        INSERT INTO articles (source)
                        SELECT 'synthetic-' || lpad(i::text, 6, '0') || '.txt' FROM generate_series(1, :n) i
                        RETURNING id""")
                .param("n", articles).query(Long.class).list().stream().mapToLong(Long::longValue).min().orElseThrow();
        jdbc.sql("""
                INSERT INTO article_versions (article_id, version, content_hash, media_type, raw, body, outlet, headline, byline, published, words)
                SELECT a.id, 1, md5(a.source), 'text/plain', :body || a.source, :body || a.source,
                       'Outlet ' || (1 + floor(40 * bench_uniform(a.id * 3))::int),
                       'Report ' || a.id || ' on the talks',
                       'Reporter ' || (1 + floor(300 * bench_uniform(a.id * 5))::int),
                       date '2025-06-01' + floor(240 * bench_uniform(a.id * 7))::int,
                       720
                  FROM articles a WHERE a.id >= :first""")
                .param("body", "Officials met on the day to discuss the next steps. \"We will keep working on this,\" one said. ".repeat(40))
                .param("first", first).update();
        jdbc.sql("""
                UPDATE articles a SET current_version_id = v.id FROM article_versions v
                 WHERE v.article_id = a.id AND a.id >= :first""").param("first", first).update();
        jdbc.sql("""
                INSERT INTO analysis_jobs (article_id, version_id, state, finished_at, took_ms)
                SELECT id, current_version_id, 'done', now(), 1500 FROM articles WHERE id >= :first""").param("first", first).update();

        // People: the k-th most prominent is in about articles / k^0.6 articles.
        jdbc.sql("""
                INSERT INTO people (slug, name, roles, variants, flagged_variants, gender)
                SELECT 'person-' || k, 'Person ' || k, ARRAY['Minister of portfolio ' || (k % 97)], ARRAY['P. ' || k],
                       CASE WHEN k % 50 = 0 THEN ARRAY['Persen ' || k] ELSE ARRAY[]::text[] END, NULL
                  FROM generate_series(1, :people) k""").param("people", people).update();
        jdbc.sql("""
                INSERT INTO person_mentions (slug, article_id, mentions)
                SELECT 'person-' || (1 + floor(:people * power(bench_uniform(a.id * 11 + j), 2.5))::int), a.id, 1 + j % 4
                  FROM articles a, generate_series(1, 8) j WHERE a.id >= :first
                ON CONFLICT DO NOTHING""").param("people", people).param("first", first).update();
        jdbc.sql("""
                INSERT INTO person_places (slug, article_id, start_offset, end_offset)
                SELECT m.slug, m.article_id, 100 * p, 100 * p + 12
                  FROM person_mentions m, generate_series(1, 2) p WHERE m.article_id >= :first
                ON CONFLICT DO NOTHING""").param("first", first).update();

        // Quotes: two per article, most said by the story's prominent people, each carried by one to six articles.
        jdbc.sql("""
                INSERT INTO quotes (id, text, kind, speaker, speaker_label, rule, said_on, full_quote, first_article, reach)
                SELECT 'q-syn-' || q,
                       'We will keep working on question ' || q || ' until it is settled, and we will say so at every meeting',
                       CASE WHEN q % 4 = 0 THEN 'partial' ELSE 'full' END,
                       'person-' || (1 + floor((:people / 10) * power(bench_uniform(q * 13), 2.5))::int),
                       NULL, 'synthetic', NULL, NULL, NULL, 1 + floor(6 * power(bench_uniform(q * 17), 3))::int
                  FROM generate_series(1, :quotes) q""").param("people", people).param("quotes", articles * 2).update();
        jdbc.sql("""
                INSERT INTO quote_sources (quote_id, article_id, part, start_offset, end_offset, text, sentence_start, sentence_end)
                SELECT q.id, :first + floor(:articles * bench_uniform(substr(q.id, 7)::bigint * 19 + s))::int,
                       'body', 200 + s * 10, 260 + s * 10, q.text, 190 + s * 10, 300 + s * 10
                  FROM quotes q CROSS JOIN LATERAL generate_series(1, q.reach) s
                 WHERE q.id LIKE 'q-syn-%'
                ON CONFLICT DO NOTHING""").param("first", first).param("articles", articles).update();
        jdbc.sql("""
                UPDATE quotes q SET said_on = f.published, first_article = f.article_id, reach = f.outlets
                  FROM (SELECT s.quote_id, min(v.published) AS published, min(s.article_id) AS article_id,
                               count(DISTINCT v.outlet) AS outlets
                          FROM quote_sources s JOIN current_articles v ON v.id = s.article_id
                         WHERE s.quote_id LIKE 'q-syn-%' GROUP BY s.quote_id) f
                 WHERE q.id = f.quote_id""").update();

        // Events: one per article, most dated to the day, some to the week or only the month.
        jdbc.sql("""
                INSERT INTO events (id, day_from, day_to, precision, time_of_day, summary)
                SELECT 'e-syn-' || e,
                       CASE p WHEN 'month' THEN date_trunc('month', d)::date ELSE d END,
                       CASE p WHEN 'month' THEN (date_trunc('month', d) + interval '1 month - 1 day')::date
                              WHEN 'week' THEN d + 6 ELSE d END,
                       p, CASE WHEN e % 7 = 0 THEN 'evening' END, 'Delegations met over item ' || e || ' of the agenda'
                  FROM (SELECT e, date '2025-06-01' + floor(240 * bench_uniform(e * 23))::int AS d,
                               CASE WHEN e % 20 = 0 THEN 'month' WHEN e % 20 = 1 THEN 'week' ELSE 'day' END AS p
                          FROM generate_series(1, :events) e) x""").param("events", articles).update();
        jdbc.sql("""
                INSERT INTO event_people (event_id, slug)
                SELECT e.id, 'person-' || (1 + floor((:people / 10) * power(bench_uniform(substr(e.id, 7)::bigint * 29 + j), 2.5))::int)
                  FROM events e, generate_series(1, 1 + substr(e.id, 7)::int % 3) j WHERE e.id LIKE 'e-syn-%'
                ON CONFLICT DO NOTHING""").param("people", people).update();
        jdbc.sql("""
                INSERT INTO event_sources (event_id, article_id, start_offset, end_offset, sentence)
                SELECT e.id, :first + floor(:articles * bench_uniform(substr(e.id, 7)::bigint * 31 + s))::int,
                       40 * s, 40 * s + 80, e.summary || '.'
                  FROM events e, generate_series(1, 1 + substr(e.id, 7)::int % 4) s WHERE e.id LIKE 'e-syn-%'
                ON CONFLICT DO NOTHING""").param("first", first).param("articles", articles).update();

        jdbc.sql("""
                INSERT INTO story_merges (id, merged_at, people, quotes, events)
                VALUES (1, clock_timestamp(), (SELECT count(*) FROM people), (SELECT count(*) FROM quotes), (SELECT count(*) FROM events))
                ON CONFLICT (id) DO UPDATE SET merged_at = excluded.merged_at, people = excluded.people,
                                               quotes = excluded.quotes, events = excluded.events""").update();
        jdbc.sql("ANALYZE").update();
        return String.format(Locale.ROOT, "%d articles, %d people (%d mentions, %d places), %d quotes (%d sources), %d events (%d sources)",
                count("articles"), count("people"), count("person_mentions"), count("person_places"),
                count("quotes"), count("quote_sources"), count("events"), count("event_sources"));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
