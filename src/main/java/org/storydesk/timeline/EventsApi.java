package org.storydesk.timeline;

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
import org.storydesk.base.PersonName;
import org.storydesk.base.StoryId;
import org.storydesk.base.api.Csv;
import org.storydesk.base.api.FilterParameters;
import org.storydesk.base.api.StoryParameter;
import org.storydesk.notes.Note;
import org.storydesk.notes.NoteDigest;
import org.storydesk.notes.Notes;

/** {@code GET /api/events}: what happened when in a story ({@code story=<slug>}, the first story without it), with the sentences that report it. */
@RestController
@RequestMapping("/api/events")
class EventsApi {

    private static final int ALL = 100_000;

    private final Timeline timeline;
    private final Notes notes;
    private final StoryParameter stories;

    EventsApi(Timeline timeline, Notes notes, StoryParameter stories) {
        this.timeline = timeline;
        this.notes = notes;
        this.stories = stories;
    }

    @Schema(name = "EventSourceRow")
    record SourceRow(long articleId, String source, int start, int end, String sentence) {
    }

    /**
     * A row as DESIGN.md names the fields, plus how much of the date is known ({@code day},
     * {@code week}, {@code month}); where an editor corrected the event, the machine's date and
     * summary; and the notes on it.
     */
    record EventRow(String id, String date, @Nullable String timeOfDay, String summary, List<String> people, List<SourceRow> sources,
                    String precision, boolean corrected, @Nullable String machineDate, @Nullable String machineSummary,
                    List<NoteDigest> notes) {
    }

    private static final List<Csv.Column<EventRow>> CSV = List.of(
            Csv.Column.of("id", EventRow::id), Csv.Column.of("date", EventRow::date), Csv.Column.of("precision", EventRow::precision),
            Csv.Column.of("timeOfDay", EventRow::timeOfDay), Csv.Column.of("summary", EventRow::summary),
            Csv.Column.of("people", EventRow::people),
            Csv.Column.of("sources", row -> row.sources().stream().map(s -> s.source() + " [" + s.articleId() + ":" + s.start() + "-" + s.end() + "]").toList()),
            Csv.Column.of("corrected", EventRow::corrected), Csv.Column.of("machineDate", EventRow::machineDate),
            Csv.Column.of("machineSummary", EventRow::machineSummary),
            Csv.Column.of("notes", row -> row.notes().stream().map(NoteDigest::line).toList()));

    @GetMapping
    // The answer is JSON rows or, with format=csv, the same rows as CSV: its rows' schema is said here.
    @ApiResponse(responseCode = "200", description = "The story's events in date order", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = EventRow.class))),
            @Content(mediaType = "text/csv")})
    ResponseEntity<?> list(@RequestParam(required = false) String story, @RequestParam(required = false) List<String> person,
                           @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(required = false) String format) {
        StoryId in = stories.resolve(story).id();
        List<Event> found = timeline.list(in, FilterParameters.read(person, from, to), 0, ALL);
        Map<String, List<Note>> noted = notes.on(in, ItemType.EVENT, found.stream().map(event -> event.id().value()).toList());
        List<EventRow> rows = found.stream()
                .map(event -> new EventRow(event.id().value(), event.date(), event.timeOfDay(), event.summary(),
                        event.people().stream().map(PersonName::slug).map(Object::toString).toList(),
                        event.sources().stream().map(s -> new SourceRow(s.article().value(), s.source(), s.start(), s.end(), s.sentence())).toList(),
                        event.precision(), event.correction() != null,
                        event.correction() == null ? null : event.correction().machineDate(),
                        event.correction() == null ? null : event.correction().machineSummary(),
                        noted.getOrDefault(event.id().value(), List.of()).stream().map(NoteDigest::of).toList()))
                .toList();
        return Csv.requested(format) ? Csv.response("events", rows, CSV) : ResponseEntity.ok(rows);
    }
}
