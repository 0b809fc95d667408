package org.storydesk.analysis.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The word lists the rules read are resource files, and a slip in one shows at once. */
class WordListsTest {

    @Test
    void everyListLoadsWithNoWordTwice() {
        assertThat(Lexicon.SPEECH_VERBS).contains("say", "tell", "warn");
        assertThat(Lexicon.DOCUMENT_NOUNS).contains("statement", "report");
        assertThat(Lexicon.ANONYMOUS_NOUNS).contains("official", "spokesperson");
        assertThat(Lexicon.TITLE_ABBREVIATIONS).containsEntry("pm", "prime minister");
        assertThat(Lexicon.HONORIFIC_GENDER).containsEntry("dame", Gender.FEMALE).containsEntry("sir", Gender.MALE);
        assertThat(Lexicon.EVENT_KIND).containsEntry("summit", "meeting");
        assertThat(Lexicon.TERM_INTRODUCERS).contains("called", "named");
        assertThat(Lexicon.NAME_MARKERS).contains("so-called");
    }

    @Test
    void aListThatNamesAWordTwiceDoesNotLoad() {
        assertThatThrownBy(() -> WordLists.words("test-duplicated.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[say]");
        assertThatThrownBy(() -> WordLists.meanings("test-duplicated-meanings.txt"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("[pm]");
    }

    @Test
    void aListThatIsNotThereSaysSo() {
        assertThatThrownBy(() -> WordLists.words("no-such-list.txt")).hasMessageContaining("missing");
    }
}
