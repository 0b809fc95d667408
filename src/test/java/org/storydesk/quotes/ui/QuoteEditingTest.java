package org.storydesk.quotes.ui;

import org.storydesk.Seeds;
import java.util.stream.IntStream;

import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.IntegrationTest;
import org.storydesk.base.Outcome;
import org.storydesk.people.ui.PersonView;
import org.storydesk.quotes.Quote;
import org.storydesk.quotes.QuoteId;
import org.storydesk.quotes.Quotes;
import org.storydesk.support.ViewTest;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor checks quotes where they are shown; a viewer sees the same quotes with nothing to change. */
@IntegrationTest
class QuoteEditingTest extends ViewTest {

    @Autowired
    Quotes quotes;

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void anEditorDisputesAQuoteAndMustSayWhy() {
        open("people/jared-kushner", PersonView.class);
        QuoteCard card = $(QuoteCard.class).first();

        test(MenuBarTester.class, card.actions).clickItem("Check", "Mark disputed…");
        StatusDialog dialog = $(StatusDialog.class).single();
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.problem.getText()).isEqualTo("A disputed quote needs a note that says why");

        test(dialog.note).setValue("His office says he was misquoted.");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        QuoteCard after = $(QuoteCard.class).first();
        assertThat(after.getElement().getAttribute("data-status")).isEqualTo("disputed");
        assertThat(after.getElement().getTextRecursively()).contains("His office says he was misquoted.");
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void anEditorCorrectsTheSpeakerAndTheMachinesStaysInSight() {
        open("people/steve-witkoff", PersonView.class);
        int theirs = $(QuoteCard.class).all().size();
        QuoteCard card = $(QuoteCard.class).first();
        String words = card.getElement().getAttribute("data-quote");

        test(MenuBarTester.class, card.actions).clickItem("Check", "Correct the speaker…");
        SpeakerDialog dialog = $(SpeakerDialog.class).single();
        test(dialog.other).setValue("a U.S. official");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat($(QuoteCard.class).all()).as("no longer theirs").hasSize(theirs - 1);
        QuotesView board = open("quotes", QuotesView.class);
        var list = test(board.quotes);
        int index = IntStream.range(0, list.size())
                .filter(i -> list.getItem(i).id().value().equals(words)).findFirst().orElseThrow();
        assertThat(list.getItemComponent(index).getElement().getTextRecursively())
                .contains("a U.S. official").contains("speaker corrected").contains("analysis: Steve Witkoff");

        // The story is shared with other tests: give the quote back its speaker.
        Quote corrected = quotes.find(Seeds.STORY, new QuoteId(words)).orElseThrow();
        assertThat(quotes.withdrawCorrection(Seeds.STORY, corrected.id(), corrected.correction().version())).isInstanceOf(Outcome.Saved.class);
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerIsOfferedNothingToChange() {
        open("people/mark-carney", PersonView.class);

        assertThat($(QuoteCard.class).all()).isNotEmpty();
        assertThat($(MenuBar.class).all()).isEmpty();
        assertThat($(QuoteCard.class).first().notes.getChildren()).allSatisfy(child -> assertThat(child.isVisible()
                && child.getElement().getTextRecursively().contains("Add a note")).isFalse());
    }
}
