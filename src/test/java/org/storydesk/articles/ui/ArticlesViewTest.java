package org.storydesk.articles.ui;

import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.IntegrationTest;
import org.storydesk.articles.ArticleSummary;

import static org.assertj.core.api.Assertions.assertThat;

/** The Stories view without a browser: what an editor and a viewer see and can do. */
@IntegrationTest
class ArticlesViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void anEditorSeesEveryArticleWithItsMetadataAndMayAddOne() {
        ArticlesView view = navigate("stories", ArticlesView.class);

        assertThat(view.grid.getGenericDataView().getItems().map(ArticleSummary::source))
                .contains("000_455531893979b7fc.txt", "001_325f3678d385058f.txt", "002_117853b2852656d5.txt",
                        "003_a81a8d55469caa03.txt", "004_31db9f444867727a.txt");
        assertThat(view.add.isVisible()).isTrue();
        assertThat(view.summary.getText()).contains("articles");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerReadsEverythingButIsNotOfferedToAdd() {
        ArticlesView view = navigate("stories", ArticlesView.class);

        assertThat(view.grid.getGenericDataView().getItems().count()).isGreaterThanOrEqualTo(5);
        assertThat(view.add.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void anEditorPastesAnArticleAndItJoinsTheList() {
        ArticlesView view = navigate("stories", ArticlesView.class);
        test(view.add).click();
        AddArticleDialog dialog = $(AddArticleDialog.class).single();

        test(dialog.text).setValue("The regional council approved a budget on Thursday that adds twelve bus routes "
                + "and freezes fares for two years, after a six-hour debate.\nThe vote was 9-4.");
        test(dialog.headline).setValue("Council adds twelve bus routes");
        test(dialog.add).click();

        assertThat(view.grid.getGenericDataView().getItems().map(ArticleSummary::title)).contains("Council adds twelve bus routes");
        assertThat(test($(Notification.class).last()).getText()).contains("Added");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void anEmptySubmissionIsRefusedAndTheDialogKeepsWhatWasTyped() {
        int before = jdbc.sql("SELECT count(*) FROM article_versions").query(Integer.class).single();
        ArticlesView view = navigate("stories", ArticlesView.class);
        test(view.add).click();
        AddArticleDialog dialog = $(AddArticleDialog.class).single();

        test(dialog.headline).setValue("A headline with no article");
        test(dialog.add).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.headline.getValue()).isEqualTo("A headline with no article");
        assertThat(test($(Notification.class).last()).getText()).contains("empty");
        assertThat(jdbc.sql("SELECT count(*) FROM article_versions").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void anArticleOpensInTheReaderWithItsRawTextOneClickAway() {
        ArticlesView view = navigate("stories", ArticlesView.class);
        ArticleSummary globalNews = view.grid.getGenericDataView().getItems()
                .filter(article -> article.source().equals("003_a81a8d55469caa03.txt")).findFirst().orElseThrow();

        ReaderView reader = navigate(ReaderView.class, Map.of("article", Long.toString(globalNews.id().value())));

        assertThat(reader.headline.getText()).isEqualTo("Carney in Paris to discuss Canada’s role in potential Ukraine ceasefire");
        assertThat(reader.body.getElement().getTextRecursively()).contains("He says that’s according to Ukrainian President");
        assertThat(reader.raw.isVisible()).isFalse();
        test(reader.tabs).select(1);
        assertThat(reader.raw.isVisible()).isTrue();
        assertThat(reader.raw.getText()).contains("Trending Now");
    }

}
