package org.storydesk.timeline.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.storydesk.annotations.Note;
import org.storydesk.annotations.Notes;
import org.storydesk.base.ItemType;
import org.storydesk.base.Outcome;
import org.storydesk.base.ui.ConflictDialog;
import org.storydesk.timeline.Event;
import org.storydesk.timeline.EventId;
import org.storydesk.timeline.Timeline;

/**
 * What an editor does to events wherever they are shown: correct their date or summary, note
 * them. It remembers which cards are open, so a refresh does not fold up what the editor was reading.
 */
public class EventDesk {

    private final Timeline timeline;
    private final Notes notes;
    private final boolean editor;
    private final Runnable refresh;
    private final Set<EventId> opened = new HashSet<>();

    public EventDesk(Timeline timeline, Notes notes, boolean editor, Runnable refresh) {
        this.timeline = timeline;
        this.notes = notes;
        this.editor = editor;
        this.refresh = refresh;
    }

    /** Cards for a page of events, with their notes read in one query. */
    public List<EventCard> cards(List<Event> page, boolean withHeadings) {
        Map<String, List<Note>> noted = notes.on(ItemType.EVENT, page.stream().map(event -> event.id().value()).toList());
        return page.stream().map(event -> card(event, withHeadings, noted.getOrDefault(event.id().value(), List.of()))).toList();
    }

    public EventCard card(Event event, boolean withHeading, List<Note> eventNotes) {
        return new EventCard(event, withHeading, eventNotes, this);
    }

    boolean editor() {
        return editor;
    }

    Notes notes() {
        return notes;
    }

    boolean isOpen(EventId id) {
        return opened.contains(id);
    }

    void opened(EventId id, boolean open) {
        if (open) {
            opened.add(id);
        } else {
            opened.remove(id);
        }
    }

    void correct(Event event) {
        CorrectionDialog dialog = new CorrectionDialog(event);
        dialog.onSave((summary, date, precision) -> handle(timeline.correct(event.id(), version(event), summary, date, precision),
                dialog::refused, dialog::close, current -> new ConflictDialog("event",
                        current.correction() == null ? "Another editor" : current.correction().author(),
                        current.date() + " · " + current.summary(), date + " · " + summary, refresh,
                        () -> handle(timeline.correct(current.id(), version(current), summary, date, precision),
                                reason -> say(reason, NotificationVariant.ERROR), () -> { }, again -> refresh.run())).open()));
        dialog.open();
    }

    void withdraw(Event event) {
        handle(timeline.withdrawCorrection(event.id(), version(event)), reason -> say(reason, NotificationVariant.ERROR), () -> { },
                current -> {
                    say("Another editor changed this event meanwhile: have a look before changing it again.", NotificationVariant.WARNING);
                    refresh.run();
                });
    }

    private static int version(Event event) {
        return event.correction() == null ? 0 : event.correction().version();
    }

    private void handle(Outcome<Event> outcome, Consumer<String> refused, Runnable done, Consumer<Event> conflict) {
        switch (outcome) {
            case Outcome.Saved<Event> saved -> {
                done.run();
                refresh.run();
            }
            case Outcome.Refused<Event> refusal -> refused.accept(refusal.reason());
            case Outcome.Conflict<Event> clash -> {
                done.run();
                conflict.accept(clash.current());
            }
            case Outcome.Missing<Event> missing -> {
                done.run();
                say(missing.what(), NotificationVariant.WARNING);
                refresh.run();
            }
        }
    }

    private static void say(String message, NotificationVariant variant) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
