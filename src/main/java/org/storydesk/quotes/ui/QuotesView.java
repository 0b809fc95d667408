package org.storydesk.quotes.ui;

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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryPeople;
import org.storydesk.base.ui.EmptyState;
import org.storydesk.base.ui.FilterDescriptions;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.StoryNavigation;
import org.storydesk.quotes.Quote;
import org.storydesk.quotes.QuoteQuery;
import org.storydesk.quotes.Quotes;

/** Who said what: every quote of the story once, with every outlet that carries it. */
@Route("quotes")
@PageTitle("Quotes")
@Menu(order = 3, icon = "vaadin:quote-left", title = "Quotes")
@PermitAll
public class QuotesView extends Div implements BeforeEnterObserver {

    final VirtualList<Quote> quotes = new VirtualList<>();
    final TextField search = new TextField();
    final Select<String> order = new Select<>();
    final Span total = new Span();
    final Paragraph summary = new Paragraph();
    final EmptyState empty = new EmptyState();

    private final Quotes service;
    private final StoryPeople people;
    StoryFilter filter = StoryFilter.EVERYTHING;
    int count;

    QuotesView(Quotes service, StoryPeople people) {
        this.service = service;
        this.people = people;
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
        search.setWidth("320px");
        search.addValueChangeListener(change -> refresh());
        order.setAriaLabel("Sort by");
        Span sortBy = new Span("Sort by");
        sortBy.addClassName("sd-prefix");
        order.setPrefixComponent(sortBy);
        order.setItems("date", "speaker", "reach");
        order.setItemLabelGenerator(value -> switch (value) {
            case "speaker" -> "Speaker";
            case "reach" -> "Most outlets";
            default -> "Date said";
        });
        order.setValue("date");
        order.addValueChangeListener(change -> refresh());
        total.addClassName("sd-count");
        Div toolbar = new Div(search, order, total);
        toolbar.addClassName("sd-toolbar");

        quotes.addClassName("sd-list");
        quotes.setRenderer(new ComponentRenderer<>(QuoteCard::new));
        add(head, toolbar, empty, quotes);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = StoryNavigation.filterOf(event.getLocation());
        refresh();
    }

    void refresh() {
        QuoteQuery query = new QuoteQuery(filter, search.getValue(), order.getValue());
        count = service.count(query);
        quotes.setDataProvider(DataProvider.<Quote>fromCallbacks(
                page -> service.list(query, page.getOffset(), page.getLimit()).stream(),
                page -> count));
        quotes.setVisible(count > 0);
        total.setText(Formats.count(count, "quote", "quotes"));
        if (count == 0) {
            String searched = search.getValue().isBlank() ? "" : " matching “" + search.getValue().strip() + "”";
            empty.show(FilterDescriptions.nothing("quotes" + searched, "from", filter, people),
                    filter.isEverything() && searched.isEmpty() ? "Quotes appear here as the articles are analysed."
                            : "Clear the search or widen the filter above to see more.");
        } else {
            empty.setVisible(false);
        }
        summary.setText("Every quote once, with every outlet that carries it"
                + (filter.hasPeople() ? ", from " + FilterDescriptions.names(filter, people) : "")
                + FilterDescriptions.dates(filter) + ". Open one to see its sources and each outlet's wording.");
    }
}
