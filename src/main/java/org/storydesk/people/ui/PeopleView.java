package org.storydesk.people.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.storydesk.notes.Notes;
import org.storydesk.base.ItemType;
import org.storydesk.base.Links;
import java.util.Optional;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryName;
import org.storydesk.base.ui.StoryMenu;
import org.storydesk.base.StoryPeople;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.ui.EmptyState;
import org.storydesk.base.ui.FilterDescriptions;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.GridSorting;
import org.storydesk.base.ui.Live;
import org.storydesk.base.ui.StoryNavigation;
import org.storydesk.people.People;
import org.storydesk.people.Person;

/** Everyone in the story: roles as stated, how often mentioned and quoted, and in how many articles. */
@Route("stories/:story/people")
@PageTitle("People")
@StoryMenu(order = 4, icon = "vaadin:users", title = "People")
@PermitAll
public class PeopleView extends Div implements BeforeEnterObserver {

    private static final int SHOWN_WHOLE = 50;

    final Grid<Person> grid = new Grid<>();
    final Paragraph summary = new Paragraph();
    final EmptyState empty = new EmptyState();

    private final People people;
    private final StoryPeople options;
    private final Notes notes;
    private final Map<String, Integer> noted = new HashMap<>();
    private final StoryDirectory stories;
    volatile StoryName story;
    StoryFilter filter = StoryFilter.EVERYTHING;
    /** The filter shown now, for deciding on the listening thread whether a merge concerns the view. */
    private volatile StoryFilter asked = StoryFilter.EVERYTHING;

    PeopleView(People people, StoryPeople options, Notes notes, StoryChanges changes, StoryDirectory stories) {
        this.people = people;
        this.stories = stories;
        this.options = options;
        this.notes = notes;
        addClassName("sd-page");
        summary.addClassName("sd-lede");
        Div head = new Div(new H2("People"), summary);
        head.addClassName("sd-page-head-stack");

        grid.addClassName("sd-grid");
        grid.addThemeVariants(GridVariant.NO_ROW_BORDERS, GridVariant.ROW_STRIPES);
        grid.addComponentColumn(this::name).setKey("name").setHeader("Name").setFlexGrow(2).setSortProperty("name");
        grid.addColumn(person -> String.join("; ", person.roles())).setHeader("Roles as stated").setFlexGrow(3);
        grid.addColumn(Person::mentions).setHeader("Mentions").setTextAlign(ColumnTextAlign.END).setWidth("120px").setFlexGrow(0).setSortProperty("mentions");
        grid.addColumn(Person::quotes).setHeader("Quotes").setTextAlign(ColumnTextAlign.END).setWidth("110px").setFlexGrow(0).setSortProperty("quotes");
        grid.addColumn(Person::articles).setHeader("Articles").setTextAlign(ColumnTextAlign.END).setWidth("110px").setFlexGrow(0).setSortProperty("articles");
        grid.addColumn(person -> {
            int count = noted.getOrDefault(person.slug().value(), 0);
            return count == 0 ? "" : Integer.toString(count);
        }).setHeader("Notes").setTextAlign(ColumnTextAlign.END).setWidth("90px").setFlexGrow(0);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(Links.person(story, click.getItem().slug()))));
        grid.setAriaLabel("People in the story");
        add(head, empty, grid);
        // An editor's change always; a merge's where it changed a person the filter asks for.
        Live.refresh(this, changes, change -> story != null && change.in(story.id()) && (!change.byTheAnalysis() || change.anything()
                || people.anyAmong(story.id(), asked, change.ids("person"))), this::refresh);
    }

    private Component name(Person person) {
        Anchor name = new Anchor(Links.person(story, person.slug()), person.name());
        name.addClassName("sd-speaker");
        if (person.flaggedVariants().isEmpty()) {
            return name;
        }
        Span flag = new Span("spelling varies");
        flag.addClassNames("sd-badge", "sd-flagged");
        flag.getElement().setAttribute("title", "Also written " + String.join(", ", person.flaggedVariants()) + ": probably a misspelling");
        Div cell = new Div(name, flag);
        cell.addClassName("sd-name-cell");
        return cell;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<StoryName> named = StoryNavigation.storyOf(event, stories);
        if (named.isEmpty()) {
            return;
        }
        story = named.get();
        filter = StoryNavigation.filterOf(event.getLocation());
        refresh();
    }

    /** The list, lazily, sorted in the database: a story of thousands of people opens as fast as one of fifteen. */
    void refresh() {
        noted.clear();
        StoryFilter current = filter;
        asked = current;
        StoryId in = story.id();
        int count = people.count(in, current);
        grid.setItems(query -> {
            List<Person> page = people.page(in, current, GridSorting.of(query.getSortOrders()), query.getOffset(), query.getLimit());
            notes.on(in, ItemType.PERSON, page.stream().map(person -> person.slug().value()).toList())
                    .forEach((slug, theirs) -> noted.put(slug, theirs.size()));
            return page.stream();
        }, query -> count);
        grid.setAllRowsVisible(count <= SHOWN_WHOLE);
        grid.setClassName("sd-grid-tall", count > SHOWN_WHOLE);
        grid.setVisible(count > 0);
        if (count == 0) {
            empty.show(FilterDescriptions.nothing("people", "among", in, current, options),
                    current.isEverything() ? "People appear here as the articles are analysed." : "Clear or widen the filter above to see more.");
        } else {
            empty.setVisible(false);
        }
        summary.setText(Formats.count(count, "person", "people") + " in the story" + FilterDescriptions.dates(current)
                + ", most mentioned first. Open one for their quotes, their events and who they appear with.");
    }

}
