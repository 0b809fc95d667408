package org.storydesk.articles.ui;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.SubMenu;
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
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.storydesk.articles.AddOutcome;
import org.storydesk.articles.AnalysisState;
import org.storydesk.articles.AnalysisStatus;
import org.storydesk.articles.ArticleBatch;
import org.storydesk.articles.ArticleSummary;
import org.storydesk.articles.Articles;
import org.storydesk.articles.Coverage;
import org.storydesk.base.ArticleId;
import org.storydesk.base.ItemType;
import org.storydesk.base.Links;
import org.storydesk.base.Outcome;
import org.storydesk.base.StoryArticles;
import org.storydesk.base.StoryDeskProperties;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryName;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.security.CurrentUser;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.GridSorting;
import org.storydesk.base.ui.Live;
import org.storydesk.base.ui.StoryMenu;
import org.storydesk.base.ui.StoryNavigation;
import org.storydesk.base.ui.Writes;
import org.storydesk.notes.Note;
import org.storydesk.notes.NoteDraft;
import org.storydesk.notes.NoteOutcome;
import org.storydesk.notes.Notes;
import org.storydesk.notes.ui.NoteEditor;

/**
 * Every article on a story, with what the page said of it, how far its analysis is, the other
 * stories it is on and the desk's notes on the whole article. Editors add articles to the story
 * here, move one to another story, put it on another as well, take it out, or note it. Under
 * {@code /articles}, every article of the desk, those on no story too.
 */
@Route("stories/:story/articles")
@PageTitle("Articles")
@StoryMenu(order = 1, icon = "vaadin:newspaper", title = "Articles")
@PermitAll
public class ArticlesView extends Div implements BeforeEnterObserver {

    private static final int SHOWN_WHOLE = 50;

    final Grid<ArticleSummary> grid = new Grid<>();
    final Button add = new Button("Add article", new Icon(VaadinIcon.PLUS));
    final H2 title = new H2("Articles");
    final Paragraph summary = new Paragraph();
    final Div empty = new Div();
    final AnalysisBanner banner;

    private final Articles articles;
    private final AnalysisStatus analysis;
    private final CurrentUser user;
    private final StoryDeskProperties properties;
    private final StoryDirectory stories;
    private final StoryArticles filing;
    private final Notes notes;
    private final Map<ArticleId, AnalysisStatus.Status> states = new HashMap<>();
    private final Map<ArticleId, List<StoryName>> onStories = new HashMap<>();
    private final Map<String, List<Note>> articleNotes = new HashMap<>();
    private StoryFilter filter = StoryFilter.EVERYTHING;
    /** The story whose articles are listed; null for every article of the desk. */
    volatile @Nullable StoryName story;

    ArticlesView(Articles articles, ObjectProvider<AnalysisStatus> analysis, CurrentUser user, StoryDeskProperties properties,
                 StoryDirectory stories, StoryArticles filing, Notes notes, StoryChanges changes) {
        this.articles = articles;
        this.analysis = analysis.getIfAvailable(() -> AnalysisStatus.NONE);
        this.user = user;
        this.properties = properties;
        this.stories = stories;
        this.filing = filing;
        this.notes = notes;
        addClassName("sd-page");

        summary.addClassName("sd-lede");
        Div heading = new Div(title, summary);
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(click -> openAddDialog());
        HorizontalLayout head = new HorizontalLayout(heading, add);
        head.addClassName("sd-page-head");
        head.setWidthFull();
        head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        head.setAlignItems(FlexComponent.Alignment.END);

        configureGrid();
        banner = new AnalysisBanner(this.analysis, this::refreshStates);
        add(head, banner, grid, empty);
        // Articles put on the story or taken out, and notes on them, whoever did it.
        Live.refresh(this, changes, change -> (story == null || change.in(story.id()))
                && (change.kind().equals("articles") || change.kind().equals("note") && change.item().startsWith("article:")), this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get(StoryNavigation.STORY).isPresent()) {
            Optional<StoryName> named = StoryNavigation.storyOf(event, stories);
            if (named.isEmpty()) {
                return;
            }
            story = named.get();
        } else {
            story = null;
        }
        filter = StoryNavigation.filterOf(event.getLocation());
        StoryName shown = story;
        title.setText(shown == null ? "Every article of the desk" : "Articles");
        add.setVisible(user.isEditor() && shown != null && !shown.archived());
        banner.story(shown == null ? null : shown.id());
        configureEmptyState();
        refresh();
    }

    private void configureGrid() {
        // The headline takes what the fixed columns leave, never less than a readable line's worth on a laptop.
        grid.addClassName("sd-grid");
        grid.addThemeVariants(GridVariant.NO_ROW_BORDERS, GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addComponentColumn(ArticlesView::outlet).setHeader("Outlet").setWidth("120px").setFlexGrow(0)
                .setSortProperty("outlet");
        grid.addComponentColumn(this::headline).setHeader("Headline").setWidth("240px").setFlexGrow(1).setSortProperty("title");
        grid.addColumn(article -> article.byline() == null ? "—" : article.byline()).setHeader("Byline")
                .setWidth("110px").setFlexGrow(0).setSortProperty("byline");
        grid.addColumn(article -> Formats.date(article.published())).setHeader("Published")
                .setWidth("105px").setFlexGrow(0).setSortProperty("published");
        grid.addColumn(ArticleSummary::words).setHeader("Words").setTextAlign(ColumnTextAlign.END)
                .setWidth("76px").setFlexGrow(0).setSortProperty("words");
        grid.addComponentColumn(this::storiesOf).setHeader("Stories").setWidth("120px").setFlexGrow(0);
        grid.addComponentColumn(this::status).setHeader("Analysis").setWidth("105px").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("").setWidth("70px").setFlexGrow(0);
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(readerPath(click.getItem().id()),
                StoryNavigation.query(filter))));
        grid.setAriaLabel("Articles");
    }

    /** The reader of an article: in this story, or, on the desk's list, in the first story it is on. */
    private String readerPath(ArticleId article) {
        StoryName shown = story;
        if (shown != null) {
            return Links.article(shown, article);
        }
        return onStories.getOrDefault(article, List.of()).stream().findFirst().map(on -> Links.article(on, article))
                .orElse(Links.article(article));
    }

    private void configureEmptyState() {
        empty.removeAll();
        empty.addClassNames("sd-empty", "sd-panel");
        StoryName shown = story;
        empty.add(new H3("No articles yet"));
        boolean adds = user.isEditor() && shown != null && !shown.archived();
        empty.add(new Paragraph(shown == null ? "The desk holds no article yet. Open a story and add its first article there."
                : shown.archived() ? "This story is archived: it takes no new articles."
                : adds ? "Add the first article on the story: paste its text or upload a .txt or .html file (or a .zip of many)."
                : "When editors add articles on the story, they appear here."));
        if (adds) {
            Button first = new Button("Add article", click -> openAddDialog());
            first.addThemeVariants(ButtonVariant.PRIMARY);
            empty.add(first);
        }
    }

    /** The list, lazily: only the rows in sight are read, so a story of thousands of articles opens as fast as one of five. */
    void refresh() {
        StoryFilter current = filter;
        StoryName shown = story;
        Coverage coverage = articles.coverage(shown == null ? null : shown.id(), current);
        int count = coverage.articles();
        grid.setItems(query -> {
            List<ArticleSummary> page = articles.page(shown == null ? null : shown.id(), current, GridSorting.of(query.getSortOrders()),
                    query.getOffset(), query.getLimit());
            List<ArticleId> ids = page.stream().map(ArticleSummary::id).toList();
            states.putAll(analysis.of(ids));
            ids.forEach(id -> onStories.put(id, stories.of(id)));
            if (shown != null) {
                articleNotes.putAll(notes.on(shown.id(), ItemType.ARTICLE, ids.stream().map(ArticleId::toString).toList()));
            }
            return page.stream();
        }, query -> count);
        // A short list shows whole; a long one scrolls within the page.
        grid.setAllRowsVisible(count <= SHOWN_WHOLE);
        grid.setClassName("sd-grid-tall", count > SHOWN_WHOLE);
        boolean none = count == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
        String filtered = current.isEverything() ? "" : " matching the filter";
        String where = shown == null ? " on the desk" : " on the story";
        summary.setText(none ? (current.isEverything() ? "Nothing" + where + " yet." : "No articles match the filter: clear or widen it above.")
                : Formats.count(count, "article", "articles") + where + filtered + " from "
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

    /** The headline, and under it the desk's notes on the whole article ("wire copy: do not cite"). */
    private Component headline(ArticleSummary article) {
        Span headline = new Span(article.title());
        headline.addClassName("sd-headline");
        if (article.headline() == null || article.headline().isBlank()) {
            headline.addClassName("sd-untitled");
            headline.getElement().setAttribute("title", "The page has no headline: these are the article's first words");
        }
        List<Note> noted = articleNotes.getOrDefault(article.id().toString(), List.of());
        if (noted.isEmpty()) {
            return headline;
        }
        Div cell = new Div(headline);
        for (Note note : noted) {
            Div line = new Div(new Icon(VaadinIcon.COMMENT_O), new Span(note.author() + ": " + note.body()));
            line.addClassName("sd-article-note");
            cell.add(line);
        }
        return cell;
    }

    /** The other stories the article is on (on the desk's list, every story it is on, or none). */
    private Component storiesOf(ArticleSummary article) {
        StoryName shown = story;
        List<StoryName> on = onStories.getOrDefault(article.id(), List.of()).stream()
                .filter(other -> shown == null || !other.id().equals(shown.id())).toList();
        Div cell = new Div();
        cell.addClassName("sd-story-chips");
        if (on.isEmpty()) {
            Span none = new Span(shown == null ? "on no story" : "—");
            none.addClassName("sd-muted");
            cell.add(none);
        }
        for (StoryName other : on) {
            Span chip = new Span(other.name());
            chip.addClassNames("sd-badge", "sd-story-chip");
            cell.add(chip);
        }
        return cell;
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

    /** An editor's menu for one article: move it, put it on another story too, take it out, note it. */
    private Component actions(ArticleSummary article) {
        if (!user.isEditor()) {
            return new Span();
        }
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.TERTIARY, MenuBarVariant.SMALL);
        SubMenu items = menu.addItem("File").getSubMenu();
        StoryName shown = story;
        if (shown != null) {
            items.addItem("Move to another story…", click -> move(article, shown));
        }
        items.addItem(shown == null ? "Put on a story…" : "Put on another story too…", click -> putOn(article));
        if (shown != null) {
            items.addItem("Take out of this story", click -> takeOut(article, shown));
            items.addItem("Note the whole article…", click -> note(article, shown));
        }
        menu.getElement().setAttribute("data-article", article.id().toString());
        // A click on the menu is the menu's, not the row's: without this the row opens the reader under the open menu.
        menu.addAttachListener(attach -> menu.getElement().executeJs("this.addEventListener('click', event => event.stopPropagation())"));
        return menu;
    }

    private List<StoryName> others(ArticleSummary article) {
        List<StoryName> on = stories.of(article.id());
        return stories.all().stream().filter(choice -> on.stream().noneMatch(o -> o.id().equals(choice.id()))).toList();
    }

    private void move(ArticleSummary article, StoryName from) {
        FilingDialog dialog = new FilingDialog("Move the article to another story", "Move", article.title(), others(article),
                to -> settle(filing.move(article.id(), from, to), "Moved to “" + to.name() + "”. " + from.name()
                        + " is merged again without it; the desk's work stays on what remains.", null));
        open(dialog);
    }

    private void putOn(ArticleSummary article) {
        FilingDialog dialog = new FilingDialog("Put the article on a story", "Put on the story", article.title(), others(article),
                to -> settle(filing.addArticle(to, article.id()), "Now on “" + to.name() + "” too.", null));
        open(dialog);
    }

    private FilingDialog opened;

    private void open(FilingDialog dialog) {
        opened = dialog;
        dialog.open();
    }

    private void takeOut(ArticleSummary article, StoryName from) {
        settle(filing.takeOut(from, article.id()), "Taken out of “" + from.name() + "”. It stays on the desk"
                + (stories.of(article.id()).isEmpty() ? " (on no story now: every article lists it)" : "") + ".", null);
    }

    private void settle(Outcome<StoryName> outcome, String done, @Nullable Runnable after) {
        FilingDialog dialog = opened;
        Writes.handle(outcome, () -> {
            Writes.say(done, NotificationVariant.SUCCESS);
            refresh();
        }, reason -> {
            if (dialog != null && dialog.isOpened()) {
                dialog.refused(reason);
            } else {
                Writes.complain(reason);
            }
        }, () -> {
            if (dialog != null) {
                dialog.close();
            }
        }, current -> refresh());
    }

    private void note(ArticleSummary article, StoryName in) {
        NoteEditor dialog = new NoteEditor("The whole article “" + article.title() + "”", "", List.of());
        dialog.onSave((text, tags) -> {
            switch (notes.add(in, NoteDraft.on(ItemType.ARTICLE, article.id().toString(), text, tags))) {
                case NoteOutcome.Refused refused -> dialog.refused(refused.reason());
                default -> {
                    dialog.close();
                    articleNotes.clear();
                    grid.getDataProvider().refreshAll();
                }
            }
        });
        dialog.open();
    }

    /** The largest .zip of articles an editor may upload (as large as an upload may be). */
    private static final long MOST_ZIP_BYTES = 16L * 1024 * 1024;

    private void openAddDialog() {
        StoryName to = story;
        if (to == null) {
            return;
        }
        AddArticleDialog dialog = new AddArticleDialog(properties.maxArticleSize().toBytes(), MOST_ZIP_BYTES);
        dialog.addBatchListener(batch -> addBatch(dialog, batch.name(), batch.zip(), to));
        dialog.addSubmitListener(submit -> {
            switch (articles.add(submit.article(), to)) {
                case AddOutcome.Added added -> {
                    dialog.close();
                    refresh();
                    Writes.say("Added “" + added.article().title() + "”. Its analysis follows in the background.",
                            NotificationVariant.SUCCESS);
                }
                case AddOutcome.AlreadyStored existing -> {
                    dialog.close();
                    refresh();
                    Writes.say("The desk has this text already, as “" + existing.article().title() + "”: it is on this story now.",
                            NotificationVariant.INFO);
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
    private void addBatch(AddArticleDialog dialog, String name, byte[] zip, StoryName to) {
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
                List<ArticleBatch.Result> results = articles.addAll(items, to, done -> ui.access(() -> dialog.progress(done, items.size())));
                ui.access(() -> {
                    dialog.close();
                    refresh();
                    banner.refresh();
                    new BatchReportDialog(name, results).open();
                });
            } catch (RuntimeException e) {
                ui.access(() -> dialog.refused("The articles could not all be added: " + e.getMessage()
                        + ". Those listed here were added; add the .zip again to add the rest (added ones are not added twice)."));
            }
        });
        Thread.ofVirtual().name("batch-" + name).start(work);
    }
}
