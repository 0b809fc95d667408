package org.storydesk.stories.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.IntegrationTest;
import org.storydesk.Seeds;
import org.storydesk.overview.ui.OverviewView;
import org.storydesk.quotes.ui.QuotesView;
import org.storydesk.support.ViewTest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DeskViewTest extends ViewTest {

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void theDeskHomeListsEachOpenStoryWithItsFiguresLatestArticleAndLatestWork() {
        DeskView desk = navigate("desk", DeskView.class);

        Div paris = $(Div.class, desk.cards).withClassName("sd-story-card").all().stream()
                .filter(card -> Seeds.STORY_NAME.slug().equals(card.getElement().getAttribute("data-story"))).findFirst().orElseThrow();
        String text = paris.getElement().getTextRecursively();
        assertThat(text).contains("Paris coalition of the willing summit").containsPattern("\\d+ articles").containsPattern("\\d+ quotes")
                .containsPattern("\\d+ people").contains("Latest article:").contains("work");
        assertThat($(Anchor.class, paris).all()).extracting(Anchor::getHref).contains(Seeds.PATH, Seeds.PATH + "/quotes");
        assertThat(desk.newStory.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerReadsTheDeskButStartsNoStory() {
        DeskView desk = navigate("desk", DeskView.class);

        assertThat(desk.newStory.isVisible()).isFalse();
        assertThat(desk.cards.getElement().getTextRecursively()).contains("Paris coalition of the willing summit");
        assertThat($(Button.class, desk.cards).all()).extracting(Button::getText).noneMatch(text -> text.startsWith("Rename") || text.startsWith("Archive"));
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void theDesksFirstLinkLandsOnTheFirstStory() {
        navigate("", OverviewView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo(Seeds.PATH);
        UI.getCurrent().navigate("quotes", QueryParameters.of("person", "mark-carney"));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(QuotesView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo(Seeds.PATH + "/quotes?person=mark-carney");
    }
}
