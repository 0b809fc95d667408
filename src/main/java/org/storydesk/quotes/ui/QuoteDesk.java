package org.storydesk.quotes.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.notification.NotificationVariant;
import org.jspecify.annotations.Nullable;
import org.storydesk.annotations.Note;
import org.storydesk.annotations.Notes;
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
 * speaker, note them. It also remembers which cards are open, so a refresh (after a write, or
 * another editor's) does not fold up what the editor was reading.
 */
public class QuoteDesk {

    private final Quotes quotes;
    private final Notes notes;
    private final StoryPeople people;
    private final boolean editor;
    private final Runnable refresh;
    private final Set<QuoteId> opened = new HashSet<>();
    private final Map<String, List<Note>> noted = new HashMap<>();

    /** @param refresh shows the quotes again, after a write */
    public QuoteDesk(Quotes quotes, Notes notes, StoryPeople people, boolean editor, Runnable refresh) {
        this.quotes = quotes;
        this.notes = notes;
        this.people = people;
        this.editor = editor;
        this.refresh = refresh;
    }

    /** Cards for a page of quotes, with their notes read in one query. */
    public List<QuoteCard> cards(List<Quote> page) {
        forget();
        return read(page).stream().map(this::card).toList();
    }

    /** Reads the notes of a page of quotes in one query, for the cards that show them. */
    public List<Quote> read(List<Quote> page) {
        noted.putAll(notes.on(ItemType.QUOTE, page.stream().map(quote -> quote.id().value()).toList()));
        return page;
    }

    /** A card for a quote of a page already {@linkplain #read read}. */
    public QuoteCard card(Quote quote) {
        return new QuoteCard(quote, noted.getOrDefault(quote.id().value(), List.of()), this);
    }

    /** Drops the notes read, so the next pages read them anew. */
    public void forget() {
        noted.clear();
    }

    boolean editor() {
        return editor;
    }

    Notes notes() {
        return notes;
    }

    boolean isOpen(QuoteId id) {
        return opened.contains(id);
    }

    void opened(QuoteId id, boolean open) {
        if (open) {
            opened.add(id);
        } else {
            opened.remove(id);
        }
    }

    void setStatus(Quote quote, QuoteStatus status) {
        if (status.needsNote()) {
            StatusDialog dialog = new StatusDialog(quote, status);
            dialog.onSave(note -> Writes.handle(quotes.setStatus(quote.id(), quote.verdict().version(), status.code(), note), refresh,
                    dialog::refused, dialog::close, current -> retryStatus(current, status, note)));
            dialog.open();
        } else {
            Writes.handle(quotes.setStatus(quote.id(), quote.verdict().version(), status.code(), null), refresh,
                    Writes::complain, () -> { }, current -> retryStatus(current, status, null));
        }
    }

    private void retryStatus(Quote current, QuoteStatus status, @Nullable String note) {
        new ConflictDialog("status", current.verdict().author() == null ? "Another editor" : current.verdict().author(),
                describe(current.verdict().status(), current.verdict().note()), describe(status, note), refresh,
                () -> Writes.handle(quotes.setStatus(current.id(), current.verdict().version(), status.code(), note), refresh)).open();
    }

    void correctSpeaker(Quote quote) {
        SpeakerDialog dialog = new SpeakerDialog(quote, people.options());
        dialog.onSave((slug, label) -> Writes.handle(quotes.correctSpeaker(quote.id(), correctionVersion(quote), slug, label), refresh,
                dialog::refused, dialog::close, current -> new ConflictDialog("speaker",
                        current.correction() == null ? "Another editor" : current.correction().author(),
                        current.speakerName(), slug != null ? slug.value() : String.valueOf(label), refresh,
                        () -> Writes.handle(quotes.correctSpeaker(current.id(), correctionVersion(current), slug, label), refresh)).open()));
        dialog.open();
    }

    void withdrawCorrection(Quote quote) {
        Writes.handle(quotes.withdrawCorrection(quote.id(), correctionVersion(quote)), refresh, Writes::complain, () -> { },
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
