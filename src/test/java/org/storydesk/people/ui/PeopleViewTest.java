package org.storydesk.people.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.Seeds;
import org.storydesk.IntegrationTest;
import org.storydesk.people.Person;
import org.storydesk.quotes.ui.QuoteCard;
import org.storydesk.support.ViewTest;
import org.storydesk.timeline.ui.EventCard;

import static org.assertj.core.api.Assertions.assertThat;

/** The people panel and a person's page. */
@IntegrationTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class PeopleViewTest extends ViewTest {


    @Test
    void everyoneInTheStoryIsListedWithRolesMentionsQuotesAndArticles() {
        PeopleView view = open("people", PeopleView.class);
        List<Person> people = view.grid.getGenericDataView().getItems().toList();

        assertThat(people).hasSizeGreaterThanOrEqualTo(15);
        assertThat(people).extracting(Person::mentions).isSortedAccordingTo(Comparator.reverseOrder());
        Person carney = people.stream().filter(person -> person.slug().value().equals("mark-carney")).findFirst().orElseThrow();
        var row = test(view.grid);
        int index = people.indexOf(carney);
        assertThat(row.getCellText(index, 1)).contains("Prime Minister");
        assertThat(row.getCellText(index, 3)).isEqualTo(Integer.toString(carney.quotes()));
        assertThat(view.summary.getText()).startsWith(people.size() + " people");
    }

    @Test
    void aMisspelledNameIsFlaggedInTheList() {
        PeopleView view = open("people", PeopleView.class);
        var grid = test(view.grid);
        List<Person> people = view.grid.getGenericDataView().getItems().toList();
        int carignan = people.indexOf(people.stream().filter(p -> p.slug().value().equals("jennie-carrigan")).findFirst().orElseThrow());

        assertThat(grid.getCellComponent(carignan, "name").getElement().getTextRecursively()).contains("spelling varies");
    }

    @Test
    void aPersonsPageShowsTheirNamesQuotesEventsAndCompany() {
        PersonView carignan = open("people/jennie-carrigan", PersonView.class);

        assertThat($(H2.class).single().getText()).isEqualTo("Jennie Carignan");
        assertThat($(Span.class, carignan.variants).all()).filteredOn(span -> span.hasClassName("sd-flagged"))
                .extracting(Span::getText).containsExactly("Gen. Jennie Carrigan — probable misspelling");
        assertThat($(Anchor.class, carignan.withSection).all()).extracting(Anchor::getHref).contains(Seeds.PATH + "/people/mark-carney");

        PersonView carney = open("people/mark-carney", PersonView.class);

        assertThat($(QuoteCard.class, carney.quotesSection).all()).isNotEmpty()
                .allSatisfy(card -> assertThat(card.getElement().getTextRecursively()).contains("Mark Carney"));
        assertThat($(EventCard.class, carney.eventsSection).all()).isNotEmpty();
    }

    @Test
    void aPersonsPageFollowsTheDateFilter() {
        PersonView all = open("people/mark-carney", PersonView.class);
        int events = $(EventCard.class, all.eventsSection).all().size();

        PersonView later = open("people/mark-carney?from=2026-01-06&to=2026-01-06", PersonView.class);

        assertThat($(EventCard.class, later.eventsSection).all()).hasSizeLessThan(events);
        assertThat(later.quotesSection.getElement().getTextRecursively()).contains("Their quotes on 6 Jan 2026");
    }

    @Test
    void anUnknownPersonIsSaidToBeMissingNotAnError() {
        navigate("people/nobody-at-all", PersonView.class);

        assertThat($(H2.class).single().getText()).isEqualTo("No such person in the story");
    }
}
