package org.storydesk.notes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A note's words, found again in a changed article, as a Web Annotation client re-anchors a text quote selector. */
class AnchoringTest {

    private static final String FIRST = "The council met on Monday. The mayor said the budget was final. "
            + "Later the mayor said the budget was final, again, to reporters.";

    @Test
    void wordsStillWhereTheyWereAreFoundThere() {
        TextSelector noted = TextSelector.of(FIRST, 27, 63);

        assertThat(Anchoring.find(noted, FIRST)).isEqualTo(new Anchor(true, 27, 63));
    }

    @Test
    void wordsThatMovedAreFollowed() {
        TextSelector noted = TextSelector.of(FIRST, 27, 63);
        String changed = "UPDATED with a new first paragraph. " + FIRST;

        Anchor anchor = Anchoring.find(noted, changed);

        assertThat(anchor.attached()).isTrue();
        assertThat(changed.substring(anchor.start(), anchor.end())).isEqualTo(noted.exact());
        assertThat(anchor.start()).isEqualTo(27 + "UPDATED with a new first paragraph. ".length());
    }

    @Test
    void ofWordsThatOccurTwiceTheOneWithTheSameSurroundingsIsChosen() {
        String words = "mayor said the budget was final";
        int second = FIRST.indexOf(words, FIRST.indexOf(words) + 1);
        TextSelector noted = TextSelector.of(FIRST, second, second + words.length());
        // Both occurrences move; the first ends up nearer where the second was, but the words around the second decide.
        String changed = FIRST.replace("The council met on Monday. ", "");

        Anchor anchor = Anchoring.find(noted, changed);

        assertThat(anchor.start()).isEqualTo(changed.indexOf(words, changed.indexOf(words) + 1));
    }

    @Test
    void theSameWordsRetypedAreStillFound() {
        String text = "He said: \"We will not move.\" Then he left.";
        TextSelector noted = TextSelector.of(text, 9, 28);
        String retyped = "He said:  “We will not move.”  Then he left.";

        Anchor anchor = Anchoring.find(noted, retyped);

        assertThat(anchor.attached()).isTrue();
        assertThat(retyped.substring(anchor.start(), anchor.end())).isEqualTo("“We will not move.”");
    }

    @Test
    void wordsThatAreGoneLeaveTheNoteDetached() {
        TextSelector noted = TextSelector.of(FIRST, 27, 63);

        assertThat(Anchoring.find(noted, "The council met on Monday. Nothing was decided.")).isEqualTo(Anchor.DETACHED);
    }
}
