package org.storydesk.history;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the History view puts a change into words. */
class HistoryEntryTest {

    @Test
    void theStatusComesBeforeItsNoteWhateverOrderTheDatabaseKeptThemIn() {
        HistoryEntry entry = entry("{\"status\": \"unverified\"}", "{\"note\": \"The tape differs.\", \"status\": \"disputed\"}");

        assertThat(entry.beforeInWords()).isEqualTo("status: unverified");
        assertThat(entry.afterInWords()).isEqualTo("status: disputed; note: The tape differs.");
    }

    @Test
    void whatTheItemColumnAlreadySaysAndEmptyListsAreLeftOut() {
        HistoryEntry entry = entry(null, "{\"tags\": [], \"body\": \"Call the PMO.\", \"target\": \"quote:q-1f84639ec679\"}");

        assertThat(entry.beforeInWords()).isNull();
        assertThat(entry.afterInWords()).isEqualTo("body: Call the PMO.");
    }

    @Test
    void listsAreJoinedAndUnknownFieldsFollowTheKnownOnes() {
        HistoryEntry entry = entry(null, "{\"weight\": 2, \"tags\": [\"check\", \"style\"], \"body\": \"x\"}");

        assertThat(entry.afterInWords()).isEqualTo("body: x; tags: check, style; weight: 2");
    }

    private static HistoryEntry entry(String before, String after) {
        return new HistoryEntry(1, Instant.EPOCH, "editor", "edit note", "note", "1", "Note", before, after);
    }
}
