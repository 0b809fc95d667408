package org.storydesk.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
public record HistoryEntry(long id, Instant at, String editor, String action, String itemType, String itemId, String label,
                         @Nullable String before, @Nullable String after) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Fields the entry's item already names, left out of the words. */
    private static final Set<String> NAMED_BY_ITEM = Set.of("target");
    /** The order editors read a value in (the database keeps JSON keys in an order of its own); other fields follow. */
    private static final List<String> READING_ORDER = List.of("status", "name", "names", "speaker", "speakerLabel", "summary", "date",
            "precision", "body", "note", "tags");

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
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(value.properties());
        fields.sort(Comparator.comparingInt(field -> place(field.getKey())));
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : fields) {
            JsonNode content = field.getValue();
            boolean empty = content.isNull() || content.isArray() && content.isEmpty();
            if (!empty && !NAMED_BY_ITEM.contains(field.getKey())) {
                parts.add(field.getKey() + ": " + text(content));
            }
        }
        return parts.isEmpty() ? "nothing" : String.join("; ", parts);
    }

    private static int place(String field) {
        int place = READING_ORDER.indexOf(field);
        return place < 0 ? READING_ORDER.size() : place;
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
