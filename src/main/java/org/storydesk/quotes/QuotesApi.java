package org.storydesk.quotes;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.storydesk.base.ItemType;
import org.storydesk.base.StoryId;
import org.storydesk.base.api.BadRequest;
import org.storydesk.base.api.Csv;
import org.storydesk.base.api.FilterParameters;
import org.storydesk.base.api.StoryParameter;
import org.storydesk.notes.Note;
import org.storydesk.notes.NoteDigest;
import org.storydesk.notes.Notes;

/** {@code GET /api/quotes}: who said what in a story ({@code story=<slug>}, the first story without it), with every outlet that carries it. */
@RestController
@RequestMapping("/api/quotes")
class QuotesApi {

    private static final int ALL = 100_000;

    private final Quotes quotes;
    private final Notes notes;
    private final StoryParameter stories;

    QuotesApi(Quotes quotes, Notes notes, StoryParameter stories) {
        this.quotes = quotes;
        this.notes = notes;
        this.stories = stories;
    }

    record Speaker(String id, String name) {
    }

    @Schema(name = "QuoteSourceRow")
    record SourceRow(long articleId, String source, String outlet, String part, int start, int end, String text) {
    }

    /** Who the machine said spoke, where an editor corrected it. */
    record MachineSpeaker(@Nullable Speaker speaker, @Nullable String speakerLabel) {
    }

    /**
     * A row as DESIGN.md names the fields, plus the rule that decided the speaker, how sure the
     * analysis is of it ({@code confidence}, 0–1) and whether an editor should check it first, and
     * the date it was said; the editors' work: why a status was set and by whom, the machine's
     * speaker where an editor corrected it, and the notes on the quote.
     */
    record QuoteRow(String id, String text, String kind, @Nullable Speaker speaker, @Nullable String speakerLabel, String status,
                    List<SourceRow> sources, List<String> variants, @Nullable String rule, double confidence, boolean needsReview,
                    @Nullable String saidOn,
                    @Nullable String fullQuoteId, @Nullable String statusNote, @Nullable String statusBy, boolean corrected,
                    @Nullable MachineSpeaker machineSpeaker, List<NoteDigest> notes) {
    }

    private static final List<Csv.Column<QuoteRow>> CSV = List.of(
            Csv.Column.of("id", QuoteRow::id), Csv.Column.of("text", QuoteRow::text), Csv.Column.of("kind", QuoteRow::kind),
            Csv.Column.of("speaker", row -> row.speaker() == null ? null : row.speaker().id()),
            Csv.Column.of("speakerName", row -> row.speaker() == null ? null : row.speaker().name()),
            Csv.Column.of("speakerLabel", QuoteRow::speakerLabel), Csv.Column.of("status", QuoteRow::status),
            Csv.Column.of("sources", row -> row.sources().stream()
                    .map(s -> (s.outlet() == null ? s.source() : s.outlet()) + " [" + s.articleId() + ":" + s.start() + "-" + s.end() + "]").toList()),
            Csv.Column.of("variants", QuoteRow::variants), Csv.Column.of("rule", QuoteRow::rule),
            Csv.Column.of("confidence", QuoteRow::confidence), Csv.Column.of("needsReview", QuoteRow::needsReview),
            Csv.Column.of("saidOn", QuoteRow::saidOn),
            Csv.Column.of("statusNote", QuoteRow::statusNote), Csv.Column.of("statusBy", QuoteRow::statusBy),
            Csv.Column.of("corrected", QuoteRow::corrected),
            Csv.Column.of("machineSpeaker", row -> row.machineSpeaker() == null ? null : row.machineSpeaker().speaker() != null
                    ? row.machineSpeaker().speaker().id() : row.machineSpeaker().speakerLabel()),
            Csv.Column.of("notes", row -> row.notes().stream().map(NoteDigest::line).toList()));

    @GetMapping
    // The answer is JSON rows or, with format=csv, the same rows as CSV: its rows' schema is said here.
    @ApiResponse(responseCode = "200", description = "The story's quotes, each once, with every outlet that carries it", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = QuoteRow.class))),
            @Content(mediaType = "text/csv")})
    ResponseEntity<?> list(@RequestParam(required = false) String story, @RequestParam(required = false) List<String> person, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to, @RequestParam(required = false) String q,
                           @RequestParam(required = false) String status, @RequestParam(required = false) Boolean review,
                           @RequestParam(required = false) String order, @RequestParam(required = false) String format) {
        QuoteStatus only = null;
        if (status != null && !status.isBlank()) {
            only = QuoteStatus.of(status.strip())
                    .orElseThrow(() -> new BadRequest("There is no status '" + status + "': a quote is " + QuoteStatus.codes()));
        }
        String sorted = order == null || order.isBlank() ? "date" : order.strip();
        if (!List.of("date", "speaker", "reach", "certainty").contains(sorted)) {
            throw new BadRequest("There is no order '" + order + "': quotes sort by date, speaker, reach or certainty");
        }
        StoryId in = stories.resolve(story).id();
        QuoteQuery query = new QuoteQuery(in, FilterParameters.read(person, from, to), q, sorted, only, Boolean.TRUE.equals(review), true);
        List<Quote> found = quotes.list(query, 0, ALL);
        Map<String, List<Note>> noted = notes.on(in, ItemType.QUOTE, found.stream().map(quote -> quote.id().value()).toList());
        List<QuoteRow> rows = found.stream().map(quote -> row(quote, noted.getOrDefault(quote.id().value(), List.of()))).toList();
        return Csv.requested(format) ? Csv.response("quotes", rows, CSV) : ResponseEntity.ok(rows);
    }

    static QuoteRow row(Quote quote, List<Note> notes) {
        return new QuoteRow(quote.id().value(), quote.text(), quote.kind(),
                quote.speaker() == null ? null : new Speaker(quote.speaker().slug().value(), quote.speaker().name()),
                quote.speakerLabel(), quote.status(),
                quote.sources().stream().map(s -> new SourceRow(s.article().value(), s.source(), s.outlet(), s.part(), s.start(), s.end(), s.text())).toList(),
                quote.variants(), quote.rule(), quote.confidence(), quote.needsReview(), quote.saidOn() == null ? null : quote.saidOn().toString(),
                quote.fullQuote() == null ? null : quote.fullQuote().value(), quote.verdict().note(), quote.verdict().author(),
                quote.correction() != null,
                quote.correction() == null ? null : new MachineSpeaker(quote.correction().machineSpeaker() == null ? null
                        : new Speaker(quote.correction().machineSpeaker().slug().value(), quote.correction().machineSpeaker().name()),
                        quote.correction().machineLabel()),
                notes.stream().map(NoteDigest::of).toList());
    }
}
