package org.storydesk.timeline.ui;

import java.util.List;

import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import org.storydesk.notes.Note;
import org.storydesk.notes.ui.NotesPanel;
import org.storydesk.base.ItemType;
import org.storydesk.base.Links;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.PersonChip;
import org.storydesk.timeline.Event;

/**
 * A happening on the timeline: what happened, who was in it, how many outlets report it; opened,
 * each sentence that reports it with a link to read it in its article, and the editors' notes.
 * Editors correct its date or summary from its menu; the machine's stay in sight.
 */
public class EventCard extends Div {

    final Details details;
    final NotesPanel notes;

    EventCard(Event event, boolean withHeading, List<Note> eventNotes, EventDesk desk) {
        if (withHeading && event.startsGroup()) {
            Div heading = new Div(heading(event));
            heading.addClassName("sd-day");
            add(heading);
        }
        Div card = new Div();
        card.addClassName("sd-card");
        card.getElement().setAttribute("data-event", event.id().value());

        Div summary = new Div(event.summary());
        summary.addClassName("sd-summary");
        Div meta = new Div();
        meta.addClassName("sd-card-meta");
        if (event.timeOfDay() != null) {
            Span time = new Span(event.timeOfDay());
            time.addClassName("sd-badge");
            time.getElement().setAttribute("data-time", event.timeOfDay());
            meta.add(time);
        }
        if (!withHeading) {
            meta.add(new Span(heading(event)));
        }
        if (event.correction() != null) {
            Span corrected = new Span("corrected");
            corrected.addClassNames("sd-badge", "sd-corrected");
            corrected.getElement().setAttribute("title", "Corrected by " + event.correction().author() + " on "
                    + Formats.moment(event.correction().updated()));
            Span machine = new Span("analysis: " + event.correction().machineFrom() + " · " + event.correction().machineSummary());
            machine.addClassName("sd-machine");
            meta.add(corrected, machine);
        }
        if (!event.people().isEmpty()) {
            Div chips = new Div();
            chips.addClassName("sd-chips");
            event.people().forEach(person -> chips.add(new PersonChip(person)));
            meta.add(chips);
        }
        long outlets = event.outlets();
        Span reach = new Span(Formats.count(outlets, "outlet", "outlets"));
        reach.addClassName("sd-reach");
        meta.add(reach);
        if (!eventNotes.isEmpty()) {
            Span noted = new Span(Formats.count(eventNotes.size(), "note", "notes"));
            noted.addClassNames("sd-badge", "sd-noted");
            meta.add(noted);
        }

        UnorderedList sentences = new UnorderedList();
        sentences.addClassName("sd-sources");
        for (Event.Source source : event.sources()) {
            Span outlet = new Span(Formats.source(source.outlet(), source.articleTitle()));
            outlet.addClassName("sd-source-outlet");
            outlet.setClassName("sd-source-untitled", source.outlet() == null);
            Anchor read = new Anchor(Links.passage(desk.story(), source.article(), source.start(), source.end()), "Read in context →");
            read.addClassName("sd-source-link");
            sentences.add(new ListItem(outlet, new Span(source.sentence()), read));
        }
        notes = new NotesPanel(desk.notes(), desk.editor(), desk.story(), ItemType.EVENT, event.id().value(), event.summary(), eventNotes);
        Anchor history = new Anchor(Links.history(desk.story(), event.id().value()), "Its history →");
        history.addClassName("sd-source-link");
        details = new Details((event.sources().size() == 1 ? "The sentence that reports it" : "The " + event.sources().size() + " sentences that report it")
                + (eventNotes.isEmpty() ? "" : " · " + Formats.count(eventNotes.size(), "note", "notes")),
                new Div(sentences, notes, history));
        details.addClassName("sd-details");
        details.setOpened(desk.isOpen(event.id()));
        details.addOpenedChangeListener(change -> desk.opened(event.id(), change.isOpened()));
        if (desk.editor()) {
            meta.add(actions(event, desk));
        }
        card.add(summary, meta, details);
        add(card);
    }

    private MenuBar actions(Event event, EventDesk desk) {
        MenuBar actions = new MenuBar();
        actions.addThemeVariants(MenuBarVariant.TERTIARY, MenuBarVariant.SMALL);
        actions.addClassName("sd-actions");
        SubMenu menu = actions.addItem("Check").getSubMenu();
        menu.addItem("Correct the date or summary…", click -> desk.correct(event));
        if (event.correction() != null) {
            menu.addItem("Back to the analysis's date and summary", click -> desk.withdraw(event));
        }
        menu.addItem("Add a note…", click -> {
            details.setOpened(true);
            notes.openNew();
        });
        return actions;
    }

    /** "Tuesday 6 January 2026", "Week of 29 December 2025", "December 2025". */
    public static String heading(Event event) {
        return event.heading();
    }
}
