package org.storydesk.timeline.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.storydesk.notes.Notes;
import java.util.Optional;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryName;
import org.storydesk.base.ui.StoryMenu;
import org.storydesk.base.StoryPeople;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.security.CurrentUser;
import org.storydesk.base.ui.EmptyState;
import org.storydesk.base.ui.FilterDescriptions;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.Live;
import org.storydesk.base.ui.StoryNavigation;
import org.storydesk.timeline.Event;
import org.storydesk.timeline.Timeline;

/** What happened when: the story's events under their day, week or month, filtered with the rest of the desk. */
@Route("stories/:story/timeline")
@PageTitle("Timeline")
@StoryMenu(order = 2, icon = "vaadin:calendar-clock", title = "Timeline")
@PermitAll
public class TimelineView extends Div implements BeforeEnterObserver {

    final VirtualList<Event> events = new VirtualList<>();
    final Paragraph summary = new Paragraph();
    final EmptyState empty = new EmptyState();

    final EventDesk desk;

    private final Timeline timeline;
    private final StoryPeople people;
    private final StoryDirectory stories;
    volatile StoryName story;
    StoryFilter filter = StoryFilter.EVERYTHING;
    /** The filter shown now, for deciding on the listening thread whether a merge concerns the view. */
    private volatile StoryFilter asked = StoryFilter.EVERYTHING;
    int count;

    TimelineView(Timeline timeline, Notes notes, StoryPeople people, CurrentUser user, StoryChanges changes, StoryDirectory stories) {
        this.timeline = timeline;
        this.people = people;
        this.stories = stories;
        this.desk = new EventDesk(timeline, notes, user.isEditor(), this::reload);
        addClassName("sd-page");
        summary.addClassName("sd-lede");
        Div head = new Div(new H2("Timeline"), summary);
        head.addClassName("sd-page-head-stack");
        events.addClassName("sd-list");
        events.setRenderer(new ComponentRenderer<EventCard, Event>(event -> desk.card(event, true)));
        add(head, empty, events);
        // An editor's change always; a merge's where it changed an event the filter asks for.
        Live.refresh(this, changes, change -> story != null && change.in(story.id()) && (!change.byTheAnalysis() || change.anything()
                || timeline.anyAmong(story.id(), asked, change.ids("event"))), this::reload);
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

    void refresh() {
        StoryFilter current = filter;
        asked = current;
        StoryId in = story.id();
        count = timeline.count(in, current);
        events.setDataProvider(DataProvider.<Event>fromCallbacks(
                query -> desk.read(timeline.list(in, current, query.getOffset(), query.getLimit())).stream(),
                query -> count));
        boolean none = count == 0;
        events.setVisible(!none);
        if (none) {
            empty.show(FilterDescriptions.nothing("events", "involving", in, current, people),
                    current.isEverything() ? "Events appear here as the articles are analysed." : "Clear or widen the filter above to see more.");
        } else {
            empty.setVisible(false);
        }
        summary.setText(Formats.count(count, "event", "events")
                + (current.hasPeople() ? " involving " + FilterDescriptions.names(in, current, people) : "")
                + FilterDescriptions.dates(current) + ", day by day. Open one to read the sentences that report it.");
    }

    /** After a write here or another editor's: the same timeline, read again, scrolled where it was. */
    void reload() {
        desk.forget();
        if (timeline.count(story.id(), filter) != count) {
            refresh();
        } else {
            events.getDataProvider().refreshAll();
        }
    }
}
