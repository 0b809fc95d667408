package org.storydesk.articles.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.storydesk.notes.Note;
import org.storydesk.notes.NoteDraft;
import org.storydesk.notes.NoteOutcome;
import org.storydesk.notes.Notes;
import org.storydesk.notes.ui.NoteEditor;
import org.storydesk.notes.ui.NotesPanel;
import org.storydesk.base.ArticleId;
import org.storydesk.base.ItemType;
import org.storydesk.base.Links;
import org.storydesk.base.PersonName;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryName;
import org.storydesk.base.ui.EarlierLinks;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.security.CurrentUser;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.Live;
import org.storydesk.base.ui.StoryNavigation;
import org.storydesk.people.People;
import org.storydesk.people.PersonPlace;
import org.storydesk.quotes.Quote;
import org.storydesk.quotes.Quotes;
import org.storydesk.articles.Article;
import org.storydesk.articles.Articles;

/**
 * One article, read as it was written, with its quotes tinted by speaker and its people marked;
 * clicking either says what it is. A link from a source opens the reader on that passage, marked.
 * The page as it was copied is one click away. In a story, its quotes and people are the story's,
 * and so are the notes on it (on its passages, and on the whole article); read outside any story
 * ({@code /articles/12}, for one on no story), it is the text alone, with the stories it is on.
 */
@Route("stories/:story/articles/:article(\\d+)")
@RouteAlias("articles/:article(\\d+)")
@PermitAll
public class ReaderView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Tabs tabs = new Tabs();
    final Tab cleanTab = new Tab("Article");
    final Tab rawTab = new Tab("Raw text");
    final Div body = new Div();
    final Pre raw = new Pre();
    final H2 headline = new H2();
    final Div aside = new Div();

    final Div explain = new Div();
    final Div selection = new Div();
    final Div notesBox = new Div();
    final Div onStories = new Div();
    final Button noteSelection = new Button("Note these words", new Icon(VaadinIcon.COMMENT_O));

    private final Articles articles;
    private final Quotes quotes;
    private final People people;
    private final Notes notes;
    private final StoryDirectory stories;
    private final boolean editor;
    /** The story the article is read in; null outside any story. */
    private volatile StoryName story;
    private String title = "Reader";
    private volatile Article current;
    private int[] target = {-1, -1};
    private int selectedStart = -1;
    private int selectedEnd = -1;
    private final Map<String, Integer> hues = new LinkedHashMap<>();

    ReaderView(Articles articles, Quotes quotes, People people, Notes notes, CurrentUser user, StoryChanges changes,
               StoryDirectory stories) {
        this.articles = articles;
        this.stories = stories;
        this.quotes = quotes;
        this.people = people;
        this.notes = notes;
        this.editor = user.isEditor();
        addClassName("sd-page");
        aside.addClassName("sd-aside");
        explain.addClassName("sd-aside-part");
        selection.addClassNames("sd-aside-part", "sd-selection");
        notesBox.addClassName("sd-aside-part");
        onStories.addClassNames("sd-aside-part", "sd-on-stories");
        aside.add(selection, onStories, explain, notesBox);
        noteSelection.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        noteSelection.addClickListener(click -> noteSelected());
        selection.setVisible(false);
        body.addClassName("sd-body");
        raw.addClassName("sd-raw");
        // Listened to once: the reader is shown again for each article and each live update.
        tabs.addSelectedChangeListener(change -> {
            boolean showRaw = change.getSelectedTab() == rawTab;
            raw.setVisible(showRaw);
            body.setVisible(!showRaw);
        });
        // The browser says which words are selected, as offsets into the article's text (each run of text knows where it starts).
        body.getElement().addEventListener("sd-select", event -> selected(event.getEventData().get("event.detail.start").asInt(),
                        event.getEventData().get("event.detail.end").asInt()))
                .addEventData("event.detail.start").addEventData("event.detail.end");
        body.addAttachListener(attach -> body.getElement().executeJs(SELECTION_SCRIPT));
        // An editor's change always; a merge's only where it took in this article.
        Live.refresh(this, changes, change -> current != null && change.in(story == null ? null : story.id())
                && (!change.byTheAnalysis() || change.anything()
                || change.ids("article").contains(Long.toString(current.id().value()))), () -> {
            if (current != null) {
                show(current, target);
            }
        });
    }

    /** Reports the selected words of the article as offsets into its text, on mouse-up and on keyboard selection. */
    private static final String SELECTION_SCRIPT = """
            const root = this;
            if (root.__sdSelection) { return; }
            root.__sdSelection = true;
            const offset = (node, at) => {
              const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
              const run = element && element.closest ? element.closest('[data-start]') : null;
              if (!run || !root.contains(run)) { return -1; }
              if (node.nodeType !== Node.TEXT_NODE) { return Number(run.dataset.start) + (at > 0 ? run.textContent.length : 0); }
              return Number(run.dataset.start) + at;
            };
            const report = () => {
              const s = window.getSelection();
              let start = -1, end = -1;
              if (s && s.rangeCount && !s.isCollapsed) {
                const r = s.getRangeAt(0);
                if (root.contains(r.commonAncestorContainer)) {
                  start = offset(r.startContainer, r.startOffset);
                  end = offset(r.endContainer, r.endOffset);
                }
              }
              root.dispatchEvent(new CustomEvent('sd-select', {detail: {start: start, end: end}}));
            };
            root.addEventListener('mouseup', () => setTimeout(report, 0));
            root.addEventListener('keyup', event => { if (event.shiftKey) { report(); } });
            """;

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
        Optional<Article> article = event.getRouteParameters().get("article").flatMap(ReaderView::articleId).flatMap(articles::find);
        if (article.isPresent() && story != null && !stories.holds(story.id(), article.get().id())) {
            // A link into a story the article was taken out of: it is read where it is now.
            event.forwardTo(EarlierLinks.readerOf(stories, article.get().id()), event.getLocation().getQueryParameters());
            return;
        }
        removeAll();
        Anchor back = story == null ? new Anchor("articles", "← Every article")
                : new Anchor(StoryNavigation.link(story, "articles", StoryNavigation.filterOf(event.getLocation())), "← The story's articles");
        back.addClassName("sd-back");
        if (article.isEmpty()) {
            Div missing = new Div(new H2("This article does not exist"),
                    new Paragraph("It may have been a link to an article of another database. Go back to the list of articles."));
            missing.addClassNames("sd-empty", "sd-panel");
            add(back, missing);
            title = "Article not found";
            return;
        }
        target = target(event.getLocation().getQueryParameters().getParameters().getOrDefault("at", List.of()));
        show(article.get(), target);
        Div columns = new Div(readerOf(article.get()), aside);
        columns.addClassName("sd-reader-columns");
        add(back, columns);
    }

    /** An article's id as the URL gives it; one too large to be an id names no article. */
    private static Optional<ArticleId> articleId(String digits) {
        try {
            return Optional.of(ArticleId.of(Long.parseLong(digits)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "at=120-180": the passage a source link points at. */
    private static int[] target(List<String> at) {
        if (at.isEmpty()) {
            return new int[] {-1, -1};
        }
        String[] parts = at.getFirst().split("-");
        try {
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (RuntimeException e) {
            return new int[] {-1, -1};
        }
    }

    private void show(Article article, int[] target) {
        current = article;
        selected(-1, -1);
        title = article.title();
        headline.setText(article.title());
        headline.setClassName("sd-untitled", !article.hasHeadline());
        StoryName in = story;
        List<Quote> carried = in == null ? List.of() : quotes.inArticle(in.id(), article.id());
        List<PersonPlace> places = in == null ? List.of() : people.placesIn(in.id(), article.id());
        List<Note> passageNotes = in == null ? List.of() : notes.inArticle(in, Long.toString(article.id().value()));
        List<Marks.Noted> noted = passageNotes.stream().filter(note -> note.anchor().start() >= 0)
                .map(note -> new Marks.Noted(note.anchor().start(), note.anchor().end())).toList();
        body.removeAll();
        Span first = null;
        for (List<Marks.Run> paragraph : Marks.of(article.body(), carried, places, noted, article.id().value(), target[0], target[1])) {
            Paragraph p = new Paragraph();
            for (Marks.Run run : paragraph) {
                Span span = span(run);
                if (run.target() && first == null) {
                    first = span;
                }
                p.add(span);
            }
            body.add(p);
        }
        if (first != null) {
            Span scrollTo = first;
            scrollTo.getElement().executeJs("setTimeout(() => $0.scrollIntoView({block: 'center'}), 200)");
        }
        raw.setText(article.raw());
        legend(carried);
        storiesOf(article);
        notesBox.removeAll();
        if (in == null) {
            notesBox.setVisible(false);
            return;
        }
        notesBox.setVisible(true);
        String id = Long.toString(article.id().value());
        NotesPanel whole = new NotesPanel(notes, editor && !in.archived(), in, ItemType.ARTICLE, id, "The whole article “" + article.title() + "”",
                notes.on(in, ItemType.ARTICLE, id));
        whole.addClassName("sd-article-notes");
        H3 notesTitle = new H3("Notes on its words");
        NotesPanel panel = new NotesPanel(notes, editor, in, ItemType.PASSAGE, id, article.title(), passageNotes);
        Paragraph hint = new Paragraph(passageNotes.isEmpty() ? (editor ? "Select words of the article to note them." : "No notes yet.")
                : editor ? "Select words of the article to note them." : "");
        hint.addClassName("sd-muted");
        notesBox.add(new H3("Notes on the article"), whole, notesTitle, panel, hint);
    }

    /** The stories the article is on: this one, and where else it is read. */
    private void storiesOf(Article article) {
        onStories.removeAll();
        List<StoryName> on = stories.of(article.id());
        StoryName in = story;
        List<StoryName> others = on.stream().filter(other -> in == null || !other.id().equals(in.id())).toList();
        if (others.isEmpty() && in != null) {
            onStories.setVisible(false);
            return;
        }
        onStories.setVisible(true);
        onStories.add(new H3(in == null ? (on.isEmpty() ? "On no story" : "On the stories") : "Also on"));
        if (on.isEmpty()) {
            Paragraph none = new Paragraph("Taken out of every story, it is kept here; an editor can put it on a story from Every article.");
            none.addClassName("sd-muted");
            onStories.add(none);
        }
        Div chips = new Div();
        chips.addClassName("sd-chips");
        others.forEach(other -> {
            Anchor chip = new Anchor(Links.article(other, article.id()), other.name());
            chip.addClassName("sd-chip");
            chips.add(chip);
        });
        onStories.add(chips);
    }

    /** The editor selected words of the article (or none any more). */
    void selected(int start, int end) {
        boolean words = current != null && start >= 0 && end > start && end <= current.body().length()
                && !current.body().substring(start, end).isBlank();
        selectedStart = words ? start : -1;
        selectedEnd = words ? end : -1;
        selection.removeAll();
        boolean noting = words && editor && story != null;
        selection.setVisible(noting);
        if (noting) {
            String text = current.body().substring(start, end).strip();
            Div quoted = new Div("“" + (text.length() > 160 ? text.substring(0, 159) + "…" : text) + "”");
            quoted.addClassName("sd-note-passage");
            selection.add(new H3("Selected"), quoted, noteSelection);
        }
    }

    private void noteSelected() {
        if (selectedStart < 0 || current == null) {
            return;
        }
        int start = selectedStart;
        int end = selectedEnd;
        Article article = current;
        StoryName in = story;
        if (in == null) {
            return;
        }
        NoteEditor dialog = new NoteEditor("“" + article.body().substring(start, end).strip() + "”", "", List.of());
        dialog.onSave((text, tags) -> {
            switch (notes.add(in, NoteDraft.onPassage(Long.toString(article.id().value()), start, end, text, tags))) {
                case NoteOutcome.Refused refused -> dialog.refused(refused.reason());
                default -> {
                    dialog.close();
                    show(article, target);
                }
            }
        });
        dialog.open();
    }

    private Span span(Marks.Run run) {
        Span span = new Span(run.text());
        span.getElement().setAttribute("data-start", Integer.toString(run.start()));
        if (run.noted()) {
            span.addClassName("sd-mark-note");
        }
        if (run.quote() != null) {
            span.addClassName("sd-mark-quote");
            span.getElement().setAttribute("data-quote", run.quote().id().value());
            if (run.quote().speaker() != null) {
                span.getElement().setAttribute("data-speaker-hue", "");
                span.getStyle().set("--sd-hue", Integer.toString(hue(run.quote().speaker().slug().value())));
            }
            span.getElement().setAttribute("title", speakerOf(run.quote()));
            span.addClickListener(click -> explainQuote(run.quote()));
        }
        if (run.person() != null) {
            span.addClassName("sd-mark-person");
            span.getElement().setAttribute("data-person", run.person().slug().value());
            if (run.quote() == null) {
                span.addClickListener(click -> explainPerson(run.person()));
            }
        }
        if (run.target()) {
            span.addClassName("sd-mark-target");
        }
        return span;
    }

    private int hue(String slug) {
        return hues.computeIfAbsent(slug, key -> (hues.size() * 67 + 200) % 360);
    }

    private static String speakerOf(Quote quote) {
        if (quote.speaker() != null) {
            return quote.speaker().name();
        }
        return quote.speakerLabel() == null ? "Speaker not identified" : quote.speakerLabel();
    }

    /** Before anything is clicked: how to read the marks, and who speaks in this article. */
    private void legend(List<Quote> carried) {
        explain.removeAll();
        explain.add(new H3("In this article"));
        explain.add(new Paragraph(story == null ? "Read outside any story: its quotes and people are marked in the stories it is on."
                : carried.isEmpty() ? "No quotes found in this article (or its analysis has not finished)."
                : Formats.count(carried.size(), "quote", "quotes") + ", tinted by speaker; names of people are underlined. "
                + "Click one to see what it is."));
        Div speakers = new Div();
        speakers.addClassName("sd-chips");
        carried.stream().map(Quote::speaker).filter(Objects::nonNull).map(PersonName::slug).distinct().forEach(slug -> {
            Quote any = carried.stream().filter(q -> q.speaker() != null && q.speaker().slug().equals(slug)).findFirst().orElseThrow();
            Span chip = new Span(any.speaker().name());
            chip.addClassNames("sd-chip", "sd-mark-quote");
            chip.getElement().setAttribute("data-speaker-hue", "");
            chip.getStyle().set("--sd-hue", Integer.toString(hue(slug.value())));
            speakers.add(chip);
        });
        explain.add(speakers);
    }

    void explainQuote(Quote quote) {
        explain.removeAll();
        explain.add(new H3("Quote"));
        Div text = new Div(quote.words());
        text.addClassName("sd-quote-text");
        explain.add(text);
        Paragraph who = new Paragraph(speakerOf(quote) + " · " + quote.kind() + " · " + quote.status());
        who.addClassName("sd-muted");
        explain.add(who);
        long outlets = quote.outlets();
        explain.add(new Paragraph(outlets == 1 ? "Only this outlet carries it." : "Carried by " + outlets + " outlets."));
        if (quote.rule() != null) {
            Paragraph rule = new Paragraph("Speaker found by: " + quote.rule());
            rule.addClassName("sd-faint");
            explain.add(rule);
        }
        StoryFilter bySpeaker = quote.speaker() == null ? StoryFilter.EVERYTHING
                : StoryFilter.EVERYTHING.withPeople(Set.of(quote.speaker().slug()));
        if (quote.verdict().note() != null) {
            Paragraph why = new Paragraph(quote.status() + ": " + quote.verdict().note() + " — " + quote.verdict().author());
            why.addClassName("sd-verdict");
            explain.add(why);
        }
        if (quote.correction() != null) {
            Paragraph machine = new Paragraph("Speaker corrected by " + quote.correction().author() + "; the analysis said "
                    + quote.correction().machine() + ".");
            machine.addClassName("sd-machine");
            explain.add(machine);
        }
        explain.add(new Anchor(StoryNavigation.link(story, "quotes", bySpeaker),
                quote.speaker() == null ? "See the quote board →" : "All quotes of " + quote.speaker().name() + " →"));
    }

    void explainPerson(PersonPlace place) {
        explain.removeAll();
        explain.add(new H3("Person"));
        people.find(story.id(), place.slug()).ifPresentOrElse(person -> {
            H3 name = new H3(person.name());
            name.addClassName("sd-speaker");
            explain.add(name);
            explain.add(new Paragraph(person.roles().isEmpty() ? "No role stated" : String.join(" · ", person.roles())));
            explain.add(new Paragraph(Formats.count(person.quotes(), "quote", "quotes") + " in the story, in "
                    + Formats.count(person.articles(), "article", "articles") + "."));
            explain.add(new Anchor(Links.person(story, person.slug()), "Their page →"));
        }, () -> explain.add(new Paragraph(place.name())));
    }

    private Div readerOf(Article article) {
        Div kicker = new Div();
        kicker.addClassName("sd-kicker");
        Span outlet = new Span(article.outlet() == null ? "Unknown outlet" : article.outlet());
        outlet.addClassName(article.outlet() == null ? "sd-unknown" : "sd-outlet");
        kicker.add(outlet, new Span(article.byline() == null ? "No byline" : "By " + article.byline()),
                new Span(Formats.date(article.published())));

        Div facts = new Div(new Span(Formats.count(article.words(), "word", "words")),
                new Span("Source: " + article.source() + (article.version() > 1 ? " (version " + article.version() + ")" : "")),
                new Span(article.mediaType().equals("text/html") ? "From an HTML page" : "From plain text"));
        facts.addClassName("sd-facts");

        tabs.removeAll();
        tabs.add(cleanTab, rawTab);
        tabs.setSelectedTab(cleanTab);
        raw.setVisible(false);
        body.setVisible(true);
        Div paper = new Div(kicker, headline, facts, tabs, body, raw);
        paper.addClassName("sd-article");
        return paper;
    }

    @Override
    public String getPageTitle() {
        return title + " · Story Desk";
    }
}
