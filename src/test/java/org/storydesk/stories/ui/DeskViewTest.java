package org.storydesk.stories.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.IntegrationTest;
import org.storydesk.Seeds;
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
        assertThat(desk.cards.getElement().getTextRecursively()).contains("Paris coalition of the willing summit").doesNotContain("Rename");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void theDesksFirstLinkLandsOnTheFirstStory() {
        navigate("", org.storydesk.overview.ui.OverviewView.class);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo(Seeds.PATH);
        navigate("quotes?person=mark-carney", org.storydesk.quotes.ui.QuotesView.class);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo(Seeds.PATH + "/quotes?person=mark-carney");
    }
}
