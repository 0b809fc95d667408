package org.storydesk.stories;

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
import org.storydesk.base.ArticleId;
import org.storydesk.base.Outcome;
import org.storydesk.base.StoryName;
import org.storydesk.base.api.BadRequest;
import org.storydesk.base.api.Conflict;
import org.storydesk.base.api.Csv;
import org.storydesk.base.api.NotFound;
import org.storydesk.base.api.StoryParameter;

/**
 * {@code /api/stories}: the desk's stories, for everyone to read and editors to create, rename and
 * archive; and which articles are on a story, for editors to change. A change names the version it
 * was made on and is refused (409, with the story as it now stands) when someone changed it since.
 */
@RestController
@RequestMapping("/api/stories")
class StoriesApi {

    private final Stories stories;
    private final StoryParameter parameter;

    StoriesApi(Stories stories, StoryParameter parameter) {
        this.stories = stories;
        this.parameter = parameter;
    }

    /**
     * A story at a glance.
     *
     * @param id       the story's slug: its id in links and in every list's {@code story=} parameter
     * @param state    {@code open} or {@code archived} (read, never added to)
     * @param articles how many articles are on it
     * @param quotes   how many quotes, people and events its merge holds
     * @param updated  when it last changed: renamed, given an article, or merged
     * @param version  the version a change ({@code PUT}) names
     */
    @Schema(description = "A story at a glance")
    record StoryRow(@Schema(description = "The story's slug: its id in links and in every list's story= parameter") String id,
                    @Schema(description = "Its name, unique on the desk") String name,
                    @Schema(description = "What it is about, in a line or two") String description,
                    @Schema(description = "open, or archived (read, never added to)", allowableValues = {"open", "archived"}) String state,
                    @Schema(description = "How many articles are on it") int articles,
                    @Schema(description = "How many quotes its board shows (a fragment under its full quote is not counted again)") int quotes,
                    @Schema(description = "How many people its merge holds") int people,
                    @Schema(description = "How many events its merge holds") int events,
                    @Schema(description = "When it last changed: renamed, given an article, or merged") String updated,
                    @Schema(description = "When it was started") String created,
                    @Schema(description = "Who started it") String createdBy,
                    @Schema(description = "The version a change (PUT) names") int version) {
    }

    private static final List<Csv.Column<StoryRow>> CSV = List.of(
            Csv.Column.of("id", StoryRow::id), Csv.Column.of("name", StoryRow::name), Csv.Column.of("description", StoryRow::description),
            Csv.Column.of("state", StoryRow::state), Csv.Column.of("articles", StoryRow::articles), Csv.Column.of("quotes", StoryRow::quotes),
            Csv.Column.of("people", StoryRow::people), Csv.Column.of("events", StoryRow::events), Csv.Column.of("updated", StoryRow::updated),
            Csv.Column.of("created", StoryRow::created), Csv.Column.of("createdBy", StoryRow::createdBy), Csv.Column.of("version", StoryRow::version));

    /** Every story, oldest (the first story) first; {@code state=open} or {@code archived} for those only. */
    @GetMapping
    // The answer is JSON rows or, with format=csv, the same rows as CSV: its rows' schema is said here.
    @ApiResponse(responseCode = "200", description = "The desk's stories", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = StoryRow.class))),
            @Content(mediaType = "text/csv")})
    ResponseEntity<?> list(@RequestParam(required = false) String state, @RequestParam(required = false) String format) {
        StoryState only = null;
        if (state != null && !state.isBlank() && !state.strip().equals("all")) {
            only = StoryState.of(state.strip()).orElseThrow(() -> new BadRequest("state is open, archived or all (not '" + state + "')"));
        }
        List<StoryRow> rows = stories.list(only).stream().map(StoriesApi::row).toList();
        return Csv.requested(format) ? Csv.response("stories", rows, CSV) : ResponseEntity.ok(rows);
    }

    @GetMapping("/{id}")
    StoryRow one(@PathVariable String id) {
        return row(stories.figures(parameter.named(id).id()).orElseThrow(() -> new NotFound("There is no story '" + id + "'")));
    }

    /** A new story: its name (unique on the desk) and a short description. */
    record NewStory(@NotNull(message = "is required: the story's name") String name, @Nullable String description) {
    }

    /** A change to a story: what is given changes, the rest stays; {@code version} is the one the change was made on. */
    record StoryChange(@Nullable String name, @Nullable String description, @Nullable String state,
                       @NotNull(message = "is required: the version of the story this change was made on") Integer version) {
    }

    @PostMapping
    ResponseEntity<StoryRow> create(@Valid @RequestBody NewStory story) {
        return switch (stories.create(story.name(), story.description())) {
            case Outcome.Saved<Story> saved -> ResponseEntity.created(URI.create("/api/stories/" + saved.value().slug()))
                    .body(row(stories.figures(saved.value().id()).orElseThrow()));
            case Outcome.Refused<Story> refused -> throw new BadRequest(refused.reason());
            case Outcome.Conflict<Story> conflict -> throw new IllegalStateException("A new story cannot conflict");
            case Outcome.Missing<Story> missing -> throw new NotFound(missing.what());
        };
    }

    @PutMapping("/{id}")
    StoryRow change(@PathVariable String id, @Valid @RequestBody StoryChange change) {
        StoryName story = parameter.named(id);
        StoryState state = null;
        if (change.state() != null) {
            state = StoryState.of(change.state().strip()).orElseThrow(() -> new BadRequest("state is open or archived (not '" + change.state() + "')"));
        }
        return switch (stories.change(story.id(), change.version(), change.name(), change.description(), state)) {
            case Outcome.Saved<Story> saved -> row(stories.figures(saved.value().id()).orElseThrow());
            case Outcome.Refused<Story> refused -> throw new BadRequest(refused.reason());
            case Outcome.Conflict<Story> conflict -> throw new Conflict("Someone else changed this story (it is at version "
                    + conflict.current().version() + "): read it, then change that version", row(stories.figures(story.id()).orElseThrow()));
            case Outcome.Missing<Story> missing -> throw new NotFound(missing.what());
        };
    }

    /** An article to put on a story: the desk's id of it; with {@code from}, it is moved here from that story. */
    record ArticleOnStory(@NotNull(message = "is required: the id of the article") Long article, @Nullable String from) {
    }

    /** Puts an article the desk holds on a story, or moves it here from another ({@code from}). */
    @PostMapping("/{id}/articles")
    ResponseEntity<StoryRow> addArticle(@PathVariable String id, @Valid @RequestBody ArticleOnStory request) {
        StoryName story = parameter.named(id);
        ArticleId article = ArticleId.of(request.article());
        Outcome<StoryName> outcome = request.from() == null || request.from().isBlank() ? stories.addArticle(story, article)
                : stories.move(article, parameter.named(request.from().strip()), story);
        settle(outcome);
        return ResponseEntity.status(HttpStatus.OK).body(row(stories.figures(story.id()).orElseThrow()));
    }

    /** Takes an article out of a story; it stays on the desk. */
    @DeleteMapping("/{id}/articles/{article}")
    ResponseEntity<Void> takeOut(@PathVariable String id, @PathVariable long article) {
        settle(stories.takeOut(parameter.named(id), ArticleId.of(article)));
        return ResponseEntity.noContent().build();
    }

    private static void settle(Outcome<StoryName> outcome) {
        switch (outcome) {
            case Outcome.Saved<StoryName> saved -> { }
            case Outcome.Refused<StoryName> refused -> throw new BadRequest(refused.reason());
            case Outcome.Missing<StoryName> missing -> throw new NotFound(missing.what());
            case Outcome.Conflict<StoryName> conflict -> throw new IllegalStateException("Filing an article cannot conflict");
        }
    }

    static StoryRow row(StoryFigures figures) {
        Story story = figures.story();
        return new StoryRow(story.slug(), story.name(), story.description(), story.state().code(), figures.articles(), figures.quotes(),
                figures.people(), figures.events(), figures.updated().toString(), story.created().toString(), story.createdBy(),
                story.version());
    }
}
