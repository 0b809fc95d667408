package org.storydesk.history.ui;

import org.storydesk.Seeds;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.IntegrationTest;
import org.storydesk.notes.NoteDraft;
import org.storydesk.notes.NoteOutcome;
import org.storydesk.notes.Notes;
import org.storydesk.base.ItemType;
import org.storydesk.history.HistoryEntry;
import org.storydesk.support.ViewTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The History view: every write, who made it, before and after; narrowed to one editor or one item. */
@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class HistoryViewTest extends ViewTest {

    @Autowired
    Notes notes;

    @Test
    void everyWriteIsListedNewestFirstAndOneItemsHistoryIsALink() {
        NoteOutcome.Saved saved = (NoteOutcome.Saved) notes.add(Seeds.STORY_NAME, NoteDraft.on(ItemType.PERSON, "mark-rutte", "History, please.", List.of()));
        notes.update(saved.note().id(), saved.note().version(), "History, thank you.", List.of());

        HistoryView view = open("history?item=" + saved.note().id(), HistoryView.class);

        List<HistoryEntry> entries = view.grid.getGenericDataView().getItems().toList();
        assertThat(entries).extracting(HistoryEntry::action).containsExactly("edit note", "add note");
        assertThat(entries.getFirst().beforeInWords()).contains("body: History, please.");
        assertThat(entries.getFirst().afterInWords()).contains("body: History, thank you.");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.editor()).isEqualTo("editor"));
        assertThat(view.total.getText()).isEqualTo("2 changes");
    }

    @Test
    void theEditorFilterNarrowsTheList() {
        notes.add(Seeds.STORY_NAME, NoteDraft.on(ItemType.PERSON, "mark-rutte", "By the editor.", List.of()));
        HistoryView view = open("history", HistoryView.class);

        test(view.editor).selectItem("editor");

        assertThat(view.grid.getGenericDataView().getItems().toList()).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.editor()).isEqualTo("editor"));
    }
}
