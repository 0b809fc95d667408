package org.storydesk.base.live;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.StoryId;

/**
 * Something in the story changed: an editor's note, status or correction, or the analysis
 * merged an article in. Views showing it refresh.
 *
 * @param story the story it happened in; null for the desk's own (a story created, an API token)
 * @param kind what changed: {@code note}, {@code status}, {@code correction}, {@code merge} (an
 *             article taken into the story: {@code item} names the items it changed), {@code story}
 *             (the story merged again as a whole: anything may have changed)
 * @param item the item it concerns, such as {@code quote:q-1a2b}; for a merge, every item it
 *             changed, space between; empty for the whole story
 */
public record Change(@Nullable StoryId story, String kind, String item) {

    public static final String MERGE = "merge";
    public static final String STORY = "story";

    /** PostgreSQL refuses a notice of 8,000 bytes or more: a merge that changed more than this says "anything". */
    private static final int LONGEST = 7_000;

    /**
     * A merge that changed these items, by type ({@code quote}, {@code event}, {@code person},
     * {@code article}): a view refreshes if it shows one of them, or would.
     */
    public static Change merged(StoryId story, Map<String, ? extends Collection<String>> items) {
        StringBuilder payload = new StringBuilder();
        items.forEach((type, ids) -> ids.forEach(id -> payload.append(payload.isEmpty() ? "" : " ").append(type).append(':').append(id)));
        return payload.length() > LONGEST ? new Change(story, STORY, "") : new Change(story, MERGE, payload.toString());
    }

    /** Whether this happened in a story: a view of that story cares, a view of another does not. */
    public boolean in(@Nullable StoryId shown) {
        return story == null || story.equals(shown);
    }

    /** Whether the whole story may have changed: a full merge. */
    public boolean anything() {
        return kind.equals(STORY);
    }

    /** For a merge, the ids of the items of one type it changed. */
    public Set<String> ids(String type) {
        Set<String> ids = new LinkedHashSet<>();
        if (kind.equals(MERGE)) {
            String prefix = type + ":";
            for (String one : item.split(" ")) {
                if (one.startsWith(prefix)) {
                    ids.add(one.substring(prefix.length()));
                }
            }
        }
        return ids;
    }

    /** Whether this is a merge or a full merge: the analysis changed the story, not an editor. */
    public boolean byTheAnalysis() {
        return kind.equals(MERGE) || kind.equals(STORY);
    }

    String payload() {
        return (story == null ? "-" : story.toString()) + " " + kind + " " + item;
    }

    static Change of(String payload) {
        String[] parts = payload.split(" ", 3);
        StoryId story = parts[0].equals("-") ? null : StoryId.of(Long.parseLong(parts[0]));
        return new Change(story, parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
    }
}
