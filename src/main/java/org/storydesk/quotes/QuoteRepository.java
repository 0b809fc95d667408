package org.storydesk.quotes;

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
import org.storydesk.base.Snippet;
import org.storydesk.base.StoryId;
import org.storydesk.base.database.Like;
import org.storydesk.base.database.TextSearch;

/** The story's quotes and their sources in PostgreSQL. */
@Repository
public class QuoteRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    QuoteRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Writes what a merge changed of the quotes (never editors' work): each quote as it now stands
     * beside how it stood, only the rows that differ (a new source, a new speaker), and removes
     * the quotes no longer in the story.
     */
    public void write(StoryId story, Collection<Revision<MachineQuote>> quotes, Collection<QuoteId> removed) {
        List<SqlParameterSource> inserted = new ArrayList<>();
        List<SqlParameterSource> updated = new ArrayList<>();
        List<SqlParameterSource> newSources = new ArrayList<>();
        List<SqlParameterSource> goneSources = new ArrayList<>();
        for (Revision<MachineQuote> revision : quotes) {
            MachineQuote after = revision.after();
            MachineQuote before = revision.before();
            if (before == null) {
                inserted.add(written(story, after));
            } else if (!sameRow(before, after)) {
                updated.add(written(story, after));
            }
            Map<SourceKey, MachineQuote.Source> old = sources(before);
            Map<SourceKey, MachineQuote.Source> now = sources(after);
            now.forEach((key, source) -> {
                if (!source.equals(old.get(key))) {
                    newSources.add(source(story, after.id(), source));
                }
            });
            old.forEach((key, source) -> {
                if (!now.containsKey(key)) {
                    goneSources.add(source(story, after.id(), source));
                }
            });
        }
        if (!removed.isEmpty()) {
            jdbc.sql("DELETE FROM quotes WHERE story_id = :story AND id = ANY (:ids)").param("story", story.value())
                    .param("ids", removed.stream().map(QuoteId::value).toArray(String[]::new)).update();
        }
        batch.batchUpdate("""
                INSERT INTO quotes (story_id, id, text, kind, speaker, speaker_label, machine_speaker, machine_speaker_label, rule, confidence,
                                    said_on, full_quote, first_article, reach)
                VALUES (:story, :id, :text, :kind, :speaker, :label, :speaker, :label, :rule, :confidence, :saidOn, :full, :firstArticle, :reach)""",
                inserted.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                UPDATE quotes SET text = :text, kind = :kind, speaker = :speaker, speaker_label = :label, machine_speaker = :speaker,
                                  machine_speaker_label = :label, rule = :rule, confidence = :confidence, said_on = :saidOn, full_quote = :full,
                                  first_article = :firstArticle, reach = :reach
                 WHERE story_id = :story AND id = :id""", updated.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("DELETE FROM quote_sources WHERE story_id = :story AND quote_id = :quote AND article_id = :article AND part = :part AND start_offset = :start",
                goneSources.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                INSERT INTO quote_sources (story_id, quote_id, article_id, part, start_offset, end_offset, text, sentence_start, sentence_end)
                VALUES (:story, :quote, :article, :part, :start, :end, :text, :sentenceStart, :sentenceEnd)
                ON CONFLICT (story_id, quote_id, article_id, part, start_offset) DO UPDATE
                   SET end_offset = excluded.end_offset, text = excluded.text,
                       sentence_start = excluded.sentence_start, sentence_end = excluded.sentence_end""",
                newSources.toArray(SqlParameterSource[]::new));
        List<String> written = new ArrayList<>();
        for (SqlParameterSource row : updated) {
            written.add((String) row.getValue("id"));
        }
        for (SqlParameterSource row : inserted) {
            written.add((String) row.getValue("id"));
        }
        applyCorrections(story, written);
    }

    /** A source as the table keys it: one quote is carried once at one place of one article. */
    private record SourceKey(ArticleId article, String part, int start) {
    }

    private static Map<SourceKey, MachineQuote.Source> sources(MachineQuote quote) {
        Map<SourceKey, MachineQuote.Source> sources = new LinkedHashMap<>();
        if (quote != null) {
            for (MachineQuote.Source source : quote.sources()) {
                sources.putIfAbsent(new SourceKey(source.article(), source.part(), source.start()), source);
            }
        }
        return sources;
    }

    private static boolean sameRow(MachineQuote a, MachineQuote b) {
        return a.text().equals(b.text()) && a.kind().equals(b.kind()) && Objects.equals(a.speaker(), b.speaker())
                && Objects.equals(a.speakerLabel(), b.speakerLabel()) && Objects.equals(a.rule(), b.rule()) && a.confidence() == b.confidence()
                && Objects.equals(a.saidOn(), b.saidOn()) && Objects.equals(a.fullQuote(), b.fullQuote())
                && firstArticle(a) == firstArticle(b) && reach(a) == reach(b);
    }

    private static long firstArticle(MachineQuote quote) {
        return quote.sources().stream().mapToLong(source -> source.article().value()).min().orElse(0);
    }

    private static int reach(MachineQuote quote) {
        return (int) quote.sources().stream().map(MachineQuote.Source::article).distinct().count();
    }

    private static SqlParameterSource written(StoryId story, MachineQuote quote) {
        return new MapSqlParameterSource()
                .addValue("story", story.value())
                .addValue("id", quote.id().value())
                .addValue("text", quote.text())
                .addValue("kind", quote.kind())
                .addValue("speaker", quote.speaker() == null ? null : quote.speaker().value())
                .addValue("label", quote.speakerLabel())
                .addValue("rule", quote.rule())
                .addValue("confidence", quote.confidence())
                .addValue("saidOn", quote.saidOn())
                .addValue("full", quote.fullQuote() == null ? null : quote.fullQuote().value())
                .addValue("firstArticle", firstArticle(quote))
                .addValue("reach", reach(quote));
    }

    private static SqlParameterSource source(StoryId story, QuoteId quote, MachineQuote.Source source) {
        return new MapSqlParameterSource()
                .addValue("story", story.value())
                .addValue("quote", quote.value())
                .addValue("article", source.article().value())
                .addValue("part", source.part())
                .addValue("start", source.start())
                .addValue("end", source.end())
                .addValue("text", source.text())
                .addValue("sentenceStart", source.sentenceStart())
                .addValue("sentenceEnd", source.sentenceEnd());
    }

    /** The quotes as the machine last wrote them (its speakers, not editors' corrections): what a full merge compares with. */
    public List<MachineQuote> machineRows(StoryId story) {
        Map<String, List<MachineQuote.Source>> sources = new HashMap<>();
        jdbc.sql("""
                        SELECT quote_id, article_id, part, start_offset, end_offset, text, sentence_start, sentence_end
                          FROM quote_sources WHERE story_id = :story ORDER BY quote_id, article_id, part DESC, start_offset""")
                .param("story", story.value())
                .query((rs, row) -> {
                    sources.computeIfAbsent(rs.getString(1), q -> new ArrayList<>()).add(new MachineQuote.Source(ArticleId.of(rs.getLong(2)),
                            rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getInt(7), rs.getInt(8)));
                    return null;
                }).list();
        return jdbc.sql("SELECT id, text, kind, machine_speaker, machine_speaker_label, rule, said_on, full_quote, confidence FROM quotes WHERE story_id = :story")
                .param("story", story.value())
                .query((rs, row) -> new MachineQuote(new QuoteId(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? null : PersonSlug.of(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getDouble(9), rs.getObject(7, LocalDate.class), rs.getString(8) == null ? null : new QuoteId(rs.getString(8)),
                        List.copyOf(sources.getOrDefault(rs.getString(1), List.of()))))
                .list();
    }

    /** Editors' corrections of speakers, laid over the machine's: for the quotes a merge wrote, and when an editor corrects one. */
    private void applyCorrections(StoryId story, List<String> ids) {
        // One array parameter, not an IN list: a full merge writes tens of thousands of items, past what a statement binds.
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        UPDATE quotes q SET speaker = c.speaker, speaker_label = c.speaker_label, corrected = true
                          FROM quote_corrections c
                         WHERE c.story_id = q.story_id AND c.quote_id = q.id AND q.story_id = :story AND q.id = ANY (:ids)""")
                .param("story", story.value())
                .param("ids", ids.toArray(String[]::new))
                .update();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(QuoteQuery query) {
        StringBuilder sql = new StringBuilder(" WHERE q.story_id = :story");
        Map<String, Object> params = new HashMap<>();
        params.put("story", query.story().value());
        if (query.filter().hasPeople()) {
            sql.append(" AND q.speaker IN (:people)");
            params.put("people", query.filter().slugs());
        }
        if (query.filter().from() != null) {
            sql.append(" AND q.said_on >= :from");
            params.put("from", query.filter().from());
        }
        if (query.filter().to() != null) {
            sql.append(" AND q.said_on <= :to");
            params.put("to", query.filter().to());
        }
        if (query.status() != null) {
            sql.append(" AND coalesce(st.status, 'unverified') = :status");
            params.put("status", query.status().code());
        }
        if (query.needsReview()) {
            // What an editor should check first: the analysis is unsure of the speaker, and no editor has looked yet.
            sql.append(" AND q.confidence < :review AND coalesce(st.status, 'unverified') = 'unverified' AND NOT q.corrected");
            params.put("review", Quote.REVIEW_BELOW);
        }
        if (!query.withFragments()) {
            // A fragment of a full quote is shown under it, so it is verified once; one whose full quote is gone stands alone.
            sql.append(" AND (q.full_quote IS NULL OR NOT EXISTS (SELECT 1 FROM quotes f WHERE f.story_id = q.story_id AND f.id = q.full_quote))");
        }
        if (query.search() != null && !query.search().isBlank()) {
            sql.append(" AND (q.text ILIKE :search OR EXISTS (SELECT 1 FROM quote_sources s WHERE s.story_id = q.story_id AND s.quote_id = q.id AND s.text ILIKE :search))");
            params.put("search", Like.containing(query.search()));
        }
        return new Where(sql.toString(), params);
    }

    List<Quote> list(QuoteQuery query, int offset, int limit) {
        Where where = where(query);
        String order = switch (query.order() == null ? "date" : query.order()) {
            case "speaker" -> "coalesce(p.name, q.speaker_label, '~'), q.said_on NULLS LAST, q.id";
            case "reach" -> "q.reach DESC, q.said_on, q.id";
            case "certainty" -> "q.confidence, q.said_on NULLS LAST, q.id";
            default -> "q.said_on, q.first_article, q.id";
        };
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("offset", offset);
        params.put("limit", limit);
        List<QuoteRow> rows = jdbc.sql("SELECT " + COLUMNS + " FROM " + JOINED + where.sql() + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(QuoteRepository::row)
                .list();
        List<Quote> quotes = withSources(query.story(), rows);
        return query.withFragments() ? quotes : withFragments(query.story(), quotes);
    }

    /** The fragments of a page of full quotes, with their sources, in two queries for the whole page. */
    private List<Quote> withFragments(StoryId story, List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return quotes;
        }
        List<QuoteRow> parts = jdbc.sql("SELECT " + COLUMNS + " FROM " + JOINED
                        + " WHERE q.story_id = :story AND q.full_quote IN (:ids) ORDER BY q.said_on, q.first_article, q.id")
                .param("story", story.value())
                .param("ids", quotes.stream().map(quote -> quote.id().value()).toList())
                .query(QuoteRepository::row)
                .list();
        Map<String, List<Quote>> byWhole = new LinkedHashMap<>();
        for (Quote part : withSources(story, parts)) {
            byWhole.computeIfAbsent(part.fullQuote().value(), id -> new ArrayList<>()).add(part);
        }
        return quotes.stream().map(quote -> quote.withFragments(byWhole.getOrDefault(quote.id().value(), List.of()))).toList();
    }

    int count(QuoteQuery query) {
        Where where = where(query);
        return jdbc.sql("SELECT count(*) FROM " + from(query) + where.sql()).params(where.params()).query(Integer.class).single();
    }

    /** The quotes, with their statuses where the query asks about them. */
    private static String from(QuoteQuery query) {
        return query.status() == null && !query.needsReview() ? "quotes q"
                : "quotes q LEFT JOIN quote_statuses st ON st.story_id = q.story_id AND st.quote_id = q.id";
    }

    /** Whether any of these quotes is one the query asks for: a view of the query shows a merge's changes only if so. */
    boolean anyAmong(QuoteQuery query, Collection<String> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        Where where = where(query);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("ids", List.copyOf(ids));
        // Where fragments are shown under their quotes, a changed fragment changes the quote it is shown under.
        String among = query.withFragments() ? " AND q.id IN (:ids)"
                : " AND (q.id IN (:ids) OR EXISTS (SELECT 1 FROM quotes part WHERE part.story_id = q.story_id AND part.full_quote = q.id"
                        + " AND part.id IN (:ids)))";
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM " + from(query) + where.sql() + among + ")").params(params)
                .query(Boolean.class).single();
    }

    Optional<Quote> find(StoryId story, QuoteId id) {
        List<QuoteRow> rows = jdbc.sql("SELECT " + COLUMNS + " FROM " + JOINED + " WHERE q.story_id = :story AND q.id = :id")
                .param("story", story.value())
                .param("id", id.value())
                .query(QuoteRepository::row)
                .list();
        return withSources(story, rows).stream().findFirst();
    }

    /** Quotes carried by one article, for the reader's highlights. */
    List<Quote> inArticle(StoryId story, ArticleId article) {
        List<QuoteRow> rows = jdbc.sql("SELECT " + COLUMNS + " FROM " + JOINED + " WHERE q.story_id = :story"
                        + " AND EXISTS (SELECT 1 FROM quote_sources s WHERE s.story_id = q.story_id AND s.quote_id = q.id AND s.article_id = :article)")
                .param("story", story.value())
                .param("article", article.value())
                .query(QuoteRepository::row)
                .list();
        return withSources(story, rows);
    }

    /**
     * Sets an editor's verdict, if no one else set one since {@code version} was read (0: none yet).
     * The check and the write are one statement, so two editors deciding at once cannot both win.
     */
    boolean setVerdict(StoryId story, QuoteId quote, String quoteText, int version, QuoteStatus status, @Nullable String note, String author) {
        if (version == 0) {
            return jdbc.sql("""
                            INSERT INTO quote_statuses (story_id, quote_id, quote_text, status, note, author)
                            VALUES (:story, :quote, :text, :status, :note, :author)
                            ON CONFLICT (story_id, quote_id) DO NOTHING""")
                    .param("story", story.value()).param("quote", quote.value()).param("text", quoteText).param("status", status.code()).param("note", note)
                    .param("author", author)
                    .update() == 1;
        }
        return jdbc.sql("""
                        UPDATE quote_statuses SET status = :status, note = :note, author = :author, updated = clock_timestamp(),
                                                  version = version + 1
                         WHERE story_id = :story AND quote_id = :quote AND version = :version""")
                .param("story", story.value()).param("quote", quote.value()).param("version", version).param("status", status.code()).param("note", note)
                .param("author", author)
                .update() == 1;
    }

    /** Sets who said a quote, if no one else corrected it since {@code version} was read (0: not corrected yet). */
    boolean correctSpeaker(StoryId story, QuoteId quote, String quoteText, int version, @Nullable PersonSlug speaker, @Nullable String label,
                           String author) {
        boolean written;
        if (version == 0) {
            written = jdbc.sql("""
                            INSERT INTO quote_corrections (story_id, quote_id, quote_text, speaker, speaker_label, author)
                            VALUES (:story, :quote, :text, :speaker, :label, :author)
                            ON CONFLICT (story_id, quote_id) DO NOTHING""")
                    .param("story", story.value()).param("quote", quote.value()).param("text", quoteText).param("speaker", speaker == null ? null : speaker.value())
                    .param("label", label).param("author", author)
                    .update() == 1;
        } else {
            written = jdbc.sql("""
                            UPDATE quote_corrections SET speaker = :speaker, speaker_label = :label, author = :author,
                                                         updated = clock_timestamp(), version = version + 1
                             WHERE story_id = :story AND quote_id = :quote AND version = :version""")
                    .param("story", story.value()).param("quote", quote.value()).param("version", version).param("speaker", speaker == null ? null : speaker.value())
                    .param("label", label).param("author", author)
                    .update() == 1;
        }
        if (written) {
            applyCorrections(story, List.of(quote.value()));
        }
        return written;
    }

    /** Gives a quote back the speaker the machine found, if no one changed the correction since {@code version} was read. */
    boolean withdrawCorrection(StoryId story, QuoteId quote, int version) {
        boolean deleted = jdbc.sql("DELETE FROM quote_corrections WHERE story_id = :story AND quote_id = :quote AND version = :version")
                .param("story", story.value()).param("quote", quote.value()).param("version", version)
                .update() == 1;
        if (deleted) {
            jdbc.sql("""
                            UPDATE quotes SET speaker = machine_speaker, speaker_label = machine_speaker_label, corrected = false
                             WHERE story_id = :story AND id = :quote""")
                    .param("story", story.value()).param("quote", quote.value()).update();
        }
        return deleted;
    }

    boolean personExists(StoryId story, PersonSlug slug) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM person_names WHERE story_id = :story AND slug = :slug)")
                .param("story", story.value()).param("slug", slug.value()).query(Boolean.class).single();
    }

    /** The quotes some people said. */
    List<String> idsSaidBy(StoryId story, List<String> people) {
        return jdbc.sql("SELECT id FROM quotes WHERE story_id = :story AND speaker IN (:people)").param("story", story.value())
                .param("people", people).query(String.class).list();
    }

    /** Quotes whose words hold the words searched for (of a story, or null: of every story), the latest said first. */
    List<QuoteHit> search(@Nullable StoryId story, String words, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("words", words);
        params.put("options", Snippet.OPTIONS);
        params.put("offset", offset);
        params.put("limit", limit);
        if (story != null) {
            params.put("story", story.value());
        }
        TextSearch.planForTheWords(jdbc);
        return jdbc.sql("""
                        SELECT q.story_id, q.id, q.text, q.said_on, coalesce(p.name, q.speaker_label, 'Speaker not identified') AS speaker,
                               ts_headline('english', q.text, w.query, :options) AS marked,
                               s.article_id, s.start_offset, s.end_offset, a.headline
                          FROM websearch_to_tsquery('english', :words) AS w (query)
                          JOIN quotes q ON q.search @@ w.query""" + (story == null ? "" : " AND q.story_id = :story") + " " + """
                          LEFT JOIN person_names p ON p.story_id = q.story_id AND p.slug = q.speaker
                          LEFT JOIN LATERAL (SELECT qs.article_id, qs.start_offset, qs.end_offset FROM quote_sources qs
                                              WHERE qs.story_id = q.story_id AND qs.quote_id = q.id
                                              ORDER BY qs.part = 'body' DESC, qs.article_id, qs.start_offset LIMIT 1) s ON true
                          LEFT JOIN current_articles a ON a.id = s.article_id
                         ORDER BY q.said_on DESC NULLS LAST, q.story_id, q.id
                         LIMIT :limit OFFSET :offset""")
                .params(params)
                .query((rs, row) -> {
                    long article = rs.getLong("article_id");
                    boolean carried = !rs.wasNull();
                    return new QuoteHit(StoryId.of(rs.getLong("story_id")), new QuoteId(rs.getString("id")), rs.getString("speaker"),
                            rs.getObject("said_on", LocalDate.class), Snippet.of(rs.getString("marked"), rs.getString("text")),
                            carried ? ArticleId.of(article) : null, rs.getString("headline"),
                            carried ? rs.getInt("start_offset") : -1, carried ? rs.getInt("end_offset") : -1);
                })
                .list();
    }

    /** How many quotes hold the words, counted up to {@code most}. */
    int countHits(@Nullable StoryId story, String words, int most) {
        Map<String, Object> params = new HashMap<>();
        params.put("words", words);
        params.put("most", most);
        if (story != null) {
            params.put("story", story.value());
        }
        TextSearch.planForTheWords(jdbc);
        return jdbc.sql("""
                        SELECT count(*) FROM (SELECT 1 FROM websearch_to_tsquery('english', :words) AS w (query)
                                                JOIN quotes q ON q.search @@ w.query""" + (story == null ? "" : " AND q.story_id = :story") + " " + """
                                               LIMIT :most) hits""")
                .params(params).query(Integer.class).single();
    }

    /** A quote with the editors' verdict on it and, where they corrected its speaker, what the machine had said. */
    private static final String COLUMNS = """
            q.id, q.text, q.kind, q.speaker, p.name AS speaker_name, q.speaker_label, q.rule, q.confidence, q.said_on, q.full_quote,
            st.status, st.note AS status_note, st.author AS status_author, st.updated AS status_updated, st.version AS status_version,
            q.corrected, q.machine_speaker, mp.name AS machine_speaker_name, q.machine_speaker_label,
            qc.author AS correction_author, qc.updated AS correction_updated, qc.version AS correction_version""";

    private static final String JOINED = """
            quotes q LEFT JOIN person_names p ON p.story_id = q.story_id AND p.slug = q.speaker
                     LEFT JOIN quote_statuses st ON st.story_id = q.story_id AND st.quote_id = q.id
                     LEFT JOIN quote_corrections qc ON qc.story_id = q.story_id AND qc.quote_id = q.id
                     LEFT JOIN person_names mp ON mp.story_id = q.story_id AND mp.slug = q.machine_speaker""";

    private record QuoteRow(String id, String text, String kind, String speaker, String speakerName, String label, String rule,
                            double confidence, LocalDate saidOn, String fullQuote, Verdict verdict, SpeakerCorrection correction) {
    }

    private static QuoteRow row(ResultSet rs, int row) throws SQLException {
        String status = rs.getString("status");
        Verdict verdict = status == null ? Verdict.NONE : new Verdict(QuoteStatus.of(status).orElseThrow(), rs.getString("status_note"),
                rs.getString("status_author"), rs.getTimestamp("status_updated").toInstant(), rs.getInt("status_version"));
        SpeakerCorrection correction = null;
        if (rs.getBoolean("corrected") && rs.getString("correction_author") != null) {
            String machine = rs.getString("machine_speaker");
            correction = new SpeakerCorrection(
                    machine == null ? null : new PersonName(PersonSlug.of(machine), Objects.requireNonNullElse(rs.getString("machine_speaker_name"), machine)),
                    rs.getString("machine_speaker_label"), rs.getString("correction_author"), rs.getTimestamp("correction_updated").toInstant(),
                    rs.getInt("correction_version"));
        }
        return new QuoteRow(rs.getString("id"), rs.getString("text"), rs.getString("kind"), rs.getString("speaker"),
                rs.getString("speaker_name"), rs.getString("speaker_label"), rs.getString("rule"), rs.getDouble("confidence"),
                rs.getObject("said_on", LocalDate.class), rs.getString("full_quote"), verdict, correction);
    }

    /** One query for the sources of a whole page of quotes, not one per quote. */
    private List<Quote> withSources(StoryId story, List<QuoteRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Quote.Source>> sources = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT s.quote_id, s.article_id, a.source, a.outlet, coalesce(a.headline, left(a.body, 120)) AS title,
                               s.part, s.start_offset, s.end_offset, s.text, s.sentence_start,
                               CASE WHEN s.part = 'headline' THEN a.headline
                                    ELSE substr(a.body, s.sentence_start + 1, s.sentence_end - s.sentence_start) END AS sentence
                          FROM quote_sources s JOIN current_articles a ON a.id = s.article_id
                         WHERE s.story_id = :story AND s.quote_id IN (:ids)
                         ORDER BY s.article_id, s.part DESC, s.start_offset""")
                .param("story", story.value())
                .param("ids", rows.stream().map(QuoteRow::id).toList())
                .query((rs, row) -> {
                    sources.computeIfAbsent(rs.getString("quote_id"), id -> new ArrayList<>()).add(new Quote.Source(
                            ArticleId.of(rs.getLong("article_id")), rs.getString("source"), rs.getString("outlet"), rs.getString("part"),
                            rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("text"), rs.getString("sentence"),
                            rs.getString("part").equals("headline") ? 0 : rs.getInt("sentence_start"), rs.getString("title")));
                    return null;
                })
                .list();
        return rows.stream().map(row -> new Quote(new QuoteId(row.id()), row.text(), row.kind(),
                row.speaker() == null ? null : new PersonName(PersonSlug.of(row.speaker()), row.speakerName() == null ? row.speaker() : row.speakerName()),
                row.label(), row.verdict(), row.rule(), row.saidOn(), row.fullQuote() == null ? null : new QuoteId(row.fullQuote()),
                List.copyOf(sources.getOrDefault(row.id(), List.of())), row.correction(), row.confidence(), List.of())).toList();
    }

    /**
     * Moves an editor's verdict and speaker correction from a quote to the quote it became part of,
     * where that one has none of its own. Returns what moved and what stayed, in words.
     */
    List<String> follow(StoryId story, QuoteId from, QuoteId to) {
        List<String> followed = new ArrayList<>();
        String status = jdbc.sql("SELECT status FROM quote_statuses WHERE story_id = :story AND quote_id = :from")
                .param("story", story.value()).param("from", from.value())
                .query(String.class).optional().orElse(null);
        if (status != null) {
            boolean moved = jdbc.sql("""
                            UPDATE quote_statuses SET quote_id = :to
                             WHERE story_id = :story AND quote_id = :from
                               AND NOT EXISTS (SELECT 1 FROM quote_statuses WHERE story_id = :story AND quote_id = :to)""")
                    .param("story", story.value()).param("from", from.value()).param("to", to.value()).update() == 1;
            followed.add(moved ? "status " + status : "status " + status + " stayed behind (the quote it joined has its own)");
        }
        boolean corrected = jdbc.sql("SELECT EXISTS (SELECT 1 FROM quote_corrections WHERE story_id = :story AND quote_id = :from)")
                .param("story", story.value()).param("from", from.value()).query(Boolean.class).single();
        if (corrected) {
            boolean moved = jdbc.sql("""
                            UPDATE quote_corrections SET quote_id = :to
                             WHERE story_id = :story AND quote_id = :from
                               AND NOT EXISTS (SELECT 1 FROM quote_corrections WHERE story_id = :story AND quote_id = :to)""")
                    .param("story", story.value()).param("from", from.value()).param("to", to.value()).update() == 1;
            followed.add(moved ? "speaker correction" : "speaker correction stayed behind (the quote it joined has its own)");
            applyCorrections(story, List.of(to.value()));
        }
        return followed;
    }

    /** Editors' corrections naming a person as a speaker name the person they became part of. Returns how many. */
    int followSpeaker(StoryId story, PersonSlug from, PersonSlug to) {
        List<String> quotes = jdbc.sql("UPDATE quote_corrections SET speaker = :to WHERE story_id = :story AND speaker = :from RETURNING quote_id")
                .param("story", story.value()).param("from", from.value()).param("to", to.value()).query(String.class).list();
        applyCorrections(story, quotes);
        return quotes.size();
    }
}
