package org.storydesk.people;

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
import org.storydesk.base.StoryName;
import org.storydesk.base.api.Csv;
import org.storydesk.base.api.FilterParameters;
import org.storydesk.base.api.StoryParameter;
import org.storydesk.notes.Note;
import org.storydesk.notes.NoteDigest;
import org.storydesk.notes.Notes;

/** {@code GET /api/people}: everyone in a story ({@code story=<slug>}, the first story without it). */
@RestController
@RequestMapping("/api/people")
class PeopleApi {

    private final People people;
    private final Notes notes;
    private final StoryParameter stories;

    PeopleApi(People people, Notes notes, StoryParameter stories) {
        this.people = people;
        this.notes = notes;
        this.stories = stories;
    }

    /**
     * A row as DESIGN.md names the fields, plus the spellings flagged as probable misspellings,
     * the machine's spelling where an editor corrected the name, and the notes on the person.
     */
    record PersonRow(String id, String name, List<String> roles, List<String> variants, int mentions, int articles, int quotes,
                     List<String> flaggedVariants, @Nullable String machineName, List<NoteDigest> notes) {
    }

    private static final List<Csv.Column<PersonRow>> CSV = List.of(
            Csv.Column.of("id", PersonRow::id), Csv.Column.of("name", PersonRow::name), Csv.Column.of("roles", PersonRow::roles),
            Csv.Column.of("variants", PersonRow::variants), Csv.Column.of("mentions", PersonRow::mentions),
            Csv.Column.of("articles", PersonRow::articles), Csv.Column.of("quotes", PersonRow::quotes),
            Csv.Column.of("flaggedVariants", PersonRow::flaggedVariants), Csv.Column.of("machineName", PersonRow::machineName),
            Csv.Column.of("notes", row -> row.notes().stream().map(NoteDigest::line).toList()));

    @GetMapping
    // The answer is JSON rows or, with format=csv, the same rows as CSV: its rows' schema is said here.
    @ApiResponse(responseCode = "200", description = "Everyone in the story", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = PersonRow.class))),
            @Content(mediaType = "text/csv")})
    ResponseEntity<?> list(@RequestParam(required = false) String story, @RequestParam(required = false) List<String> person,
                           @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(required = false) String format) {
        StoryName in = stories.resolve(story);
        List<Person> found = people.list(in.id(), FilterParameters.read(person, from, to));
        Map<String, List<Note>> noted = notes.on(in.id(), ItemType.PERSON, found.stream().map(p -> p.slug().value()).toList());
        List<PersonRow> rows = found.stream()
                .map(p -> new PersonRow(p.slug().value(), p.name(), p.roles(), p.variants(), p.mentions(), p.articles(), p.quotes(),
                        p.flaggedVariants(), p.correction() == null ? null : p.correction().machineName(),
                        noted.getOrDefault(p.slug().value(), List.of()).stream().map(NoteDigest::of).toList()))
                .toList();
        return Csv.requested(format) ? Csv.response("people", rows, CSV) : ResponseEntity.ok(rows);
    }
}
