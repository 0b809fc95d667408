package org.storydesk.history.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.storydesk.base.live.Change;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.Live;
import org.storydesk.base.ui.Toolbars;
import org.storydesk.history.HistoryEntry;
import java.util.Optional;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryName;
import org.storydesk.base.ui.StoryMenu;
import org.storydesk.base.ui.StoryNavigation;
import org.storydesk.history.History;
import org.storydesk.history.HistoryQuery;

/**
 * Everything editors wrote in a story (and the desk's own, such as API tokens), newest first: who,
 * when, what, and the value before and after. Filtered by editor, by kind of item, by words of the
 * item, or to one item ({@code /stories/<slug>/history?item=q-1a2b…}, as each quote and event links to its own).
 */
@Route("stories/:story/history")
@PageTitle("History")
@StoryMenu(order = 6, icon = "vaadin:time-backward", title = "History")
@PermitAll
public class HistoryView extends Div implements BeforeEnterObserver {

    private static final int WHOLE = 50;

    final Grid<HistoryEntry> grid = new Grid<>();
    final Select<String> editor = new Select<>();
    final Select<String> type = new Select<>();
    final TextField search = new TextField();
    final Span total = new Span();
    final Paragraph summary = new Paragraph();
    final Div empty = new Div();

    private final History audit;
    private final StoryDirectory stories;
    private String item;
    volatile StoryName story;

    HistoryView(History audit, StoryChanges changes, StoryDirectory stories) {
        this.audit = audit;
        this.stories = stories;
        addClassName("sd-page");
        summary.addClassName("sd-lede");
        Div head = new Div(new H2("History"), summary);
        head.addClassName("sd-page-head-stack");

        Toolbars.optional(editor, "Editor", "Anyone", this::refresh);
        Toolbars.optional(type, "On", "Anyone", this::refresh);
        type.setItems("story", "article", "note", "quote", "event", "person", "token");
        type.setItemLabelGenerator(value -> value == null ? "Anything" : switch (value) {
            case "story" -> "The story";
            case "article" -> "Articles";
            case "note" -> "Notes";
            case "quote" -> "Quotes";
            case "event" -> "Events";
            case "token" -> "API tokens";
            default -> "People";
        });
        search.setPlaceholder("Words of the item");
        search.setAriaLabel("Search the items");
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        total.addClassName("sd-count");
        Div toolbar = new Div(search, editor, type, total);
        toolbar.addClassName("sd-toolbar");

        grid.addClassName("sd-grid");
        grid.addThemeVariants(GridVariant.NO_ROW_BORDERS, GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(entry -> Formats.moment(entry.at())).setHeader("When").setWidth("160px").setFlexGrow(0);
        grid.addColumn(HistoryEntry::editor).setHeader("Editor").setWidth("110px").setFlexGrow(0);
        grid.addColumn(HistoryEntry::action).setHeader("What").setWidth("150px").setFlexGrow(0);
        grid.addColumn(HistoryEntry::label).setHeader("Item").setFlexGrow(2);
        grid.addComponentColumn(HistoryView::change).setHeader("Before → after").setFlexGrow(3);
        grid.setAriaLabel("The desk's history");
        empty.addClassNames("sd-empty", "sd-panel");
        empty.add(new Paragraph("Nothing written yet. Every note, status and correction an editor makes is listed here, for good."));
        add(head, toolbar, grid, empty);
        // Editors' writes, and a full merge (whose moves of editors' work are written here); not the analysis taking in an article.
        Live.refresh(this, changes, change -> story != null && change.in(story.id()) && !change.kind().equals(Change.MERGE), this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<StoryName> named = StoryNavigation.storyOf(event, stories);
        if (named.isEmpty()) {
            return;
        }
        story = named.get();
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        item = parameters.getOrDefault("item", List.of()).stream().findFirst().filter(value -> !value.isBlank()).orElse(null);
        refresh();
    }

    void refresh() {
        String chosen = editor.getValue();
        List<String> editors = audit.editors(story.id());
        editor.setItems(editors);
        editor.setValue(editors.contains(chosen) ? chosen : null);
        HistoryQuery query = new HistoryQuery(story.id(), editor.getValue(), type.getValue(), item, search.getValue());
        int count = audit.count(query);
        grid.setItems(page -> audit.list(query, page.getOffset(), page.getLimit()).stream(), page -> count);
        grid.setAllRowsVisible(count <= WHOLE);
        grid.setClassName("sd-grid-tall", count > WHOLE);
        grid.setVisible(count > 0);
        empty.setVisible(count == 0);
        total.setText(Formats.count(count, "change", "changes"));
        summary.setText("Every note, status and correction, who made it and when, with the value before and after"
                + (item == null ? "" : ", for one item") + ". Kept for good: the history cannot be edited.");
    }

    /** "status: verified → status: disputed; note: the outlet withdrew it". */
    private static Component change(HistoryEntry entry) {
        Div change = new Div();
        change.addClassName("sd-change");
        if (entry.before() != null) {
            Span before = new Span(shortened(entry.beforeInWords()));
            before.addClassName("sd-before");
            change.add(before);
        }
        if (entry.before() != null && entry.after() != null) {
            change.add(new Span(" → "));
        }
        if (entry.after() != null) {
            Span after = new Span(shortened(entry.afterInWords()));
            after.addClassName("sd-after");
            change.add(after);
        }
        return change;
    }

    private static String shortened(String text) {
        return text.length() > 300 ? text.substring(0, 299) + "…" : text;
    }
}
