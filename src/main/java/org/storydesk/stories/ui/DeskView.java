package org.storydesk.stories.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.storydesk.articles.ArticleSummary;
import org.storydesk.articles.Articles;
import org.storydesk.base.Outcome;
import org.storydesk.base.StoryId;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.security.CurrentUser;
import org.storydesk.base.ui.EmptyState;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.Live;
import org.storydesk.base.ui.Writes;
import org.storydesk.history.History;
import org.storydesk.history.HistoryEntry;
import org.storydesk.stories.Stories;
import org.storydesk.stories.Story;
import org.storydesk.stories.StoryFigures;
import org.storydesk.stories.StoryState;

/**
 * The desk home: every open story, with how many articles, quotes and people it holds, its latest
 * article and the editors' latest work on it; the archived stories one click away
 * ({@code /desk?state=archived}); an editor starts a new story here, renames one, archives it.
 */
@Route("desk")
@PageTitle("Stories · Story Desk")
@Menu(order = 0, icon = "vaadin:desktop", title = "Stories")
@PermitAll
public class DeskView extends Div implements BeforeEnterObserver {

    final Div cards = new Div();
    final Button newStory = new Button("New story", new Icon(VaadinIcon.PLUS));
    final Anchor otherState = new Anchor();
    final Paragraph summary = new Paragraph();
    final H2 title = new H2("Stories");
    final EmptyState empty = new EmptyState();
    final Paragraph onNoStory = new Paragraph();

    private final Stories stories;
    private final Articles articles;
    private final History history;
    private final boolean editor;
    StoryState state = StoryState.OPEN;

    DeskView(Stories stories, Articles articles, History history, CurrentUser user, StoryChanges changes) {
        this.stories = stories;
        this.articles = articles;
        this.history = history;
        this.editor = user.isEditor();
        addClassNames("sd-page", "sd-desk");
        summary.addClassName("sd-lede");
        Div heading = new Div(title, summary);
        newStory.addThemeVariants(ButtonVariant.PRIMARY);
        newStory.setVisible(editor);
        newStory.addClickListener(click -> openNewStory());
        otherState.addClassName("sd-toolbar-link");
        HorizontalLayout head = new HorizontalLayout(heading, new Div(otherState, newStory));
        head.addClassName("sd-page-head");
        head.setWidthFull();
        head.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        head.setAlignItems(FlexComponent.Alignment.END);
        cards.addClassName("sd-story-cards");
        onNoStory.addClassName("sd-muted");
        add(head, empty, cards, onNoStory);
        // Stories made or changed, articles put on them, merges: the figures change.
        Live.refresh(this, changes, change -> change.kind().equals("stories") || change.kind().equals("articles")
                || change.byTheAnalysis() || change.kind().equals("note"), this::refresh);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("state", List.of());
        state = asked.contains("archived") ? StoryState.ARCHIVED : StoryState.OPEN;
        refresh();
    }

    void refresh() {
        List<StoryFigures> shown = stories.list(state);
        List<StoryId> ids = shown.stream().map(figures -> figures.story().id()).toList();
        Map<StoryId, ArticleSummary> latestArticles = articles.latest(ids);
        Map<StoryId, HistoryEntry> latestWork = history.latest(ids);
        boolean open = state == StoryState.OPEN;
        title.setText(open ? "Stories" : "Archived stories");
        int others = stories.list(open ? StoryState.ARCHIVED : StoryState.OPEN).size();
        otherState.setText(open ? "Archived stories (" + others + ") →" : "← Open stories (" + others + ")");
        otherState.setHref(open ? "desk?state=archived" : "desk");
        otherState.setVisible(!open || others > 0);
        newStory.setVisible(editor && open);
        cards.removeAll();
        for (StoryFigures figures : shown) {
            cards.add(card(figures, latestArticles.get(figures.story().id()), latestWork.get(figures.story().id())));
        }
        cards.setVisible(!shown.isEmpty());
        if (shown.isEmpty()) {
            empty.show(open ? "No open story" : "No archived story", open
                    ? (editor ? "Start one with New story, then add its articles: paste or upload them on its Articles page, "
                    + "or post them to /api/articles?story=<its slug>."
                    : "When editors start a story, it is listed here.")
                    : "A story an editor archives is kept here, to read; it takes no new articles.");
        } else {
            empty.setVisible(false);
        }
        summary.setText(shown.isEmpty() ? "" : Formats.count(shown.size(), open ? "open story" : "archived story",
                open ? "open stories" : "archived stories") + ", oldest first. Open one to work on it.");
        int loose = stories.articlesOnNoStory();
        onNoStory.removeAll();
        onNoStory.setVisible(loose > 0);
        if (loose > 0) {
            onNoStory.add(new Span(Formats.count(loose, "article is", "articles are") + " on no story. "), new Anchor("articles", "Every article →"));
        }
    }

    private Div card(StoryFigures figures, ArticleSummary latest, HistoryEntry work) {
        Story story = figures.story();
        Div card = new Div();
        card.addClassNames("sd-card", "sd-story-card");
        card.getElement().setAttribute("data-story", story.slug());
        Anchor name = new Anchor(story.named().path(""), story.name());
        name.addClassName("sd-story-name");
        H3 heading = new H3(name);
        Paragraph about = new Paragraph(story.description().isBlank() ? "No description yet." : story.description());
        about.addClassName(story.description().isBlank() ? "sd-faint" : "sd-muted");
        Div counts = new Div(count(figures.articles(), "article", "articles", story.named().path("articles")),
                count(figures.quotes(), "quote", "quotes", story.named().path("quotes")),
                count(figures.people(), "person", "people", story.named().path("people")),
                count(figures.events(), "event", "events", story.named().path("timeline")));
        counts.addClassName("sd-story-counts");
        card.add(heading, about, counts);
        Div latestLine = new Div();
        latestLine.addClassName("sd-story-latest");
        if (latest != null) {
            latestLine.add(new Span("Latest article: "), new Anchor(story.named().path("articles/" + latest.id()), latest.title()),
                    new Span(latest.outlet() == null ? "" : " · " + latest.outlet()));
        } else {
            latestLine.add(new Span("No articles yet."));
        }
        Div workLine = new Div();
        workLine.addClassName("sd-story-work");
        workLine.add(new Span(work == null ? "No editor's work yet."
                : "Latest work: " + work.editor() + " — " + work.action() + " “" + shorten(work.label()) + "”, " + Formats.moment(work.at())));
        card.add(latestLine, workLine);
        if (editor) {
            Button rename = new Button("Rename…", click -> openRename(story));
            Button archive = new Button(story.archived() ? "Open again" : "Archive", click -> setState(story,
                    story.archived() ? StoryState.OPEN : StoryState.ARCHIVED));
            rename.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            archive.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            Div tools = new Div(rename, archive);
            tools.addClassName("sd-story-tools");
            card.add(tools);
        }
        return card;
    }

    private static Anchor count(int n, String one, String many, String path) {
        Anchor link = new Anchor(path, Formats.count(n, one, many));
        link.addClassName("sd-story-count");
        return link;
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private void openNewStory() {
        StoryDialog dialog = new StoryDialog("New story", "Start the story", "", "");
        dialog.onSave((name, description) -> {
            switch (stories.create(name, description)) {
                case Outcome.Saved<Story> saved -> {
                    dialog.close();
                    Writes.say("“" + saved.value().name() + "” is on the desk. Add its first articles here.", NotificationVariant.SUCCESS);
                    getUI().ifPresent(ui -> ui.navigate(saved.value().named().path("articles"), QueryParameters.empty()));
                }
                case Outcome.Refused<Story> refused -> dialog.refused(refused.reason());
                default -> dialog.close();
            }
        });
        dialog.open();
    }

    private void openRename(Story story) {
        StoryDialog dialog = new StoryDialog("Rename the story", "Save", story.name(), story.description());
        dialog.onSave((name, description) ->
                Writes.handle(stories.change(story.id(), story.version(), name, description, null), this::refresh, dialog::refused,
                        dialog::close, current -> {
                            Writes.say("Someone else changed this story meanwhile: it now reads “" + current.name() + "”.", NotificationVariant.WARNING);
                            refresh();
                        }));
        dialog.open();
    }

    private void setState(Story story, StoryState to) {
        Writes.handle(stories.change(story.id(), story.version(), null, null, to), () -> {
            Writes.say(to == StoryState.ARCHIVED ? "“" + story.name() + "” is archived: it is kept to read, and takes no new articles."
                    : "“" + story.name() + "” is open again.", NotificationVariant.SUCCESS);
            refresh();
        });
    }
}
