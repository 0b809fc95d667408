package org.storydesk.quotes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonName;
import org.storydesk.base.PersonSlug;

/** The story's quotes and their sources in PostgreSQL. */
@Repository
public class QuoteRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    QuoteRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** The quotes as the analysis found them now, replacing the machine's earlier findings (never editors' work). */
    public void replaceAll(List<MachineQuote> quotes) {
        jdbc.sql("DELETE FROM quotes").update();
        List<SqlParameterSource> rows = new ArrayList<>();
        List<SqlParameterSource> sources = new ArrayList<>();
        for (MachineQuote quote : quotes) {
            rows.add(new MapSqlParameterSource()
                    .addValue("id", quote.id().value())
                    .addValue("text", quote.text())
                    .addValue("kind", quote.kind())
                    .addValue("speaker", quote.speaker() == null ? null : quote.speaker().value())
                    .addValue("label", quote.speakerLabel())
                    .addValue("rule", quote.rule())
                    .addValue("saidOn", quote.saidOn())
                    .addValue("full", quote.fullQuote() == null ? null : quote.fullQuote().value())
                    .addValue("firstArticle", quote.sources().stream().mapToLong(source -> source.article().value()).min().orElse(0))
                    .addValue("reach", (int) quote.sources().stream().map(MachineQuote.Source::article).distinct().count()));
            for (MachineQuote.Source source : quote.sources()) {
                sources.add(new MapSqlParameterSource()
                        .addValue("quote", quote.id().value())
                        .addValue("article", source.article().value())
                        .addValue("part", source.part())
                        .addValue("start", source.start())
                        .addValue("end", source.end())
                        .addValue("text", source.text())
                        .addValue("sentenceStart", source.sentenceStart())
                        .addValue("sentenceEnd", source.sentenceEnd()));
            }
        }
        batch.batchUpdate("""
                INSERT INTO quotes (id, text, kind, speaker, speaker_label, rule, said_on, full_quote, first_article, reach)
                VALUES (:id, :text, :kind, :speaker, :label, :rule, :saidOn, :full, :firstArticle, :reach)""", rows.toArray(SqlParameterSource[]::new));
        batch.batchUpdate("""
                INSERT INTO quote_sources (quote_id, article_id, part, start_offset, end_offset, text, sentence_start, sentence_end)
                VALUES (:quote, :article, :part, :start, :end, :text, :sentenceStart, :sentenceEnd)
                ON CONFLICT DO NOTHING""", sources.toArray(SqlParameterSource[]::new));
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(QuoteQuery query) {
        StringBuilder sql = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
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
        if (query.search() != null && !query.search().isBlank()) {
            sql.append(" AND (q.text ILIKE :search OR EXISTS (SELECT 1 FROM quote_sources s WHERE s.quote_id = q.id AND s.text ILIKE :search))");
            params.put("search", "%" + query.search().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new Where(sql.toString(), params);
    }

    List<Quote> list(QuoteQuery query, int offset, int limit) {
        Where where = where(query);
        String order = switch (query.order() == null ? "date" : query.order()) {
            case "speaker" -> "coalesce(p.name, q.speaker_label, '~'), q.said_on NULLS LAST, q.id";
            case "reach" -> "q.reach DESC, q.said_on, q.id";
            default -> "q.said_on, q.first_article, q.id";
        };
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("offset", offset);
        params.put("limit", limit);
        List<QuoteRow> rows = jdbc.sql("""
                        SELECT q.id, q.text, q.kind, q.speaker, p.name AS speaker_name, q.speaker_label, q.rule, q.said_on, q.full_quote
                          FROM quotes q LEFT JOIN people p ON p.slug = q.speaker""" + where.sql() + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset")
                .params(params)
                .query(QuoteRepository::row)
                .list();
        return withSources(rows);
    }

    int count(QuoteQuery query) {
        Where where = where(query);
        return jdbc.sql("SELECT count(*) FROM quotes q" + where.sql()).params(where.params()).query(Integer.class).single();
    }

    Optional<Quote> find(QuoteId id) {
        List<QuoteRow> rows = jdbc.sql("""
                        SELECT q.id, q.text, q.kind, q.speaker, p.name AS speaker_name, q.speaker_label, q.rule, q.said_on, q.full_quote
                          FROM quotes q LEFT JOIN people p ON p.slug = q.speaker WHERE q.id = :id""")
                .param("id", id.value())
                .query(QuoteRepository::row)
                .list();
        return withSources(rows).stream().findFirst();
    }

    /** Quotes carried by one article, for the reader's highlights. */
    List<Quote> inArticle(ArticleId article) {
        List<QuoteRow> rows = jdbc.sql("""
                        SELECT q.id, q.text, q.kind, q.speaker, p.name AS speaker_name, q.speaker_label, q.rule, q.said_on, q.full_quote
                          FROM quotes q LEFT JOIN people p ON p.slug = q.speaker
                         WHERE EXISTS (SELECT 1 FROM quote_sources s WHERE s.quote_id = q.id AND s.article_id = :article)""")
                .param("article", article.value())
                .query(QuoteRepository::row)
                .list();
        return withSources(rows);
    }

    private record QuoteRow(String id, String text, String kind, String speaker, String speakerName, String label, String rule,
                            LocalDate saidOn, String fullQuote) {
    }

    private static QuoteRow row(ResultSet rs, int row) throws SQLException {
        return new QuoteRow(rs.getString("id"), rs.getString("text"), rs.getString("kind"), rs.getString("speaker"),
                rs.getString("speaker_name"), rs.getString("speaker_label"), rs.getString("rule"),
                rs.getObject("said_on", LocalDate.class), rs.getString("full_quote"));
    }

    /** One query for the sources of a whole page of quotes, not one per quote. */
    private List<Quote> withSources(List<QuoteRow> rows) {
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
                         WHERE s.quote_id IN (:ids)
                         ORDER BY s.article_id, s.part DESC, s.start_offset""")
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
                row.label(), "unverified", row.rule(), row.saidOn(), row.fullQuote() == null ? null : new QuoteId(row.fullQuote()),
                List.copyOf(sources.getOrDefault(row.id(), List.of())))).toList();
    }
}
