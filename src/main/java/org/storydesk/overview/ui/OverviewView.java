package org.storydesk.overview.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.storydesk.notes.Notes;
import java.util.Optional;
import org.storydesk.base.ArticleId;
import org.storydesk.base.ItemType;
import org.storydesk.base.PersonName;
import org.storydesk.base.StoryName;
import org.storydesk.base.ui.EarlierLinks;
import org.storydesk.base.ui.StoryMenu;
import org.storydesk.notes.Note;
import org.storydesk.notes.ui.NotesPanel;
import org.storydesk.stories.Stories;
import org.storydesk.stories.Story;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.security.CurrentUser;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.Live;
import org.storydesk.base.ui.PersonChip;
import org.storydesk.base.ui.StoryNavigation;
import org.storydesk.people.People;
import org.storydesk.people.Person;
import org.storydesk.quotes.QuoteQuery;
import org.storydesk.quotes.QuoteStatus;
import org.storydesk.quotes.Quotes;
import org.storydesk.articles.AnalysisStatus;
import org.storydesk.articles.Articles;
import org.storydesk.articles.Coverage;
import org.storydesk.articles.ui.AnalysisBanner;
import org.storydesk.timeline.Event;
import org.storydesk.timeline.Timeline;
import org.storydesk.timeline.ui.EventDesk;

/**
 * A story at a glance: its description and the notes on the whole story, its coverage, its most
 * quoted people and its latest events, and the analysis while it runs. An article's link from
 * before stories ({@code /stories/12}) leads on to its reader.
 */
@Route("stories/:story")
@StoryMenu(order = 0, icon = "vaadin:dashboard", title = "Overview")
@PermitAll
public class OverviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MOST_QUOTED = 8;
    private static final int LATEST = 6;

    final Div stats = new Div();
    final Div quoted = new Div();
    final Div latest = new Div();
    final H2 title = new H2();
    final Paragraph description = new Paragraph();
    final Div storyNotes = new Div();

    private final Articles articles;
    private final AnalysisStatus analysis;
    private final People people;
    private final Timeline timeline;
    private final Quotes quotes;
    private final EventDesk desk;
    private final Notes notes;
    private final Stories stories;
    private final boolean editor;
    private final AnalysisBanner banner;
    private StoryFilter filter = StoryFilter.EVERYTHING;
    StoryName story;

    OverviewView(Articles articles, ObjectProvider<AnalysisStatus> analysis, People people, Timeline timeline, Quotes quotes, Notes notes,
                 CurrentUser user, StoryChanges changes, Stories stories) {
        this.articles = articles;
        this.notes = notes;
        this.stories = stories;
        this.editor = user.isEditor();
        this.analysis = analysis.getIfAvailable(() -> AnalysisStatus.NONE);
        this.people = people;
        this.timeline = timeline;
        this.quotes = quotes;
        this.desk = new EventDesk(timeline, notes, user.isEditor(), this::fill);
        addClassName("sd-page");
        description.addClassName("sd-lede");
        Div head = new Div(title, description);
        head.addClassName("sd-page-head-stack");
        stats.addClassName("sd-stats");
        storyNotes.addClassNames("sd-section", "sd-story-notes");
        banner = new AnalysisBanner(this.analysis, this::fill);
        quoted.addClassName("sd-section");
        latest.addClassName("sd-section");
        Div columns = new Div(latest, quoted);
        columns.addClassName("sd-columns");
        add(head, banner, storyNotes, stats, columns);
        Live.refresh(this, changes, change -> story != null && change.in(story.id()), this::fill);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(StoryNavigation.STORY).orElse("");
        if (slug.matches("\\d+")) {
            // An article's link from before the desk had stories: its reader, in the first story it is on.
            String reader = slug.length() <= 18 ? EarlierLinks.readerOf(stories, ArticleId.of(Long.parseLong(slug))) : "articles/" + slug;
            event.forwardTo(reader, event.getLocation().getQueryParameters());
            return;
        }
        Optional<StoryName> named = StoryNavigation.storyOf(event, stories);
        if (named.isEmpty()) {
            return;
        }
        story = named.get();
        desk.story(story);
        banner.story(story.id());
        filter = StoryNavigation.filterOf(event.getLocation());
        fill();
    }

    @Override
    public String getPageTitle() {
        return story == null ? "Overview" : story.name() + " · Overview";
    }

    private void fill() {
        Story about = stories.find(story.id()).orElse(null);
        title.setText(story.name() + (story.archived() ? " (archived)" : ""));
        description.setText(about == null || about.description().isBlank()
                ? "Every article the newsroom has on the story, read as one: who is in it, who said what, what happened when."
                : about.description());
        storyNotes.removeAll();
        List<Note> onStory = notes.on(story, ItemType.STORY, story.slug());
        if (!onStory.isEmpty() || editor) {
            storyNotes.add(new H3("Notes on the story"), new NotesPanel(notes, editor, story, ItemType.STORY, story.slug(),
                    "The story “" + story.name() + "”", onStory));
        }
        stats.removeAll();
        Coverage coverage = articles.coverage(story.id(), filter);
        AnalysisStatus.Progress progress = analysis.progress(story.id());
        String words = Formats.count(coverage.words(), "word", "words");
        stats.add(stat("Articles", Integer.toString(coverage.articles()), filter.isEverything() ? words : words + ", matching the filter"));
        stats.add(stat("Outlets", Integer.toString(coverage.outlets().size()),
                coverage.outlets().isEmpty() ? "None named" : outlets(coverage.outlets())));
        stats.add(stat("Coverage", coverage.first() == null ? "—" : Formats.date(coverage.first()),
                coverage.first() == null ? "No dated articles" : !coverage.first().equals(coverage.last())
                        ? "to " + Formats.date(coverage.last()) : "All published the same day"));
        stats.add(stat("Analysed", progress.done() + " of " + progress.total(), progress.busy() ? "Analysis runs in the background"
                : progress.failed() > 0 ? Formats.count(progress.failed(), "article", "articles") + " failed: see Articles" : "Up to date"));
        int all = quotes.count(QuoteQuery.of(story.id(), filter));
        int verified = quotes.count(new QuoteQuery(story.id(), filter, null, null, QuoteStatus.VERIFIED));
        int disputed = quotes.count(new QuoteQuery(story.id(), filter, null, null, QuoteStatus.DISPUTED));
        stats.add(stat("Verified", verified + " of " + all, disputed == 0 ? "quotes checked by the desk"
                : Formats.count(disputed, "quote", "quotes") + " disputed"));

        quoted.removeAll();
        quoted.add(new H3("Most quoted"));
        List<Person> speakers = people.mostQuoted(story.id(), filter, MOST_QUOTED);
        Div chips = new Div();
        chips.addClassName("sd-chips");
        for (Person person : speakers) {
            PersonChip chip = new PersonChip(new PersonName(person.slug(), person.name()));
            chip.setText(person.name() + " · " + person.quotes());
            chips.add(chip);
        }
        quoted.add(speakers.isEmpty() ? new Paragraph("No one is quoted yet.") : chips);
        quoted.add(new Paragraph(new Anchor(StoryNavigation.link(story, "quotes", filter), "The quote board →")));

        latest.removeAll();
        latest.add(new H3("Latest events"));
        List<Event> recent = timeline.latest(story.id(), filter, LATEST);
        if (recent.isEmpty()) {
            latest.add(new Paragraph("No dated events yet."));
        }
        desk.cards(recent, false).forEach(latest::add);
        latest.add(new Paragraph(new Anchor(StoryNavigation.link(story, "timeline", filter), "The whole timeline →")));
    }

    /** "Daily Ledger, Harbour Post and 38 more". */
    private static String outlets(List<String> outlets) {
        if (outlets.size() <= 4) {
            return String.join(", ", outlets);
        }
        return String.join(", ", outlets.subList(0, 3)) + " and " + (outlets.size() - 3) + " more";
    }

    private static Component stat(String label, String value, String note) {
        Div labelText = new Div(label);
        labelText.addClassName("sd-stat-label");
        Div valueText = new Div(value);
        valueText.addClassName("sd-stat-value");
        Div noteText = new Div(note);
        noteText.addClassName("sd-stat-note");
        Div stat = new Div(labelText, valueText, noteText);
        stat.addClassName("sd-stat");
        return stat;
    }

}
