package org.storydesk.people.ui;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import org.springframework.beans.factory.ObjectProvider;
import org.storydesk.notes.Notes;
import org.storydesk.notes.ui.NotesPanel;
import org.storydesk.base.ItemSuccessors;
import org.storydesk.base.ItemType;
import org.storydesk.base.Links;
import org.storydesk.base.Outcome;
import org.storydesk.base.PersonSlug;
import java.util.List;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryName;
import org.storydesk.people.PersonElsewhere;
import org.storydesk.quotes.Quote;
import org.storydesk.base.StoryPeople;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.security.CurrentUser;
import org.storydesk.base.ui.FilterDescriptions;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.Live;
import org.storydesk.base.ui.StoryNavigation;
import org.storydesk.base.ui.Writes;
import org.storydesk.people.Companion;
import org.storydesk.people.People;
import org.storydesk.people.Person;
import org.storydesk.quotes.QuoteQuery;
import org.storydesk.quotes.Quotes;
import org.storydesk.quotes.ui.QuoteDesk;
import org.storydesk.timeline.Timeline;
import org.storydesk.timeline.ui.EventDesk;

/**
 * One person of a story: how the coverage names them (a likely misspelling stands out), their
 * quotes, their events, their company; and what they said and did in the desk's other stories.
 */
@Route("stories/:story/people/:slug")
@PermitAll
public class PersonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int SHOWN = 50;

    final Div variants = new Div();
    final Div quotesSection = new Div();
    final Div eventsSection = new Div();
    final Div withSection = new Div();
    final Div notesSection = new Div();
    final Div elsewhereSection = new Div();
    final Button correctName = new Button("Correct the name…");
    private final People people;
    private final Quotes quotes;
    private final Timeline timeline;
    private final Notes notes;
    private final boolean editor;
    private final QuoteDesk quoteDesk;
    private final EventDesk eventDesk;
    private String title = "Person";
    private final ItemSuccessors successors;
    private volatile PersonSlug slug;
    private final StoryDirectory stories;
    volatile StoryName story;
    private StoryFilter filter = StoryFilter.EVERYTHING;

    PersonView(People people, Quotes quotes, Timeline timeline, Notes notes, StoryPeople options, CurrentUser user, StoryChanges changes,
               ObjectProvider<ItemSuccessors> successors, StoryDirectory stories) {
        this.people = people;
        this.stories = stories;
        this.successors = successors.getIfAvailable(() -> ItemSuccessors.NONE);
        this.quotes = quotes;
        this.timeline = timeline;
        this.notes = notes;
        this.editor = user.isEditor();
        this.quoteDesk = new QuoteDesk(quotes, notes, options, editor, this::reload);
        this.eventDesk = new EventDesk(timeline, notes, editor, this::reload);
        addClassName("sd-page");
        correctName.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        correctName.addClickListener(click -> people.find(story.id(), slug).ifPresent(this::correct));
        // A merge that adds to what the story says of this person names them among its changes.
        Live.refresh(this, changes, change -> story != null && change.in(story.id()) && (!change.byTheAnalysis() || change.anything()
                || slug != null && change.ids("person").contains(slug.value())), this::reload);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<StoryName> named = StoryNavigation.storyOf(event, stories);
        if (named.isEmpty()) {
            return;
        }
        story = named.get();
        quoteDesk.story(story);
        eventDesk.story(story);
        slug = event.getRouteParameters().get("slug").map(PersonSlug::of).orElse(null);
        filter = StoryNavigation.filterOf(event.getLocation());
        if (slug != null && people.find(story.id(), slug).isEmpty()) {
            // A link from before the story was merged again: the person it named is part of another now.
            Optional<PersonSlug> went = successors.successorOf(story.id(), ItemType.PERSON, slug.value()).map(PersonSlug::of)
                    .filter(to -> people.find(story.id(), to).isPresent());
            if (went.isPresent()) {
                Writes.say("The person this link named is now part of " + people.find(story.id(), went.get()).orElseThrow().name() + ".");
                // The filter in the link goes along.
                event.forwardTo(story.path("people/" + went.get().value()), event.getLocation().getQueryParameters());
                return;
            }
        }
        reload();
    }

    /** Shows the person again: after a correction here, another editor's, or a new merge. */
    void reload() {
        removeAll();
        Anchor back = new Anchor(story.path("people"), "← Everyone in the story");
        back.addClassName("sd-back");
        add(back);
        Optional<Person> found = slug == null ? Optional.empty() : people.find(story.id(), slug);
        if (found.isEmpty()) {
            Div missing = new Div(new H2("No such person in the story"), new Paragraph("The link may be from before the story was analysed again."));
            missing.addClassNames("sd-empty", "sd-panel");
            add(missing);
            title = "Person not found";
            return;
        }
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
        Div head = new Div(name);
        if (person.correction() != null) {
            Span corrected = new Span("name corrected · analysis: " + person.correction().machineName());
            corrected.addClassNames("sd-machine");
            corrected.getElement().setAttribute("title", "Corrected by " + person.correction().author() + " on "
                    + Formats.moment(person.correction().updated()));
            head.add(corrected);
        }
        head.add(roles, facts);
        head.addClassName("sd-person-head");
        if (editor) {
            Div tools = new Div(correctName);
            if (person.correction() != null) {
                Button back = new Button("Back to the analysis's spelling", click -> handle(
                        people.withdrawNameCorrection(story.id(), person.slug(), person.correction().version()), reason -> Writes.say(reason), () -> { }));
                back.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                tools.add(back);
            }
            tools.addClassName("sd-person-tools");
            head.add(tools);
        }

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
            if (editor && splittable(person, variant)) {
                Button apart = new Button("Someone else?", click -> confirmApart(person, variant));
                apart.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                apart.getElement().setAttribute("title", "If “" + variant + "” is another person, keep them apart from " + person.name());
                Span row = new Span(chip, apart);
                row.addClassName("sd-variant-row");
                variants.add(row);
            } else {
                variants.add(chip);
            }
        }
        Div names = section("How the coverage names them", variants);
        if (person.variants().isEmpty()) {
            names.add(new Paragraph("Always “" + person.name() + "”."));
        }

        StoryFilter theirs = filter.withPeople(Set.of(person.slug()));
        String dates = FilterDescriptions.dates(filter);
        quotesSection.removeAll();
        quotesSection.addClassName("sd-section");
        QuoteQuery query = new QuoteQuery(story.id(), theirs, null, "date");
        int quoteCount = quotes.count(query);
        quotesSection.add(new H3("Their quotes" + dates));
        if (quoteCount == 0) {
            quotesSection.add(new Paragraph("No quotes" + dates + "."));
        }
        quoteDesk.cards(quotes.list(query, 0, SHOWN)).forEach(quotesSection::add);
        if (quoteCount > SHOWN) {
            quotesSection.add(new Anchor(StoryNavigation.link(story, "quotes", theirs), "All " + quoteCount + " on the quote board →"));
        }

        eventsSection.removeAll();
        eventsSection.addClassName("sd-section");
        int eventCount = timeline.count(story.id(), theirs);
        eventsSection.add(new H3("Their events" + dates));
        if (eventCount == 0) {
            eventsSection.add(new Paragraph("No dated events" + dates + "."));
        }
        eventDesk.cards(timeline.list(story.id(), theirs, 0, SHOWN), false).forEach(eventsSection::add);
        if (eventCount > SHOWN) {
            eventsSection.add(new Anchor(StoryNavigation.link(story, "timeline", theirs), "All " + eventCount + " on the timeline →"));
        }

        withSection.removeAll();
        withSection.addClassName("sd-section");
        Div company = new Div();
        company.addClassName("sd-chips");
        for (Companion other : people.appearingWith(story.id(), person.slug(), SHOWN)) {
            // Here a person leads to their own page, not to a filter of this one.
            Anchor chip = new Anchor(Links.person(story, other.person().slug()), other.person().name() + " · " + other.articles());
            chip.addClassName("sd-chip");
            chip.getElement().setAttribute("title", "In " + Formats.count(other.articles(), "article", "articles") + " together");
            company.add(chip);
        }
        withSection.add(new H3("Appears with"), company);
        if (company.getComponentCount() == 0) {
            withSection.add(new Paragraph("No one else is named in their articles."));
        }

        notesSection.removeAll();
        notesSection.addClassName("sd-section");
        notesSection.add(new H3("The desk's notes"),
                new NotesPanel(notes, editor, story, ItemType.PERSON, person.slug().value(), person.name(),
                        notes.on(story, ItemType.PERSON, person.slug().value())));

        elsewhere(person);
        Div main = new Div(notesSection, quotesSection, eventsSection);
        Div side = new Div(names, elsewhereSection, withSection);
        Div columns = new Div(main, side);
        columns.addClassName("sd-columns");
        add(head, columns);
    }

    /** What the person said and did in the desk's other stories: each story, their quotes there (the latest few) and their events. */
    private void elsewhere(Person person) {
        elsewhereSection.removeAll();
        elsewhereSection.addClassNames("sd-section", "sd-elsewhere");
        List<PersonElsewhere> others = people.elsewhere(story.id(), person);
        elsewhereSection.setVisible(!others.isEmpty());
        if (others.isEmpty()) {
            return;
        }
        elsewhereSection.add(new H3("In other stories"));
        for (PersonElsewhere other : others) {
            Optional<StoryName> there = stories.byId(other.story());
            if (there.isEmpty()) {
                continue;
            }
            StoryFilter theirs = StoryFilter.EVERYTHING.withPeople(Set.of(other.slug()));
            int events = timeline.count(other.story(), theirs);
            Div block = new Div();
            block.addClassName("sd-elsewhere-story");
            Anchor link = new Anchor(Links.person(there.get(), other.slug()), there.get().name());
            link.addClassName("sd-speaker");
            Paragraph counts = new Paragraph("As " + other.name() + ": " + Formats.count(other.quotes(), "quote", "quotes") + ", "
                    + Formats.count(events, "event", "events") + ", " + Formats.count(other.mentions(), "mention", "mentions") + ".");
            counts.addClassName("sd-muted");
            block.add(link, counts);
            for (Quote said : quotes.list(new QuoteQuery(other.story(), theirs, null, "date"), Math.max(0, other.quotes() - 3), 3)) {
                Div words = new Div("“" + said.words() + "”" + (said.saidOn() == null ? "" : " · " + Formats.date(said.saidOn())));
                words.addClassName("sd-elsewhere-quote");
                block.add(words);
            }
            elsewhereSection.add(block);
        }
    }

    /**
     * Whether a name variant could be someone else: a full name other than the person's own (with
     * or without a title). A surname alone, or the person's name with a title, is them.
     */
    private static boolean splittable(Person person, String variant) {
        String bare = variant.strip();
        boolean theirName = bare.endsWith(person.name())
                || person.correction() != null && bare.endsWith(person.correction().machineName());
        return !theirName && bare.contains(" ");
    }

    private void correct(Person person) {
        NameDialog dialog = new NameDialog(person);
        dialog.onSave(name -> handle(people.correctName(story.id(), person.slug(), person.correction() == null ? 0 : person.correction().version(), name),
                dialog::refused, dialog::close));
        dialog.open();
    }

    private void confirmApart(Person person, String variant) {
        ConfirmDialog confirm = new ConfirmDialog("Is “" + variant + "” someone else?",
                "The story will be merged again with “" + variant + "” as a person of their own, apart from " + person.name()
                        + ", now and after every later analysis. Their mentions and quotes move with them; the desk's notes and "
                        + "corrections stay with whichever of the two most of the coverage is about.",
                "Keep them apart", click -> {
                    switch (people.keepApart(story.id(), person.slug(), variant)) {
                        case Outcome.Saved<Person> saved -> Writes.say("“" + variant + "” will be kept apart from " + person.name()
                                + ". The story is being merged again in the background: this page changes when it is done.");
                        case Outcome.Refused<Person> refused -> Writes.say(refused.reason());
                        case Outcome.Missing<Person> missing -> Writes.say(missing.what());
                        case Outcome.Conflict<Person> conflict -> Writes.say("Someone else changed this person meanwhile.");
                    }
                    reload();
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private void handle(Outcome<Person> outcome, Consumer<String> refused, Runnable done) {
        Writes.handle(outcome, this::reload, refused, done, current -> {
            Writes.say("Someone else corrected this name meanwhile, to “" + current.name() + "”. Look, then correct it again if need be.");
            reload();
        });
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
