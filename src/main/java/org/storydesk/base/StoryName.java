package org.storydesk.base;

/**
 * A story as a panel names it beside something else: its id, its slug (its id in links and the
 * API), its name, and whether it is archived (read, never added to).
 */
public record StoryName(StoryId id, String slug, String name, boolean archived) {

    /** The path of a story's view: {@code stories/paris-summit/quotes} for {@code quotes}, the overview for "". */
    public String path(String view) {
        return "stories/" + slug + (view.isEmpty() ? "" : "/" + view);
    }
}
