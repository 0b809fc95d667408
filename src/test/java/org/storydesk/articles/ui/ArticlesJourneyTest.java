package org.storydesk.articles.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.storydesk.IntegrationTest;
import org.storydesk.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/** An editor, in a real browser, logs in, opens Stories, opens an article and reads it, and adds many articles at once. */
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
    void anEditorUploadsAZipOfArticlesAndIsToldWhatBecameOfEachFile() throws IOException {
        Path zip = Files.createTempFile("articles", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            write(out, "harbour/ferry.txt", "Harbour Post\n\nThe ferry to the islands sailed on time on Wednesday for the first week "
                    + "since the storm, the operator said.");
            write(out, "harbour/market.html", "<html><head><title>Fish market reopens</title></head><body><article><p>The fish market "
                    + "reopened on Wednesday after repairs to its roof, the harbour board said.</p></article></body></html>");
            write(out, "harbour/photo.jpg", "not an article");
        }
        try (Browser browser = Browser.open(port)) {
            browser.logIn("editor", "editor");
            browser.go("/stories");
            browser.waitForText(By.tagName("vaadin-grid"), "Carney in Paris to discuss");
            browser.driver.findElement(By.xpath("//vaadin-button[contains(., 'Add article')]")).click();
            WebElement upload = browser.waitFor(By.tagName("vaadin-upload"));
            browser.wait.until(driver -> !upload.findElements(By.cssSelector("input[type=file]")).isEmpty()
                    || upload.getShadowRoot().findElements(By.cssSelector("input[type=file]")).size() > 0);
            List<WebElement> inLight = upload.findElements(By.cssSelector("input[type=file]"));
            WebElement input = inLight.isEmpty() ? upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")) : inLight.getFirst();
            input.sendKeys(zip.toAbsolutePath().toString());
            browser.waitForText(By.className("sd-upload-ready"), "Ready to add the articles in");
            browser.driver.findElement(By.xpath("//vaadin-button[contains(., 'Add articles')]")).click();

            WebElement dialog = browser.waitFor(By.xpath("//vaadin-dialog[contains(., '2 articles added')]"));
            String report = dialog.getText();
            assertThat(report).contains("1 file refused").contains("harbour/photo.jpg").contains("only .txt and .html files are articles");
            browser.screenshot("batch-report");
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private static void write(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
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
