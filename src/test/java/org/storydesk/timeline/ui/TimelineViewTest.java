package org.storydesk.timeline.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.Seeds;
import org.storydesk.IntegrationTest;
import org.storydesk.base.PersonName;
import org.storydesk.support.ViewTest;
import org.storydesk.timeline.Event;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline as an editor reads it: in date order, under day and month headings, narrowed by the filter. */
@IntegrationTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class TimelineViewTest extends ViewTest {


    @Test
    void eventsComeInDateOrderUnderTheirDayOrMonth() {
        TimelineView view = open("timeline", TimelineView.class);
        List<Event> events = events(view);

        assertThat(events).hasSizeGreaterThan(10);
        assertThat(events).extracting(Event::from).isSorted();
        assertThat(events.getFirst().startsGroup()).isTrue();
        assertThat(events).filteredOn(Event::startsGroup).extracting(EventCard::heading)
                .doesNotHaveDuplicates()
                .contains("Tuesday 6 January 2026", "Monday 5 January 2026");
        assertThat(view.summary.getText()).startsWith(events.size() + " events");
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void aMonthOnlyEventStandsUnderItsMonth() {
        Event monthOnly = new Event(null, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), "month", null, "", List.of(), List.of(), true, null);

        assertThat(EventCard.heading(monthOnly)).isEqualTo("December 2025");
    }

    @Test
    void anOpenedEventShowsEachSentenceWithItsOutletAndALinkIntoTheReader() {
        TimelineView view = open("timeline", TimelineView.class);
        var list = test(view.events);
        int reported = IntStream.range(0, list.size()).filter(i -> list.getItem(i).outlets() > 1).findFirst().orElseThrow();
        Event event = list.getItem(reported);

        EventCard card = (EventCard) list.getItemComponent(reported);

        assertThat(card.getElement().getTextRecursively()).contains(event.summary()).contains(event.outlets() + " outlets");
        List<Anchor> links = $(Anchor.class, card).all().stream().filter(link -> link.getHref().contains("/articles/")).toList();
        assertThat(links).hasSize(event.sources().size());
        assertThat(links).allSatisfy(link -> assertThat(link.getHref()).matches(Seeds.PATH + "/articles/\\d+\\?at=\\d+-\\d+"));
        assertThat($(Anchor.class, card).all()).extracting(Anchor::getHref).contains(Seeds.PATH + "/history?item=" + event.id().value());
    }

    @Test
    void theFilterNarrowsTheTimelineToThePersonAndTheDays() {
        int everything = events(open("timeline", TimelineView.class)).size();

        TimelineView view = open("timeline?person=mark-carney&from=2026-01-06&to=2026-01-06", TimelineView.class);
        List<Event> events = events(view);

        assertThat(events).isNotEmpty().hasSizeLessThan(everything);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.people()).extracting(PersonName::slug).extracting(Object::toString).contains("mark-carney");
            assertThat(event.from()).isBeforeOrEqualTo(LocalDate.of(2026, 1, 6));
            assertThat(event.to()).isAfterOrEqualTo(LocalDate.of(2026, 1, 6));
        });
        assertThat(view.summary.getText()).contains("involving Mark Carney on 6 Jan 2026");
    }

    @Test
    void aFilterThatMatchesNothingSaysWhatWasAsked() {
        TimelineView view = open("timeline?person=mark-carney&from=2024-03-01&to=2024-03-02", TimelineView.class);

        assertThat(view.events.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.text()).startsWith("No events involving Mark Carney between 1 Mar 2024 and 2 Mar 2024.");
    }

    private List<Event> events(TimelineView view) {
        var list = test(view.events);
        return IntStream.range(0, list.size()).mapToObj(list::getItem).toList();
    }
}
