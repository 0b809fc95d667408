package org.storydesk.notes;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.storydesk.base.ItemType;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryName;
import org.storydesk.base.api.BadRequest;
import org.storydesk.base.api.Conflict;
import org.storydesk.base.api.Csv;
import org.storydesk.base.api.FilterParameters;
import org.storydesk.base.api.NotFound;
import org.storydesk.base.api.StoryParameter;

/**
 * Notes for scripts and integrations: everyone reads them, editors write them. A change or a
 * delete names the version it was made on, and is refused (409, with the note as it now stands)
 * when someone else changed the note since.
 */
@RestController
@RequestMapping({"/api/notes", "/api/annotations"})
class NotesApi {

    private static final int ALL = Integer.MAX_VALUE;

    private final Notes notes;
    private final StoryParameter stories;

    NotesApi(Notes notes, StoryParameter stories) {
        this.notes = notes;
        this.stories = stories;
    }

    /** What a note is on: an item, or, for a passage, the article and the words. */
    record TargetRow(String type, String id, @Nullable String exact, @Nullable String prefix, @Nullable String suffix,
                     @Nullable Integer start, @Nullable Integer end) {
    }

    /** Where a passage's words are in the article's current text. */
    record AnchorRow(int start, int end) {
    }

    /**
     * A note, named as DESIGN.md names the fields; {@code attached} is false when its item or its
     * words are gone from the story, {@code anchor} where a passage's words are now.
     */
    record NoteRow(long id, String story, TargetRow target, String about, String body, List<String> tags, String author, String created,
                   String updated, int version, boolean attached, @Nullable AnchorRow anchor) {
    }

    private static final List<Csv.Column<NoteRow>> CSV = List.of(
            Csv.Column.of("id", NoteRow::id), Csv.Column.of("story", NoteRow::story), Csv.Column.of("targetType", row -> row.target().type()),
            Csv.Column.of("targetId", row -> row.target().id()), Csv.Column.of("about", NoteRow::about),
            Csv.Column.of("body", NoteRow::body), Csv.Column.of("tags", NoteRow::tags), Csv.Column.of("author", NoteRow::author),
            Csv.Column.of("created", NoteRow::created), Csv.Column.of("updated", NoteRow::updated),
            Csv.Column.of("version", NoteRow::version), Csv.Column.of("attached", NoteRow::attached));

    @GetMapping
    // The answer is JSON rows or, with format=csv, the same rows as CSV: its rows' schema is said here.
    @ApiResponse(responseCode = "200", description = "The story's notes", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = NoteRow.class))),
            @Content(mediaType = "text/csv")})
    ResponseEntity<?> list(@RequestParam(required = false) String story, @RequestParam(required = false) List<String> person,
                           @RequestParam(required = false) String from,
                           @RequestParam(required = false) String to, @RequestParam(required = false) String tag,
                           @RequestParam(required = false) String author, @RequestParam(required = false) String type,
                           @RequestParam(required = false) String target, @RequestParam(required = false) String format) {
        StoryName in = stories.resolve(story);
        List<NoteRow> rows;
        if (target != null) {
            String[] parts = target.split(":", 2);
            if (parts.length != 2) {
                throw new BadRequest("target is written type:id, such as quote:q-1a2b3c4d5e6f or person:ana-ruiz");
            }
            rows = notes.on(in, itemType(parts[0]), parts[1]).stream().map(note -> row(note, in)).toList();
        } else {
            StoryFilter filter = FilterParameters.read(person, from, to);
            NoteQuery query = new NoteQuery(in.id(), filter.people(), filter.from(), filter.to(), blankToNull(tag), blankToNull(author),
                    type == null ? null : itemType(type));
            rows = notes.list(query, 0, ALL).stream().map(note -> row(note, in)).toList();
        }
        return Csv.requested(format) ? Csv.response("notes", rows, CSV) : ResponseEntity.ok(rows);
    }

    @GetMapping("/{id}")
    NoteRow one(@PathVariable long id) {
        return notes.find(NoteId.of(id)).map(this::row).orElseThrow(() -> new NotFound("There is no note " + id));
    }

    /** What a note is on, as a script names it; for a passage, its offsets or its words. */
    record TargetRequest(@NotNull(message = "is required: passage, article, quote, event, person or story") String type,
                         @NotNull(message = "is required: the item's id (for a passage or an article, the article's; for a story, its slug)") String id,
                         @Nullable Integer start, @Nullable Integer end, @Nullable String exact, @Nullable String prefix,
                         @Nullable String suffix) {
    }

    /** A new note. */
    record NewNote(@Nullable String story,
                   @NotNull(message = "is required: the type and id of what the note is on") @Valid TargetRequest target,
                   @NotNull(message = "is required: the note's text") String body, @Nullable List<String> tags) {
    }

    /** A change to a note: its text, its tags if given (left as they are if not), and the version it was made on. */
    record NoteChange(@NotNull(message = "is required: the note's text") String body, @Nullable List<String> tags,
                      @NotNull(message = "is required: the version of the note this change was made on") Integer version) {
    }

    /**
     * Adds a note: {@code {"target": {"type": "quote", "id": "q-…"}, "body": "…", "tags": ["check"]}}; on a passage,
     * {@code {"target": {"type": "passage", "id": "<article id>", "start": 120, "end": 168}, …}} or with {@code "exact"}
     * (and {@code "prefix"}, {@code "suffix"}) instead of the offsets.
     */
    @PostMapping
    ResponseEntity<NoteRow> add(@RequestParam(required = false) String story, @Valid @RequestBody NewNote note) {
        TargetRequest target = note.target();
        ItemType type = itemType(target.type());
        // A note on a story is in that story; any other is in the story named (in the query or the body), else the first.
        StoryName in = type == ItemType.STORY ? stories.named(target.id()) : stories.resolve(story != null ? story : note.story());
        NoteDraft draft = new NoteDraft(type, target.id(), target.start(), target.end(), target.exact(),
                target.prefix(), target.suffix(), note.body(), note.tags() == null ? List.of() : note.tags());
        return switch (notes.add(in, draft)) {
            case NoteOutcome.Saved saved -> ResponseEntity.created(URI.create("/api/notes/" + saved.note().id())).body(row(saved.note(), in));
            case NoteOutcome.Refused refused -> throw new BadRequest(refused.reason());
            case NoteOutcome.Conflict conflict -> throw new IllegalStateException("A new note cannot conflict");
            case NoteOutcome.Deleted deleted -> throw new IllegalStateException("A new note cannot be deleted");
            case NoteOutcome.Missing missing -> throw new NotFound("There is no note " + missing.id());
        };
    }

    /**
     * Changes a note: {@code {"body": "…", "tags": […], "version": 3}}, the version being the one the change was made on.
     * Without {@code tags} the note keeps the tags it has.
     */
    @PutMapping("/{id}")
    NoteRow update(@PathVariable long id, @Valid @RequestBody NoteChange change) {
        return switch (notes.update(NoteId.of(id), change.version(), change.body(), change.tags())) {
            case NoteOutcome.Saved saved -> row(saved.note());
            case NoteOutcome.Refused refused -> throw new BadRequest(refused.reason());
            case NoteOutcome.Conflict conflict -> throw new Conflict("Someone else changed this note (it is at version "
                    + conflict.current().version() + "): read it, then change that version", row(conflict.current()));
            case NoteOutcome.Missing missing -> throw new NotFound("There is no note " + id + " (it may have been deleted)");
            case NoteOutcome.Deleted deleted -> throw new IllegalStateException("A change cannot delete");
        };
    }

    /** Deletes a note: {@code ?version=3}, the version the editor decided on. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Integer version) {
        if (version == null) {
            throw new BadRequest("version is required: the version of the note you decided to delete");
        }
        return switch (notes.delete(NoteId.of(id), version)) {
            case NoteOutcome.Deleted deleted -> ResponseEntity.status(HttpStatus.NO_CONTENT).build();
            case NoteOutcome.Conflict conflict -> throw new Conflict("Someone else changed this note (it is at version "
                    + conflict.current().version() + "): read it before deleting it", row(conflict.current()));
            case NoteOutcome.Missing missing -> throw new NotFound("There is no note " + id + " (it may have been deleted)");
            case NoteOutcome.Refused refused -> throw new BadRequest(refused.reason());
            case NoteOutcome.Saved saved -> throw new IllegalStateException("A delete cannot save");
        };
    }

    private NoteRow row(Note note) {
        return row(note, stories.byId(note.story()));
    }

    static NoteRow row(Note note, StoryName story) {
        TextSelector selector = note.selector();
        TargetRow target = selector == null
                ? new TargetRow(note.type().code(), note.targetId(), null, null, null, null, null)
                : new TargetRow(note.type().code(), note.targetId(), selector.exact(), selector.prefix(), selector.suffix(),
                selector.start(), selector.end());
        AnchorRow anchor = note.anchor().start() >= 0 ? new AnchorRow(note.anchor().start(), note.anchor().end()) : null;
        return new NoteRow(note.id().value(), story.slug(), target, note.about(), note.body(), note.tags(), note.author(), note.created().toString(),
                note.updated().toString(), note.version(), note.anchor().attached(), anchor);
    }

    private static ItemType itemType(String code) {
        try {
            return ItemType.of(code);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
