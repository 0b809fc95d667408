package org.storydesk.quotes.ui;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.storydesk.notes.Notes;
import java.util.Optional;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryName;
import org.storydesk.base.ui.StoryMenu;
import org.storydesk.base.StoryPeople;
import org.storydesk.base.live.Change;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.security.CurrentUser;
import org.storydesk.base.ui.EmptyState;
import org.storydesk.base.ui.FilterDescriptions;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.Live;
import org.storydesk.base.ui.StoryNavigation;
import org.storydesk.base.ui.Toolbars;
import org.storydesk.quotes.Quote;
import org.storydesk.quotes.QuoteQuery;
import org.storydesk.quotes.QuoteStatus;
import org.storydesk.quotes.Quotes;

/**
 * Who said what: every quote once, with every outlet that carries it, its status and the
 * editors' notes. Another editor's change shows here without a reload.
 */
@Route("stories/:story/quotes")
@PageTitle("Quotes")
@StoryMenu(order = 3, icon = "vaadin:quote-left", title = "Quotes")
@PermitAll
public class QuotesView extends Div implements BeforeEnterObserver {

    final VirtualList<Quote> quotes = new VirtualList<>();
    final TextField search = new TextField();
    final Select<String> order = new Select<>();
    final Select<QuoteStatus> status = new Select<>();
    final Checkbox review = new Checkbox("Needs review");
    final Span total = new Span();
    final Paragraph summary = new Paragraph();
    final EmptyState empty = new EmptyState();
    final Anchor brief = new Anchor("", "Story brief");
    final QuoteDesk desk;

    private final Quotes service;
    private final StoryPeople people;
    private final StoryDirectory stories;
    volatile StoryName story;
    StoryFilter filter = StoryFilter.EVERYTHING;
    int count;
    /** What the board asks and shows now, for deciding on the listening thread whether a merge concerns it. */
    private volatile QuoteQuery asked;
    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    QuotesView(Quotes service, Notes notes, StoryPeople people, CurrentUser user, StoryChanges changes, StoryDirectory stories) {
        this.service = service;
        this.people = people;
        this.stories = stories;
        this.desk = new QuoteDesk(service, notes, people, user.isEditor(), this::reload);
        addClassName("sd-page");
        summary.addClassName("sd-lede");
        Div head = new Div(new H2("Quote board"), summary);
        head.addClassName("sd-page-head-stack");

        search.setPlaceholder("Search the quotes");
        search.setAriaLabel("Search the quotes");
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(350);
        search.setWidth("300px");
        search.addValueChangeListener(change -> refresh());
        Toolbars.labelled(order, "Sort by");
        order.setItems("date", "speaker", "reach", "certainty");
        order.setItemLabelGenerator(value -> switch (value) {
            case "speaker" -> "Speaker";
            case "reach" -> "Most outlets";
            case "certainty" -> "Least certain first";
            default -> "Date said";
        });
        order.setValue("date");
        order.addValueChangeListener(change -> refresh());
        Toolbars.labelled(status, "Status");
        status.setItems(QuoteStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        status.setItemLabelGenerator(value -> value == null ? "Any" : value.code());
        status.addValueChangeListener(change -> refresh());
        review.getElement().setAttribute("title", "Only the quotes whose speaker the analysis is unsure of and no editor has checked yet");
        review.addValueChangeListener(change -> refresh());
        total.addClassName("sd-count");
        brief.addClassName("sd-toolbar-link");
        brief.getElement().setAttribute("title", "The verified quotes and the timeline of this filter, to print or download");
        Div toolbar = new Div(search, order, status, review, total, brief);
        toolbar.addClassName("sd-toolbar");

        quotes.addClassName("sd-list");
        quotes.setRenderer(new ComponentRenderer<QuoteCard, Quote>(desk::card));
        add(head, toolbar, empty, quotes);
        Live.refresh(this, changes, this::shows, this::reload);
    }

    /**
     * Whether a change is one this board shows: an editor's always; a merge's if it changed a
     * quote on the board or one the board's filter asks for (read on the thread that hears it).
     */
    boolean shows(Change change) {
        if (story == null || asked == null || !change.in(story.id())) {
            return false;
        }
        if (!change.byTheAnalysis() || change.anything()) {
            return true;
        }
        Set<String> changed = change.ids("quote");
        return changed.stream().anyMatch(shown::contains) || service.anyAmong(asked, changed);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<StoryName> named = StoryNavigation.storyOf(event, stories);
        if (named.isEmpty()) {
            return;
        }
        story = named.get();
        desk.story(story);
        filter = StoryNavigation.filterOf(event.getLocation());
        refresh();
    }

    /** Asks the board again with the filter, search, sort and status as they are. */
    void refresh() {
        QuoteQuery query = query();
        asked = query;
        shown.clear();
        count = service.count(query);
        quotes.setDataProvider(DataProvider.<Quote>fromCallbacks(
                page -> {
                    List<Quote> read = desk.read(service.list(query, page.getOffset(), page.getLimit()));
                    read.forEach(quote -> {
                        shown.add(quote.id().value());
                        quote.fragments().forEach(fragment -> shown.add(fragment.id().value()));
                    });
                    return read.stream();
                },
                page -> count));
        quotes.setVisible(count > 0);
        total.setText(Formats.count(count, "quote", "quotes"));
        brief.setHref(StoryNavigation.link(story, "brief", filter));
        if (count == 0) {
            String searched = search.getValue().isBlank() ? "" : " matching “" + search.getValue().strip() + "”";
            String marked = (status.getValue() == null ? "" : " marked " + status.getValue().code())
                    + (review.getValue() ? " that need review" : "");
            empty.show(FilterDescriptions.nothing("quotes" + searched + marked, "from", story.id(), filter, people),
                    filter.isEverything() && searched.isEmpty() && marked.isEmpty() ? "Quotes appear here as the articles are analysed."
                            : "Clear the search or widen the filter above to see more.");
        } else {
            empty.setVisible(false);
        }
        summary.setText("Every quote once, with every outlet that carries it and the fragments of it quoted in part"
                + (filter.hasPeople() ? ", from " + FilterDescriptions.names(story.id(), filter, people) : "")
                + FilterDescriptions.dates(filter) + ". Open one to see its sources, each outlet's wording and the desk's notes.");
    }

    /** After a write here or another editor's: the same board, read again, scrolled where it was. */
    void reload() {
        desk.forget();
        int now = service.count(query());
        if (now != count) {
            refresh();
        } else {
            quotes.getDataProvider().refreshAll();
        }
    }

    private QuoteQuery query() {
        return new QuoteQuery(story.id(), filter, search.getValue(), order.getValue(), status.getValue(), review.getValue(), true)
                .fragmentsUnderTheirQuotes();
    }
}
