package org.storydesk.people.ui;

import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.ui.FilterDescriptions;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.Links;
import org.storydesk.base.ui.StoryNavigation;
import org.storydesk.people.Companion;
import org.storydesk.people.People;
import org.storydesk.people.Person;
import org.storydesk.quotes.QuoteQuery;
import org.storydesk.quotes.Quotes;
import org.storydesk.quotes.ui.QuoteCard;
import org.storydesk.timeline.Timeline;
import org.storydesk.timeline.ui.EventCard;

/** One person: how the coverage names them (a likely misspelling stands out), their quotes, their events, their company. */
@Route("people/:slug")
@PermitAll
public class PersonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int SHOWN = 50;

    final Div variants = new Div();
    final Div quotesSection = new Div();
    final Div eventsSection = new Div();
    final Div withSection = new Div();
    private final People people;
    private final Quotes quotes;
    private final Timeline timeline;
    private String title = "Person";

    PersonView(People people, Quotes quotes, Timeline timeline) {
        this.people = people;
        this.quotes = quotes;
        this.timeline = timeline;
        addClassName("sd-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Anchor back = new Anchor("people", "← Everyone in the story");
        back.addClassName("sd-back");
        add(back);
        Optional<Person> found = event.getRouteParameters().get("slug").map(PersonSlug::of).flatMap(people::find);
        if (found.isEmpty()) {
            Div missing = new Div(new H2("No such person in the story"), new Paragraph("The link may be from before the story was analysed again."));
            missing.addClassNames("sd-empty", "sd-panel");
            add(missing);
            title = "Person not found";
            return;
        }
        StoryFilter filter = StoryNavigation.filterOf(event.getLocation());
        show(found.get(), filter);
    }

    private void show(Person person, StoryFilter filter) {
        title = person.name();
        H2 name = new H2(person.name());
        Paragraph roles = new Paragraph(person.roles().isEmpty() ? "No role stated in the coverage" : String.join(" · ", person.roles()));
        roles.addClassName("sd-roles");
        Paragraph facts = new Paragraph(Formats.count(person.mentions(), "mention", "mentions") + " in "
                + Formats.count(person.articles(), "article", "articles") + ", " + Formats.count(person.quotes(), "quote", "quotes") + ".");
        facts.addClassName("sd-muted");
        Div head = new Div(name, roles, facts);
        head.addClassName("sd-person-head");

        variants.removeAll();
        variants.addClassName("sd-chips");
        for (String variant : person.variants()) {
            Span chip = new Span(variant);
            chip.addClassName("sd-badge");
            if (person.flaggedVariants().contains(variant)) {
                chip.addClassName("sd-flagged");
                chip.setText(variant + " — probable misspelling");
                chip.getElement().setAttribute("title", "A letter or two from “" + person.name() + "”: check the outlet's spelling");
            }
            variants.add(chip);
        }
        Div names = section("How the coverage names them", variants);
        if (person.variants().isEmpty()) {
            names.add(new Paragraph("Always “" + person.name() + "”."));
        }

        StoryFilter theirs = filter.withPeople(Set.of(person.slug()));
        String dates = FilterDescriptions.dates(filter);
        quotesSection.removeAll();
        quotesSection.addClassName("sd-section");
        QuoteQuery query = new QuoteQuery(theirs, null, "date");
        int quoteCount = quotes.count(query);
        quotesSection.add(new H3("Their quotes" + dates));
        if (quoteCount == 0) {
            quotesSection.add(new Paragraph("No quotes" + dates + "."));
        }
        quotes.list(query, 0, SHOWN).forEach(quote -> quotesSection.add(new QuoteCard(quote)));
        if (quoteCount > SHOWN) {
            quotesSection.add(new Anchor(StoryNavigation.link("quotes", theirs), "All " + quoteCount + " on the quote board →"));
        }

        eventsSection.removeAll();
        eventsSection.addClassName("sd-section");
        int eventCount = timeline.count(theirs);
        eventsSection.add(new H3("Their events" + dates));
        if (eventCount == 0) {
            eventsSection.add(new Paragraph("No dated events" + dates + "."));
        }
        timeline.list(theirs, 0, SHOWN).forEach(event -> eventsSection.add(new EventCard(event, false)));
        if (eventCount > SHOWN) {
            eventsSection.add(new Anchor(StoryNavigation.link("timeline", theirs), "All " + eventCount + " on the timeline →"));
        }

        withSection.removeAll();
        withSection.addClassName("sd-section");
        Div company = new Div();
        company.addClassName("sd-chips");
        for (Companion other : people.appearingWith(person.slug(), SHOWN)) {
            // Here a person leads to their own page, not to a filter of this one.
            Anchor chip = new Anchor(Links.person(other.person().slug()), other.person().name() + " · " + other.articles());
            chip.addClassName("sd-chip");
            chip.getElement().setAttribute("title", "In " + Formats.count(other.articles(), "article", "articles") + " together");
            company.add(chip);
        }
        withSection.add(new H3("Appears with"), company);
        if (company.getComponentCount() == 0) {
            withSection.add(new Paragraph("No one else is named in their articles."));
        }

        Div main = new Div(quotesSection, eventsSection);
        Div side = new Div(names, withSection);
        Div columns = new Div(main, side);
        columns.addClassName("sd-columns");
        add(head, columns);
    }

    private static Div section(String heading, Div content) {
        Div section = new Div(new H3(heading), content);
        section.addClassName("sd-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " · Story Desk";
    }
}
