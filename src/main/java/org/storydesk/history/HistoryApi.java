package org.storydesk.history;

import java.util.List;

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
import org.storydesk.base.api.Csv;
import org.storydesk.base.api.StoryParameter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A story's History for integrations (also at its first name, /api/audit): newest first, by editor, by kind of item or by item. */
@RestController
@RequestMapping({"/api/history", "/api/audit"})
class HistoryApi {

    private static final int ALL = Integer.MAX_VALUE;

    private final History history;
    private final StoryParameter stories;
    private final JsonMapper json;

    HistoryApi(History history, StoryParameter stories, JsonMapper json) {
        this.history = history;
        this.stories = stories;
        this.json = json;
    }

    /** One write: who, when, what, to which item, the value before and after. */
    record HistoryRow(long id, String at, String editor, String action, String itemType, String itemId, String item,
                    @Nullable JsonNode before, @Nullable JsonNode after) {
    }

    private static final List<Csv.Column<HistoryRow>> CSV = List.of(
            Csv.Column.of("id", HistoryRow::id), Csv.Column.of("at", HistoryRow::at), Csv.Column.of("editor", HistoryRow::editor),
            Csv.Column.of("action", HistoryRow::action), Csv.Column.of("itemType", HistoryRow::itemType),
            Csv.Column.of("itemId", HistoryRow::itemId), Csv.Column.of("item", HistoryRow::item),
            Csv.Column.of("before", row -> row.before() == null ? null : row.before().toString()),
            Csv.Column.of("after", row -> row.after() == null ? null : row.after().toString()));

    @GetMapping
    // The answer is JSON rows or, with format=csv, the same rows as CSV: its rows' schema is said here.
    @ApiResponse(responseCode = "200", description = "A story's History, newest first", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = HistoryRow.class))),
            @Content(mediaType = "text/csv")})
    ResponseEntity<?> list(@RequestParam(required = false) String story, @RequestParam(required = false) String editor,
                           @RequestParam(required = false) String type, @RequestParam(required = false) String item,
                           @RequestParam(required = false) String format) {
        HistoryQuery query = new HistoryQuery(stories.resolve(story).id(), blankToNull(editor), blankToNull(type), blankToNull(item), null);
        List<HistoryRow> rows = history.list(query, 0, ALL).stream()
                .map(entry -> new HistoryRow(entry.id(), entry.at().toString(), entry.editor(), entry.action(), entry.itemType(),
                        entry.itemId(), entry.label(), tree(entry.before()), tree(entry.after())))
                .toList();
        return Csv.requested(format) ? Csv.response("history", rows, CSV) : ResponseEntity.ok(rows);
    }

    private @Nullable JsonNode tree(@Nullable String value) {
        return value == null ? null : json.readTree(value);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
