package org.storydesk.quotes.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.jspecify.annotations.Nullable;
import org.storydesk.annotations.Note;
import org.storydesk.annotations.Notes;
import org.storydesk.base.ItemType;
import org.storydesk.base.Outcome;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryPeople;
import org.storydesk.base.ui.ConflictDialog;
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
        Map<String, List<Note>> noted = notes.on(ItemType.QUOTE, page.stream().map(quote -> quote.id().value()).toList());
        return page.stream().map(quote -> card(quote, noted.getOrDefault(quote.id().value(), List.of()))).toList();
    }

    public QuoteCard card(Quote quote, List<Note> quoteNotes) {
        return new QuoteCard(quote, quoteNotes, this);
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
            StatusDialog dialog = new StatusDialog(quote, status, null);
            dialog.onSave(note -> handle(quotes.setStatus(quote.id(), quote.verdict().version(), status.code(), note), dialog::refused,
                    dialog::close, current -> retryStatus(current, status, note)));
            dialog.open();
        } else {
            handle(quotes.setStatus(quote.id(), quote.verdict().version(), status.code(), null),
                    reason -> say(reason, NotificationVariant.ERROR), () -> { }, current -> retryStatus(current, status, null));
        }
    }

    private void retryStatus(Quote current, QuoteStatus status, @Nullable String note) {
        new ConflictDialog("status", current.verdict().author() == null ? "Another editor" : current.verdict().author(),
                describe(current.verdict().status(), current.verdict().note()), describe(status, note), refresh,
                () -> handle(quotes.setStatus(current.id(), current.verdict().version(), status.code(), note),
                        reason -> say(reason, NotificationVariant.ERROR), () -> { }, again -> refresh.run())).open();
    }

    void correctSpeaker(Quote quote) {
        SpeakerDialog dialog = new SpeakerDialog(quote, people.options(), null);
        dialog.onSave((slug, label) -> handle(quotes.correctSpeaker(quote.id(), correctionVersion(quote), slug, label), dialog::refused,
                dialog::close, current -> new ConflictDialog("speaker", current.correction() == null ? "Another editor" : current.correction().author(),
                        current.speakerName(), slug != null ? slug.value() : String.valueOf(label), refresh,
                        () -> handle(quotes.correctSpeaker(current.id(), correctionVersion(current), slug, label),
                                reason -> say(reason, NotificationVariant.ERROR), () -> { }, again -> refresh.run())).open()));
        dialog.open();
    }

    void withdrawCorrection(Quote quote) {
        handle(quotes.withdrawCorrection(quote.id(), correctionVersion(quote)), reason -> say(reason, NotificationVariant.ERROR), () -> { },
                current -> {
                    say("Another editor changed the speaker meanwhile: have a look before changing it again.", NotificationVariant.WARNING);
                    refresh.run();
                });
    }

    private static int correctionVersion(Quote quote) {
        return quote.correction() == null ? 0 : quote.correction().version();
    }

    /** What happens after a write: the board refreshes, or the editor hears why not. */
    private void handle(Outcome<Quote> outcome, Consumer<String> refused, Runnable done,
                        Consumer<Quote> conflict) {
        switch (outcome) {
            case Outcome.Saved<Quote> saved -> {
                done.run();
                refresh.run();
            }
            case Outcome.Refused<Quote> refusal -> refused.accept(refusal.reason());
            case Outcome.Conflict<Quote> clash -> {
                done.run();
                conflict.accept(clash.current());
            }
            case Outcome.Missing<Quote> missing -> {
                done.run();
                say(missing.what(), NotificationVariant.WARNING);
                refresh.run();
            }
        }
    }

    private static String describe(QuoteStatus status, @Nullable String note) {
        return status.code() + (note == null || note.isBlank() ? "" : ": " + note.strip());
    }

    static void say(String message, NotificationVariant variant) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }

    /** Whether a person is in the story, for a speaker link. */
    boolean known(PersonSlug slug) {
        return people.find(slug).isPresent();
    }
}
