package org.storydesk.timeline;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.storydesk.base.PersonName;
import org.storydesk.base.api.Csv;
import org.storydesk.base.api.FilterParameters;

/** {@code GET /api/events}: what happened when, with the sentences that report it. */
@RestController
@RequestMapping("/api/events")
class EventsApi {

    private static final int ALL = 100_000;

    private final Timeline timeline;

    EventsApi(Timeline timeline) {
        this.timeline = timeline;
    }

    record SourceRow(long articleId, String source, int start, int end, String sentence) {
    }

    /** A row as DESIGN.md names the fields, plus how much of the date is known ({@code day}, {@code week}, {@code month}). */
    record EventRow(String id, String date, String timeOfDay, String summary, List<String> people, List<SourceRow> sources,
                    String precision) {
    }

    private static final List<Csv.Column<EventRow>> CSV = List.of(
            Csv.Column.of("id", EventRow::id), Csv.Column.of("date", EventRow::date), Csv.Column.of("precision", EventRow::precision),
            Csv.Column.of("timeOfDay", EventRow::timeOfDay), Csv.Column.of("summary", EventRow::summary),
            Csv.Column.of("people", EventRow::people),
            Csv.Column.of("sources", row -> row.sources().stream().map(s -> s.source() + " [" + s.articleId() + ":" + s.start() + "-" + s.end() + "]").toList()));

    @GetMapping
    ResponseEntity<?> list(@RequestParam(required = false) List<String> person, @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to, @RequestParam(required = false) String format) {
        List<EventRow> rows = timeline.list(FilterParameters.read(person, from, to), 0, ALL).stream()
                .map(event -> new EventRow(event.id().value(), event.date(), event.timeOfDay(), event.summary(),
                        event.people().stream().map(PersonName::slug).map(Object::toString).toList(),
                        event.sources().stream().map(s -> new SourceRow(s.article().value(), s.source(), s.start(), s.end(), s.sentence())).toList(),
                        event.precision()))
                .toList();
        return Csv.requested(format) ? Csv.response("events", rows, CSV) : ResponseEntity.ok(rows);
    }
}
