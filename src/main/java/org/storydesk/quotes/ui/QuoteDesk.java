package org.storydesk.quotes.ui;

import java.util.List;

import com.vaadin.flow.component.notification.NotificationVariant;
import org.jspecify.annotations.Nullable;
import org.storydesk.notes.Notes;
import org.storydesk.notes.ui.ItemDesk;
import org.storydesk.base.ItemType;
import org.storydesk.base.StoryPeople;
import org.storydesk.base.ui.ConflictDialog;
import org.storydesk.base.ui.Writes;
import org.storydesk.quotes.Quote;
import org.storydesk.quotes.QuoteId;
import org.storydesk.quotes.QuoteStatus;
import org.storydesk.quotes.Quotes;

/**
 * What an editor does to quotes wherever they are shown: set their status, correct their
 * speaker, note them.
 */
public class QuoteDesk extends ItemDesk<QuoteId> {

    private final Quotes quotes;
    private final StoryPeople people;

    /** @param refresh shows the quotes again, after a write */
    public QuoteDesk(Quotes quotes, Notes notes, StoryPeople people, boolean editor, Runnable refresh) {
        super(notes, ItemType.QUOTE, editor, refresh);
        this.quotes = quotes;
        this.people = people;
    }

    /** Cards for a page of quotes, with their notes read in one query. */
    public List<QuoteCard> cards(List<Quote> page) {
        forget();
        return read(page).stream().map(this::card).toList();
    }

    /** Reads the notes of a page of quotes in one query, for the cards that show them. */
    public List<Quote> read(List<Quote> page) {
        return read(page, quote -> quote.id().value());
    }

    /** A card for a quote of a page already {@linkplain #read read}. */
    public QuoteCard card(Quote quote) {
        return new QuoteCard(quote, notesOn(quote.id().value()), this);
    }

    void setStatus(Quote quote, QuoteStatus status) {
        if (status.needsNote()) {
            StatusDialog dialog = new StatusDialog(quote, status);
            dialog.onSave(note -> Writes.handle(quotes.setStatus(story().id(), quote.id(), quote.verdict().version(), status.code(), note), refresh,
                    dialog::refused, dialog::close, current -> retryStatus(current, status, note)));
            dialog.open();
        } else {
            Writes.handle(quotes.setStatus(story().id(), quote.id(), quote.verdict().version(), status.code(), null), refresh,
                    Writes::complain, () -> { }, current -> retryStatus(current, status, null));
        }
    }

    private void retryStatus(Quote current, QuoteStatus status, @Nullable String note) {
        new ConflictDialog("status", current.verdict().author() == null ? "Another editor" : current.verdict().author(),
                describe(current.verdict().status(), current.verdict().note()), describe(status, note), refresh,
                () -> Writes.handle(quotes.setStatus(story().id(), current.id(), current.verdict().version(), status.code(), note), refresh)).open();
    }

    void correctSpeaker(Quote quote) {
        SpeakerDialog dialog = new SpeakerDialog(quote, people.options(story().id()));
        dialog.onSave((slug, label) -> Writes.handle(quotes.correctSpeaker(story().id(), quote.id(), correctionVersion(quote), slug, label), refresh,
                dialog::refused, dialog::close, current -> new ConflictDialog("speaker",
                        current.correction() == null ? "Another editor" : current.correction().author(),
                        current.speakerName(), slug != null ? slug.value() : String.valueOf(label), refresh,
                        () -> Writes.handle(quotes.correctSpeaker(story().id(), current.id(), correctionVersion(current), slug, label), refresh)).open()));
        dialog.open();
    }

    void withdrawCorrection(Quote quote) {
        Writes.handle(quotes.withdrawCorrection(story().id(), quote.id(), correctionVersion(quote)), refresh, Writes::complain, () -> { },
                current -> {
                    Writes.say("Another editor changed the speaker meanwhile: have a look before changing it again.", NotificationVariant.WARNING);
                    refresh.run();
                });
    }

    private static int correctionVersion(Quote quote) {
        return quote.correction() == null ? 0 : quote.correction().version();
    }

    private static String describe(QuoteStatus status, @Nullable String note) {
        return status.code() + (note == null || note.isBlank() ? "" : ": " + note.strip());
    }
}
