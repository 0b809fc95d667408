package org.storydesk.stories.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.storydesk.base.StoryDeskProperties;
import org.storydesk.base.security.CurrentUser;
import org.storydesk.base.ui.Formats;
import org.storydesk.stories.AddOutcome;
import org.storydesk.stories.AnalysisState;
import org.storydesk.stories.AnalysisStatus;
import org.storydesk.stories.Article;
import org.storydesk.stories.Articles;

/** Every article on the story, with what the page said of it and how far its analysis is. */
@Route("stories")
@PageTitle("Stories")
@Menu(order = 1, icon = "vaadin:newspaper", title = "Stories")
@PermitAll
public class StoriesView extends Div {

    final Grid<Article> grid = new Grid<>();
    final Button add = new Button("Add article", new Icon(VaadinIcon.PLUS));
    final Paragraph summary = new Paragraph();
    final Div empty = new Div();
    final AnalysisBanner banner;

    private final Articles articles;
    private final AnalysisStatus analysis;
    private final CurrentUser user;
    private final StoryDeskProperties properties;
    private Map<org.storydesk.base.ArticleId, AnalysisStatus.Status> states = Map.of();

    StoriesView(Articles articles, ObjectProvider<AnalysisStatus> analysis, CurrentUser user, StoryDeskProperties properties) {
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
        head.setJustifyContentMode(com.vaadin.flow.component.orderedlayout.FlexComponent.JustifyContentMode.BETWEEN);
        head.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.END);

        configureGrid();
        configureEmptyState();
        banner = new AnalysisBanner(this.analysis, this::refreshStates);
        add(head, banner, grid, empty);
        refresh();
    }

    private void configureGrid() {
        grid.addClassName("sd-grid");
        grid.addThemeVariants(GridVariant.NO_ROW_BORDERS, GridVariant.ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(article -> outlet(article)).setHeader("Outlet").setWidth("180px").setFlexGrow(0)
                .setComparator(article -> Objects.toString(article.outlet(), "~"));
        grid.addComponentColumn(StoriesView::headline).setHeader("Headline").setFlexGrow(1)
                .setComparator(Article::title);
        grid.addColumn(article -> article.byline() == null ? "—" : article.byline()).setHeader("Byline")
                .setWidth("160px").setFlexGrow(0).setSortable(true);
        grid.addColumn(article -> Formats.date(article.published())).setHeader("Published")
                .setWidth("120px").setFlexGrow(0)
                .setComparator(article -> article.published() == null ? java.time.LocalDate.MAX : article.published());
        grid.addColumn(Article::words).setHeader("Words").setTextAlign(ColumnTextAlign.END)
                .setWidth("105px").setFlexGrow(0).setSortable(true);
        grid.addComponentColumn(this::status).setHeader("Analysis").setWidth("150px").setFlexGrow(0);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ReaderView.class, ReaderView.parameters(click.getItem().id()))));
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

    void refresh() {
        List<Article> all = articles.all();
        states = analysis.all();
        grid.setItems(all);
        boolean none = all.isEmpty();
        grid.setVisible(!none);
        empty.setVisible(none);
        long outlets = all.stream().map(Article::outlet).filter(Objects::nonNull).distinct().count();
        summary.setText(none ? "Nothing on the story yet."
                : Formats.count(all.size(), "article", "articles") + " from " + Formats.count(outlets, "named outlet", "named outlets")
                + ". Open one to read it as it was published.");
    }

    /** An article's analysis finished: show the new states without reloading the list. */
    private void refreshStates() {
        states = analysis.all();
        grid.getDataProvider().refreshAll();
    }

    private static Component outlet(Article article) {
        Span outlet = new Span(article.outlet() == null ? "Unknown outlet" : article.outlet());
        outlet.addClassName(article.outlet() == null ? "sd-unknown" : "sd-outlet");
        return outlet;
    }

    private static Component headline(Article article) {
        Span headline = new Span(article.title());
        headline.addClassName("sd-headline");
        if (!article.hasHeadline()) {
            headline.addClassName("sd-untitled");
            headline.getElement().setAttribute("title", "The page has no headline: these are the article's first words");
        }
        return headline;
    }

    private Component status(Article article) {
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

    private void openAddDialog() {
        AddArticleDialog dialog = new AddArticleDialog(properties.maxArticleSize().toBytes());
        dialog.addSubmitListener(submit -> {
            switch (articles.add(submit.article())) {
                case AddOutcome.Added added -> {
                    dialog.close();
                    refresh();
                    notify("Added “" + added.article().title() + "”. Its analysis follows in the background.",
                            NotificationVariant.SUCCESS);
                }
                case AddOutcome.AlreadyStored existing -> {
                    dialog.close();
                    refresh();
                    grid.select(existing.article());
                    notify("This text is already on the story as “" + existing.article().title() + "”.", NotificationVariant.INFO);
                }
                case AddOutcome.Rejected rejected -> dialog.refused(rejected.reason());
            }
        });
        dialog.open();
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
