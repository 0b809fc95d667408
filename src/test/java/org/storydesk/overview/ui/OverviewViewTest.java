package org.storydesk.overview.ui;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.IntegrationTest;
import org.storydesk.base.ui.PersonChip;
import org.storydesk.Seeds;
import org.storydesk.support.ViewTest;
import org.storydesk.timeline.ui.EventCard;

import static org.assertj.core.api.Assertions.assertThat;

/** The story at a glance. */
@IntegrationTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class OverviewViewTest extends ViewTest {


    @Test
    void theGlanceShowsArticlesOutletsDatesTheMostQuotedAndTheLatestEvents() {
        OverviewView view = open("", OverviewView.class);

        String stats = view.stats.getElement().getTextRecursively();
        assertThat(stats).contains("Articles").contains("Outlets").contains("The Canadian Press")
                .contains("Coverage").contains("Jan 2026").contains("Analysed");
        assertThat($(PersonChip.class, view.quoted).all()).isNotEmpty()
                .first().satisfies(chip -> assertThat(chip.person().slug().value()).isEqualTo("mark-carney"));
        assertThat($(EventCard.class, view.latest).all()).hasSizeBetween(1, 6);
        assertThat($(Anchor.class, view.latest).all()).extracting(Anchor::getHref).contains(Seeds.PATH + "/timeline");
    }

    @Test
    void theGlanceFollowsTheFilterAndItsLinksCarryIt() {
        OverviewView everything = open("", OverviewView.class);
        String second = $(PersonChip.class, everything.quoted).all().get(1).person().slug().value();

        OverviewView view = open("?person=" + second, OverviewView.class);

        assertThat($(PersonChip.class, view.quoted).all()).extracting(chip -> chip.person().slug().value())
                .containsExactly(second);
        assertThat($(Anchor.class, view.quoted).all()).extracting(Anchor::getHref).contains(Seeds.PATH + "/quotes?person=" + second);
        assertThat(view.stats.getElement().getTextRecursively()).contains("matching the filter");
    }
}
