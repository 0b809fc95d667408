package org.storydesk.quotes;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.storydesk.base.api.Csv;
import org.storydesk.base.api.FilterParameters;

/** {@code GET /api/quotes}: who said what, with every outlet that carries it. */
@RestController
@RequestMapping("/api/quotes")
class QuotesApi {

    private static final int ALL = 100_000;

    private final Quotes quotes;

    QuotesApi(Quotes quotes) {
        this.quotes = quotes;
    }

    record Speaker(String id, String name) {
    }

    record SourceRow(long articleId, String source, String outlet, String part, int start, int end, String text) {
    }

    /** A row as DESIGN.md names the fields, plus the rule that decided the speaker and the date it was said. */
    record QuoteRow(String id, String text, String kind, Speaker speaker, String speakerLabel, String status,
                    List<SourceRow> sources, List<String> variants, String rule, String saidOn, String fullQuoteId) {
    }

    private static final List<Csv.Column<QuoteRow>> CSV = List.of(
            Csv.Column.of("id", QuoteRow::id), Csv.Column.of("text", QuoteRow::text), Csv.Column.of("kind", QuoteRow::kind),
            Csv.Column.of("speaker", row -> row.speaker() == null ? null : row.speaker().id()),
            Csv.Column.of("speakerName", row -> row.speaker() == null ? null : row.speaker().name()),
            Csv.Column.of("speakerLabel", QuoteRow::speakerLabel), Csv.Column.of("status", QuoteRow::status),
            Csv.Column.of("sources", row -> row.sources().stream()
                    .map(s -> (s.outlet() == null ? s.source() : s.outlet()) + " [" + s.articleId() + ":" + s.start() + "-" + s.end() + "]").toList()),
            Csv.Column.of("variants", QuoteRow::variants), Csv.Column.of("saidOn", QuoteRow::saidOn));

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) List<String> person, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to, @RequestParam(required = false) String q,
                           @RequestParam(required = false) String format) {
        QuoteQuery query = new QuoteQuery(FilterParameters.read(person, from, to), q, "date");
        List<QuoteRow> rows = quotes.list(query, 0, ALL).stream().map(QuotesApi::row).toList();
        return Csv.requested(format) ? Csv.response("quotes", rows, CSV) : ResponseEntity.ok(rows);
    }

    static QuoteRow row(Quote quote) {
        return new QuoteRow(quote.id().value(), quote.text(), quote.kind(),
                quote.speaker() == null ? null : new Speaker(quote.speaker().slug().value(), quote.speaker().name()),
                quote.speakerLabel(), quote.status(),
                quote.sources().stream().map(s -> new SourceRow(s.article().value(), s.source(), s.outlet(), s.part(), s.start(), s.end(), s.text())).toList(),
                quote.variants(), quote.rule(), quote.saidOn() == null ? null : quote.saidOn().toString(),
                quote.fullQuote() == null ? null : quote.fullQuote().value());
    }
}
