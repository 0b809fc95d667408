package org.storydesk.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One editor's write, as the audit log keeps it.
 *
 * @param action   what was done: {@code add note}, {@code set status}, {@code correct speaker}…
 * @param itemType what it was done to: {@code note}, {@code quote}, {@code event}, {@code person}
 * @param label    how the item read when it was written, so the entry stays readable when the item is gone
 * @param before   the value before, as JSON; null for something new
 * @param after    the value after, as JSON; null for something deleted
 */
public record AuditEntry(long id, Instant at, String editor, String action, String itemType, String itemId, String label,
                         @Nullable String before, @Nullable String after) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The value before, in words: {@code status: disputed; note: the outlet withdrew it}. */
    public @Nullable String beforeInWords() {
        return words(before);
    }

    public @Nullable String afterInWords() {
        return words(after);
    }

    private static @Nullable String words(@Nullable String json) {
        if (json == null) {
            return null;
        }
        JsonNode value = JSON.readTree(json);
        if (!value.isObject()) {
            return text(value);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            if (!field.getValue().isNull()) {
                parts.add(field.getKey() + ": " + text(field.getValue()));
            }
        }
        return String.join("; ", parts);
    }

    private static String text(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(text(item)));
            return items.isEmpty() ? "none" : String.join(", ", items);
        }
        return value.isString() ? value.asString() : value.toString();
    }
}
