package org.storydesk.timeline.ui;

import java.util.Locale;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.Links;
import org.storydesk.base.ui.PersonChip;
import org.storydesk.timeline.Event;

/**
 * A happening on the timeline: what happened, who was in it, how many outlets report it, and,
 * opened, each sentence that reports it with a link to read it in its article.
 */
public class EventCard extends Div {

    public EventCard(Event event, boolean withHeading) {
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
        if (!event.people().isEmpty()) {
            Div chips = new Div();
            chips.addClassName("sd-chips");
            event.people().forEach(person -> chips.add(new PersonChip(person)));
            meta.add(chips);
        }
        long outlets = event.outlets();
        Span reach = new Span(outlets == 1 ? "1 outlet" : outlets + " outlets");
        reach.addClassName("sd-reach");
        meta.add(reach);

        UnorderedList sentences = new UnorderedList();
        sentences.addClassName("sd-sources");
        for (Event.Source source : event.sources()) {
            Span outlet = new Span(Formats.source(source.outlet(), source.articleTitle()));
            outlet.addClassName("sd-source-outlet");
            outlet.setClassName("sd-source-untitled", source.outlet() == null);
            Anchor read = new Anchor(Links.passage(source.article(), source.start(), source.end()), "Read in context →");
            read.addClassName("sd-source-link");
            sentences.add(new ListItem(outlet, new Span(source.sentence()), read));
        }
        Details details = new Details(event.sources().size() == 1 ? "The sentence that reports it" : "The " + event.sources().size() + " sentences that report it", sentences);
        details.addClassName("sd-details");
        card.add(summary, meta, details);
        add(card);
    }

    /** "Tuesday 6 January 2026", "Week of 29 December 2025", "December 2025". */
    public static String heading(Event event) {
        return switch (event.precision().toLowerCase(Locale.ROOT)) {
            case "month" -> Formats.month(event.from());
            case "week" -> "Week of " + Formats.day(event.from()).replaceFirst("^\\w+ ", "");
            default -> Formats.day(event.from());
        };
    }
}
