package org.storydesk.timeline.ui;

import java.util.List;

import com.vaadin.flow.component.notification.NotificationVariant;
import org.storydesk.notes.Notes;
import org.storydesk.notes.ui.ItemDesk;
import org.storydesk.base.ItemType;
import org.storydesk.base.ui.ConflictDialog;
import org.storydesk.base.ui.Writes;
import org.storydesk.timeline.Event;
import org.storydesk.timeline.EventId;
import org.storydesk.timeline.Timeline;

/**
 * What an editor does to events wherever they are shown: correct their date or summary, note them.
 */
public class EventDesk extends ItemDesk<EventId> {

    private final Timeline timeline;

    public EventDesk(Timeline timeline, Notes notes, boolean editor, Runnable refresh) {
        super(notes, ItemType.EVENT, editor, refresh);
        this.timeline = timeline;
    }

    /** Cards for a page of events, with their notes read in one query. */
    public List<EventCard> cards(List<Event> page, boolean withHeadings) {
        forget();
        return read(page).stream().map(event -> card(event, withHeadings)).toList();
    }

    /** Reads the notes of a page of events in one query, for the cards that show them. */
    public List<Event> read(List<Event> page) {
        return read(page, event -> event.id().value());
    }

    /** A card for an event of a page already {@linkplain #read read}. */
    public EventCard card(Event event, boolean withHeading) {
        return new EventCard(event, withHeading, notesOn(event.id().value()), this);
    }

    void correct(Event event) {
        CorrectionDialog dialog = new CorrectionDialog(event);
        dialog.onSave((summary, date, precision) -> Writes.handle(timeline.correct(story().id(), event.id(), version(event), summary, date, precision),
                refresh, dialog::refused, dialog::close, current -> new ConflictDialog("event",
                        current.correction() == null ? "Another editor" : current.correction().author(),
                        current.date() + " · " + current.summary(), date + " · " + summary, refresh,
                        () -> Writes.handle(timeline.correct(story().id(), current.id(), version(current), summary, date, precision), refresh)).open()));
        dialog.open();
    }

    void withdraw(Event event) {
        Writes.handle(timeline.withdrawCorrection(story().id(), event.id(), version(event)), refresh, Writes::complain, () -> { },
                current -> {
                    Writes.say("Another editor changed this event meanwhile: have a look before changing it again.", NotificationVariant.WARNING);
                    refresh.run();
                });
    }

    private static int version(Event event) {
        return event.correction() == null ? 0 : event.correction().version();
    }
}
