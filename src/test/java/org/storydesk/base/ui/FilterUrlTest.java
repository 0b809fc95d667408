package org.storydesk.base.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.Seeds;
import org.storydesk.IntegrationTest;
import org.storydesk.base.StoryPeople;
import org.storydesk.overview.ui.OverviewView;
import org.storydesk.quotes.ui.QuotesView;
import org.storydesk.support.ViewTest;
import org.storydesk.timeline.ui.TimelineView;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter in the header and the URL say the same thing, whichever of them changes. */
@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class FilterUrlTest extends ViewTest {


    @Test
    void aDeepLinkFillsTheFilterInTheHeader() {
        open("quotes?person=mark-carney&from=2026-01-05&to=2026-01-06", QuotesView.class);
        FilterBar bar = $(FilterBar.class).single();

        assertThat(bar.people.getValue()).extracting(option -> option.slug().value()).containsExactly("mark-carney");
        assertThat(bar.from.getValue()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(bar.to.getValue()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(bar.clear.isVisible()).isTrue();
    }

    @Test
    void pickingAPersonAndDatesPutsThemInTheUrlAndClearingTakesThemOut() {
        open("quotes", QuotesView.class);
        FilterBar bar = $(FilterBar.class).single();
        assertThat(bar.clear.isVisible()).isFalse();

        test(bar.people).selectItem("Mark Carney");
        assertThat(location()).isEqualTo(Seeds.PATH + "/quotes?person=mark-carney");

        test(bar.from).setValue(LocalDate.of(2026, 1, 5));
        test(bar.to).setValue(LocalDate.of(2026, 1, 6));
        assertThat(location()).isEqualTo(Seeds.PATH + "/quotes?person=mark-carney&from=2026-01-05&to=2026-01-06");
        assertThat(getCurrentView()).isInstanceOf(QuotesView.class);

        test(bar.clear).click();
        assertThat(location()).isEqualTo(Seeds.PATH + "/quotes");
        assertThat(bar.people.getValue()).isEmpty();
        assertThat(bar.from.getValue()).isNull();
        assertThat(bar.clear.isVisible()).isFalse();
    }

    @Test
    void theOptionsSayHowOftenEachPersonIsQuotedMostQuotedFirst() {
        open("quotes", QuotesView.class);
        FilterBar bar = $(FilterBar.class).single();

        var options = test(bar.people).getSuggestionItems();

        assertThat(options).isNotEmpty();
        assertThat(options.getFirst().quotes()).isEqualTo(options.stream().mapToInt(StoryPeople.PersonOption::quotes).max().orElseThrow());
        assertThat(option(bar, "mark-carney").count()).matches("\\d+ quotes");
        assertThat(options).filteredOn(option -> option.quotes() == 0).allSatisfy(option -> assertThat(option.count()).matches("\\d+ mentions?"));
    }

    @Test
    void aPersonChipFiltersTheDeskToThatPersonAndKeepsTheDates() {
        OverviewView overview = open("?from=2026-01-06", OverviewView.class);
        Span chip = $(PersonChip.class, overview).all().stream()
                .filter(candidate -> candidate.person().slug().value().equals("mark-carney")).findFirst().orElseThrow();

        test(chip).click();

        assertThat(location()).isEqualTo(Seeds.PATH + "?person=mark-carney&from=2026-01-06");
    }

    @Test
    void aMalformedDateInALinkIsExplainedAndEverythingShown() {
        open("timeline?from=yesterday", TimelineView.class);

        assertThat(test($(Notification.class).last()).getText()).contains("YYYY-MM-DD").contains("showing everything");
        assertThat($(FilterBar.class).single().from.getValue()).isNull();
    }

    private StoryPeople.PersonOption option(FilterBar bar, String slug) {
        return test(bar.people).getSuggestionItems().stream().filter(option -> option.slug().value().equals(slug))
                .findFirst().orElseThrow();
    }

    private static String location() {
        return UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters();
    }
}
