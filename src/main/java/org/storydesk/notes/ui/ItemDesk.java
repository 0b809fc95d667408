package org.storydesk.notes.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.storydesk.notes.Note;
import org.storydesk.notes.Notes;
import org.storydesk.base.ItemType;
import org.storydesk.base.StoryName;

/**
 * What the cards of a list of items (quotes, events) share wherever they are shown: the notes
 * on the page, read in one query, whether the viewer may write, and which cards are open, so a
 * refresh (after a write, or another editor's) does not fold up what the editor was reading.
 *
 * @param <K> how an item is named
 */
public abstract class ItemDesk<K> {

    protected final Runnable refresh;
    private final Notes notes;
    private final boolean editor;
    private final ItemType type;
    private final Map<String, List<Note>> noted = new HashMap<>();
    private final Set<K> opened = new HashSet<>();
    private StoryName story;

    /** @param refresh shows the items again, after a write */
    protected ItemDesk(Notes notes, ItemType type, boolean editor, Runnable refresh) {
        this.notes = notes;
        this.type = type;
        this.editor = editor;
        this.refresh = refresh;
    }

    /** Reads the notes on a page of items, each named by {@code id}, for the cards that show them; gives the page back. */
    protected <T> List<T> read(List<T> page, Function<T, String> id) {
        noted.putAll(notes.on(story.id(), type, page.stream().map(id).toList()));
        return page;
    }

    /** The notes on an item of a page already read. */
    protected List<Note> notesOn(String id) {
        return noted.getOrDefault(id, List.of());
    }

    /** Drops the notes read, so the next pages read them anew. */
    public void forget() {
        noted.clear();
    }

    /** The story whose items the desk shows: set by the view once the URL has named it. */
    public void story(StoryName shown) {
        if (!shown.equals(story)) {
            noted.clear();
            opened.clear();
        }
        this.story = shown;
    }

    public StoryName story() {
        return story;
    }

    public boolean editor() {
        return editor;
    }

    public Notes notes() {
        return notes;
    }

    public boolean isOpen(K id) {
        return opened.contains(id);
    }

    public void opened(K id, boolean open) {
        if (open) {
            opened.add(id);
        } else {
            opened.remove(id);
        }
    }
}
