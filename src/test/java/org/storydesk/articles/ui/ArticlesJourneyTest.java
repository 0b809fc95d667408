package org.storydesk.articles.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.storydesk.IntegrationTest;
import org.storydesk.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor, in a real browser, logs in, opens Stories, opens an article and reads it. */
@IntegrationTest
class ArticlesJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void anEditorLogsInOpensStoriesAndReadsAnArticle() {
        try (Browser browser = Browser.open(port)) {
            browser.logIn("editor", "editor");
            browser.go("/stories");
            browser.waitForText(By.tagName("vaadin-grid"), "Carney in Paris to discuss");
            browser.screenshot("stories");

            browser.driver.findElement(By.xpath("//vaadin-grid-cell-content[contains(., 'Carney in Paris to discuss')]")).click();
            browser.wait.until(driver -> driver.getCurrentUrl().matches(".*/stories/[a-z0-9-]+/articles/\\d+$"));
            browser.waitForText(By.className("sd-body"), "Prime Minister Mark Carney says Canada will continue");
            browser.screenshot("reader");

            String body = browser.driver.findElement(By.className("sd-body")).getText();
            assertThat(body).contains("He says that’s according to Ukrainian President Volodymyr Zelenskyy")
                    .doesNotContain("Trending Now", "Click to play video");
            assertThat(browser.driver.findElement(By.tagName("h2")).getText())
                    .isEqualTo("Carney in Paris to discuss Canada’s role in potential Ukraine ceasefire");
        }
    }

    @Test
    void aViewerIsNotOfferedToAddArticles() {
        try (Browser browser = Browser.open(port)) {
            browser.logIn("viewer", "viewer");
            browser.go("/stories");
            browser.waitForText(By.tagName("vaadin-grid"), "Carney in Paris to discuss");

            assertThat(browser.driver.findElements(By.xpath("//vaadin-button[contains(., 'Add article')]")))
                    .allMatch(button -> !button.isDisplayed());
        }
    }
}
