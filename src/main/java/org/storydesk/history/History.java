package org.storydesk.history;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.storydesk.base.StoryId;
import org.storydesk.base.security.Editors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The History (the audit trail). Every service that writes editors' work records the write here,
 * in the same transaction, so a write and its record commit together or not at all. The table
 * refuses updates and deletes (a trigger), so what is recorded stays recorded. Each entry is of
 * one story; the desk's own (API tokens) are of none, and shown with every story's.
 */
@Service
public class History {

    /** Who is named in the History for what the desk did by itself: editors' work that followed an item when the story was merged again. */
    public static final String THE_DESK = "Story Desk";

    private final HistoryRepository repository;
    private final JsonMapper json;

    History(HistoryRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** Records a write by the logged-in editor in a story (null: the desk's own). Must run inside the write's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(@Nullable StoryId story, String action, String itemType, String itemId, String label, @Nullable Object before,
                       @Nullable Object after) {
        recordAs(story, Editors.current(), action, itemType, itemId, label, before, after);
    }

    /** Records what the desk did to editors' work by itself (no one is logged in on its background threads). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordByTheDesk(StoryId story, String action, String itemType, String itemId, String label, @Nullable Object before,
                                @Nullable Object after) {
        recordAs(story, THE_DESK, action, itemType, itemId, label, before, after);
    }

    private void recordAs(@Nullable StoryId story, String editor, String action, String itemType, String itemId, String label,
                          @Nullable Object before, @Nullable Object after) {
        repository.insert(story, editor, action, itemType, itemId, label, before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after));
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> list(HistoryQuery query, int offset, int limit) {
        return repository.list(query, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(HistoryQuery query) {
        return repository.count(query);
    }

    /** Everyone who has written something in a story, for the History view's filter. */
    @Transactional(readOnly = true)
    public List<String> editors(StoryId story) {
        return repository.editors(story);
    }

    /** Each story's latest editor's write, for the desk home. */
    @Transactional(readOnly = true)
    public Map<StoryId, HistoryEntry> latest(List<StoryId> stories) {
        return repository.latest(stories);
    }
}
