package org.storydesk.articles.ui;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.storydesk.base.ArticleId;
import org.storydesk.base.StoryDeskProperties;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.security.CurrentUser;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.GridSorting;
import org.storydesk.base.ui.StoryNavigation;
import org.storydesk.base.ui.Writes;
import org.storydesk.articles.AddOutcome;
import org.storydesk.articles.AnalysisState;
import org.storydesk.articles.AnalysisStatus;
import org.storydesk.articles.ArticleBatch;
import org.storydesk.articles.ArticleSummary;
import org.storydesk.articles.Articles;
import org.storydesk.articles.Coverage;

/** Every article on the story, with what the page said of it and how far its analysis is. */
@Route("stories")
@PageTitle("Stories")
@Menu(order = 1, icon = "vaadin:newspaper", title = "Stories")
@PermitAll
public class ArticlesView extends Div implements BeforeEnterObserver {

    private static final int SHOWN_WHOLE = 50;

    final Grid<ArticleSummary> grid = new Grid<>();
    final Button add = new Button("Add article", new Icon(VaadinIcon.PLUS));
    final Paragraph summary = new Paragraph();
    final Div empty = new Div();
    final AnalysisBanner banner;

    private final Articles articles;
    private final AnalysisStatus analysis;
    private final CurrentUser user;
    private final StoryDeskProperties properties;
    private final Map<ArticleId, AnalysisStatus.Status> states = new HashMap<>();
    private StoryFilter filter = StoryFilter.EVERYTHING;

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = StoryNavigation.filterOf(event.getLocation());
        refresh();
    }

    ArticlesView(Articles articles, ObjectProvider<AnalysisStatus> analysis, CurrentUser user, StoryDeskProperties properties) {
        this.articles = articles;
        this.analysis = analysis.getIfAvailable(() -> AnalysisStatus.NONE);
        this.user = user;
        this.properties = properties;
        addClassName("sd-page");

        H2 title = new H2("Stories");
        summary.addClassName("sd-lede");
        Div heading = new Div(title, summary);
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(click -> openAddDialog());
        add.setVisible(user.isEditor());
        HorizontalLayout head = new HorizontalLayout(heading, add);
        head.addClassName("sd-page-head");
        head.setWidthFull();
        head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        head.setAlignItems(FlexComponent.Alignment.END);

        configureGrid();
        configureEmptyState();
        banner = new AnalysisBanner(this.analysis, this::refreshStates);
        add(head, banner, grid, empty);
    }

    private void configureGrid() {
        grid.addClassName("sd-grid");
        grid.addThemeVariants(GridVariant.NO_ROW_BORDERS, GridVariant.ROW_STRIPES);
        grid.addComponentColumn(ArticlesView::outlet).setHeader("Outlet").setWidth("170px").setFlexGrow(0)
                .setSortProperty("outlet");
        grid.addComponentColumn(ArticlesView::headline).setHeader("Headline").setFlexGrow(1).setSortProperty("title");
        grid.addColumn(article -> article.byline() == null ? "—" : article.byline()).setHeader("Byline")
                .setWidth("140px").setFlexGrow(0).setSortProperty("byline");
        grid.addColumn(article -> Formats.date(article.published())).setHeader("Published")
                .setWidth("115px").setFlexGrow(0).setSortProperty("published");
        grid.addColumn(ArticleSummary::words).setHeader("Words").setTextAlign(ColumnTextAlign.END)
                .setWidth("100px").setFlexGrow(0).setSortProperty("words");
        grid.addComponentColumn(this::status).setHeader("Analysis").setWidth("120px").setFlexGrow(0);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ReaderView.class, ReaderView.parameters(click.getItem().id()),
                StoryNavigation.query(filter))));
        grid.setAriaLabel("Articles on the story");
    }

    private void configureEmptyState() {
        empty.addClassNames("sd-empty", "sd-panel");
        empty.add(new H3("No articles yet"));
        empty.add(new Paragraph(user.isEditor()
                ? "Add the first article on the story: paste its text or upload a .txt or .html file."
                : "When editors add articles on the story, they appear here."));
        if (user.isEditor()) {
            Button first = new Button("Add article", click -> openAddDialog());
            first.addThemeVariants(ButtonVariant.PRIMARY);
            empty.add(first);
        }
    }

    /** The list, lazily: only the rows in sight are read, so a story of thousands of articles opens as fast as one of five. */
    void refresh() {
        StoryFilter current = filter;
        Coverage coverage = articles.coverage(current);
        int count = coverage.articles();
        grid.setItems(query -> {
            List<ArticleSummary> page = articles.page(current, GridSorting.of(query.getSortOrders()), query.getOffset(), query.getLimit());
            states.putAll(analysis.of(page.stream().map(ArticleSummary::id).toList()));
            return page.stream();
        }, query -> count);
        // A short list shows whole; a long one scrolls within the page.
        grid.setAllRowsVisible(count <= SHOWN_WHOLE);
        grid.setClassName("sd-grid-tall", count > SHOWN_WHOLE);
        boolean none = count == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
        String filtered = current.isEverything() ? "" : " matching the filter";
        summary.setText(none ? (current.isEverything() ? "Nothing on the story yet." : "No articles match the filter: clear or widen it above.")
                : Formats.count(count, "article", "articles") + filtered + " from "
                + Formats.count(coverage.outlets().size(), "named outlet", "named outlets") + ". Open one to read it as it was published.");
    }


    /** An article's analysis finished: show the new states without reloading the list. */
    private void refreshStates() {
        states.clear();
        grid.getDataProvider().refreshAll();
    }

    private static Component outlet(ArticleSummary article) {
        Span outlet = new Span(article.outlet() == null ? "Unknown outlet" : article.outlet());
        outlet.addClassName(article.outlet() == null ? "sd-unknown" : "sd-outlet");
        return outlet;
    }

    private static Component headline(ArticleSummary article) {
        Span headline = new Span(article.title());
        headline.addClassName("sd-headline");
        if (article.headline() == null || article.headline().isBlank()) {
            headline.addClassName("sd-untitled");
            headline.getElement().setAttribute("title", "The page has no headline: these are the article's first words");
        }
        return headline;
    }

    private Component status(ArticleSummary article) {
        AnalysisStatus.Status status = states.getOrDefault(article.id(), AnalysisStatus.Status.PENDING);
        Span badge = new Span(status.state().label());
        badge.addClassName("sd-status");
        badge.getElement().setAttribute("data-state", status.state().label());
        status.error().ifPresent(error -> badge.getElement().setAttribute("title", error));
        if (status.state() == AnalysisState.FAILED && user.isEditor()) {
            Button retry = new Button("Retry", click -> {
                analysis.retry(article.id());
                refresh();
                banner.refresh();
            });
            retry.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            return new HorizontalLayout(badge, retry);
        }
        return badge;
    }

    /** The largest .zip of articles an editor may upload (as large as an upload may be). */
    private static final long MOST_ZIP_BYTES = 16L * 1024 * 1024;

    private void openAddDialog() {
        AddArticleDialog dialog = new AddArticleDialog(properties.maxArticleSize().toBytes(), MOST_ZIP_BYTES);
        dialog.addBatchListener(batch -> addBatch(dialog, batch.name(), batch.zip()));
        dialog.addSubmitListener(submit -> {
            switch (articles.add(submit.article())) {
                case AddOutcome.Added added -> {
                    dialog.close();
                    refresh();
                    Writes.say("Added “" + added.article().title() + "”. Its analysis follows in the background.",
                            NotificationVariant.SUCCESS);
                }
                case AddOutcome.AlreadyStored existing -> {
                    dialog.close();
                    refresh();
                    Writes.say("This text is already on the story as “" + existing.article().title() + "”.", NotificationVariant.INFO);
                }
                case AddOutcome.Rejected rejected -> dialog.refused(rejected.reason());
            }
        });
        dialog.open();
    }

    /**
     * Adds the articles of a .zip on a thread of its own, the dialog showing how far it is, then
     * says what became of each: the editor can go on reading meanwhile.
     */
    private void addBatch(AddArticleDialog dialog, String name, byte[] zip) {
        List<ArticleBatch.Item> items;
        try {
            items = ArticleBatch.fromZip(new ByteArrayInputStream(zip), properties.maxArticleSize().toBytes());
        } catch (IllegalArgumentException e) {
            dialog.refused(e.getMessage());
            return;
        }
        UI ui = UI.getCurrent();
        dialog.progress(0, items.size());
        Runnable work = new DelegatingSecurityContextRunnable(() -> {
            try {
                List<ArticleBatch.Result> results = articles.addAll(items, done -> ui.access(() -> dialog.progress(done, items.size())));
                ui.access(() -> {
                    dialog.close();
                    refresh();
                    banner.refresh();
                    new BatchReportDialog(name, results).open();
                });
            } catch (RuntimeException e) {
                ui.access(() -> dialog.refused("The articles could not all be added: " + e.getMessage()
                        + ". Those listed on Stories were added; add the .zip again to add the rest (added ones are not added twice)."));
            }
        });
        Thread.ofVirtual().name("batch-" + name).start(work);
    }
}
