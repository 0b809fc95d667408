package org.storydesk.notes;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.ItemType;

/**
 * A note as an editor writes it. For a passage, the words are given by where they are
 * ({@code start}, {@code end} in the article's current text) or by the words themselves
 * ({@code exact}, with {@code prefix} and {@code suffix} where they occur more than once).
 */
public record NoteDraft(ItemType type, String targetId, @Nullable Integer start, @Nullable Integer end, @Nullable String exact,
                        @Nullable String prefix, @Nullable String suffix, String body, List<String> tags) {

    public static NoteDraft on(ItemType type, String targetId, String body, List<String> tags) {
        return new NoteDraft(type, targetId, null, null, null, null, null, body, tags);
    }

    public static NoteDraft onPassage(String articleId, int start, int end, String body, List<String> tags) {
        return new NoteDraft(ItemType.PASSAGE, articleId, start, end, null, null, null, body, tags);
    }
}
