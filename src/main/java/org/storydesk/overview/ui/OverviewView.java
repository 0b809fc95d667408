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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.storydesk.notes.Notes;
import org.storydesk.base.PersonName;
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

/** The story at a glance: its coverage, its most quoted people and its latest events, and the analysis while it runs. */
@Route("")
@PageTitle("Overview")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Overview")
@PermitAll
public class OverviewView extends Div implements BeforeEnterObserver {

    private static final int MOST_QUOTED = 8;
    private static final int LATEST = 6;

    final Div stats = new Div();
    final Div quoted = new Div();
    final Div latest = new Div();

    private final Articles articles;
    private final AnalysisStatus analysis;
    private final People people;
    private final Timeline timeline;
    private final Quotes quotes;
    private final EventDesk desk;
    private StoryFilter filter = StoryFilter.EVERYTHING;

    OverviewView(Articles articles, ObjectProvider<AnalysisStatus> analysis, People people, Timeline timeline, Quotes quotes, Notes notes,
                 CurrentUser user, StoryChanges changes) {
        this.articles = articles;
        this.analysis = analysis.getIfAvailable(() -> AnalysisStatus.NONE);
        this.people = people;
        this.timeline = timeline;
        this.quotes = quotes;
        this.desk = new EventDesk(timeline, notes, user.isEditor(), this::fill);
        addClassName("sd-page");
        Div head = new Div(new H2("The story at a glance"),
                new Paragraph("Every article the newsroom has on the story, read as one: who is in it, who said what, what happened when."));
        head.addClassName("sd-page-head-stack");
        stats.addClassName("sd-stats");
        AnalysisBanner banner = new AnalysisBanner(this.analysis, this::fill);
        quoted.addClassName("sd-section");
        latest.addClassName("sd-section");
        Div columns = new Div(latest, quoted);
        columns.addClassName("sd-columns");
        add(head, banner, stats, columns);
        Live.refresh(this, changes, Live.anything(), this::fill);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = StoryNavigation.filterOf(event.getLocation());
        fill();
    }

    private void fill() {
        stats.removeAll();
        Coverage coverage = articles.coverage(filter);
        AnalysisStatus.Progress progress = analysis.progress();
        String words = Formats.count(coverage.words(), "word", "words");
        stats.add(stat("Articles", Integer.toString(coverage.articles()), filter.isEverything() ? words : words + ", matching the filter"));
        stats.add(stat("Outlets", Integer.toString(coverage.outlets().size()),
                coverage.outlets().isEmpty() ? "None named" : outlets(coverage.outlets())));
        stats.add(stat("Coverage", coverage.first() == null ? "—" : Formats.date(coverage.first()),
                coverage.first() == null ? "No dated articles" : !coverage.first().equals(coverage.last())
                        ? "to " + Formats.date(coverage.last()) : "All published the same day"));
        stats.add(stat("Analysed", progress.done() + " of " + progress.total(), progress.busy() ? "Analysis runs in the background"
                : progress.failed() > 0 ? Formats.count(progress.failed(), "article", "articles") + " failed: see Stories" : "Up to date"));
        int all = quotes.count(QuoteQuery.of(filter));
        int verified = quotes.count(new QuoteQuery(filter, null, null, QuoteStatus.VERIFIED));
        int disputed = quotes.count(new QuoteQuery(filter, null, null, QuoteStatus.DISPUTED));
        stats.add(stat("Verified", verified + " of " + all, disputed == 0 ? "quotes checked by the desk"
                : Formats.count(disputed, "quote", "quotes") + " disputed"));

        quoted.removeAll();
        quoted.add(new H3("Most quoted"));
        List<Person> speakers = people.mostQuoted(filter, MOST_QUOTED);
        Div chips = new Div();
        chips.addClassName("sd-chips");
        for (Person person : speakers) {
            PersonChip chip = new PersonChip(new PersonName(person.slug(), person.name()));
            chip.setText(person.name() + " · " + person.quotes());
            chips.add(chip);
        }
        quoted.add(speakers.isEmpty() ? new Paragraph("No one is quoted yet.") : chips);
        quoted.add(new Paragraph(new Anchor(StoryNavigation.link("quotes", filter), "The quote board →")));

        latest.removeAll();
        latest.add(new H3("Latest events"));
        List<Event> recent = timeline.latest(filter, LATEST);
        if (recent.isEmpty()) {
            latest.add(new Paragraph("No dated events yet."));
        }
        desk.cards(recent, false).forEach(latest::add);
        latest.add(new Paragraph(new Anchor(StoryNavigation.link("timeline", filter), "The whole timeline →")));
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
