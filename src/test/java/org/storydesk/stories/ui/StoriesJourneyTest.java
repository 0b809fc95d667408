package org.storydesk.stories.ui;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.IntegrationTest;
import org.storydesk.Seeds;
import org.storydesk.support.Analysis;
import org.storydesk.support.Api;
import org.storydesk.support.Browser;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydesk.support.Api.Account.EDITOR;

/**
 * An editor opens a second story on the desk in a real browser: starts it from the desk home, adds
 * an article by pasting it (and a script adds one through the API), moves one to the Paris story,
 * searches the whole desk from the header and opens a hit at its words, notes a whole article and
 * the story itself, and looks at every view of both stories. What it sees is kept in
 * target/screenshots; the pages break no Content-Security-Policy.
 */
@IntegrationTest
class StoriesJourneyTest {

    private static final String PASTED = """
            Icebreaker fleet to double by 2030

            OTTAWA — The coast guard will double its icebreaker fleet by 2030, Fisheries Minister Lena Sigvaldsen said on Monday.

            "The Northwest Passage is our front door now," Sigvaldsen told reporters in Ottawa, adding that Narsaqvik would host the first base.
            """;
    private static final String POSTED = """
            Inuit leaders ask for a seat at the Arctic table

            IQALUIT — Inuit leaders asked on Tuesday for a seat at the table when Arctic patrols are planned.

            "Nothing about the Arctic without us," said Aluki Tunnuq, president of the regional Inuit association.
            """;
    private static final List<String> VIEWS = List.of("", "articles", "timeline", "quotes", "people", "notes", "history", "brief");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void waitForTheStory() {
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(5));
    }

    @Test
    void anEditorStartsASecondStoryFillsItMovesAnArticleSearchesTheDeskNotesAndReadsEveryView() {
        String name = "Arctic patrols " + System.nanoTime() % 100_000;
        String slug;
        try (Browser browser = Browser.open(port)) {
            browser.logIn("editor", "editor");
            browser.go("/desk");
            browser.waitFor(By.cssSelector(".sd-story-card[data-story='" + Seeds.STORY_NAME.slug() + "']"));
            browser.screenshot("desk-home");

            // A new story, from the desk home.
            click(browser, By.xpath("//vaadin-button[contains(., 'New story')]"));
            browser.waitFor(By.cssSelector(".sd-story-name-input input")).sendKeys(name);
            browser.driver.findElement(By.cssSelector(".sd-story-description-input textarea")).sendKeys("Patrols, icebreakers and who decides");
            click(browser, By.xpath("//vaadin-button[contains(., 'Start the story')]"));
            browser.wait.until(driver -> driver.getCurrentUrl().endsWith("/articles"));
            slug = browser.path().replaceFirst("^/stories/", "").replaceFirst("/articles$", "");
            assertThat(slug).startsWith("arctic-patrols");

            // An article pasted, another posted by a script.
            click(browser, By.xpath("//vaadin-button[contains(., 'Add article')]"));
            browser.waitFor(By.cssSelector("vaadin-text-area textarea")).sendKeys(PASTED);
            click(browser, By.xpath("(//vaadin-button[contains(., 'Add article')])[last()]"));
            browser.waitForText(By.tagName("vaadin-grid"), "Icebreaker fleet to double by 2030");
            HttpResponse<String> posted = new Api(port).post("/api/articles?story=" + slug, EDITOR, "text/plain", POSTED);
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
            Analysis.awaitIdle(jdbc, Duration.ofMinutes(4));
            browser.go("/stories/" + slug + "/articles");
            browser.waitForText(By.tagName("vaadin-grid"), "Inuit leaders ask for a seat");
            browser.screenshot("second-story-articles");

            // The whole article noted, from its row.
            openFileMenu(browser, "Inuit leaders ask for a seat");
            chooseFromMenu(browser, "Note the whole article");
            browser.waitFor(By.cssSelector(".sd-note-editor textarea, vaadin-dialog-overlay textarea")).sendKeys("Wire copy: do not cite.");
            click(browser, By.xpath("//vaadin-button[contains(., 'Save note')]"));
            browser.waitForText(By.tagName("vaadin-grid"), "Wire copy: do not cite.");

            // The pasted one moved to the Paris story.
            openFileMenu(browser, "Icebreaker fleet to double by 2030");
            chooseFromMenu(browser, "Move to another story");
            click(browser, By.cssSelector(".sd-filing-story"));
            click(browser, By.xpath("//vaadin-select-item[contains(., 'Paris coalition of the willing summit')]"));
            click(browser, By.xpath("//vaadin-button[normalize-space(.)='Move']"));
            browser.wait.until(driver -> !driver.findElement(By.tagName("vaadin-grid")).getText().contains("Icebreaker fleet"));
            Analysis.awaitIdle(jdbc, Duration.ofMinutes(4));

            // The story itself noted, on its overview.
            browser.go("/stories/" + slug);
            click(browser, By.xpath("//div[contains(@class,'sd-story-notes')]//vaadin-button[contains(., 'Add a note')]"));
            browser.waitFor(By.cssSelector(".sd-note-editor textarea, vaadin-dialog-overlay textarea")).sendKeys("Legal has read this.");
            click(browser, By.xpath("//vaadin-button[contains(., 'Save note')]"));
            browser.waitForText(By.className("sd-story-notes"), "Legal has read this.");
            browser.screenshot("second-story-overview");

            // Search the whole desk from the header; a hit opens the reader at its words.
            WebElement search = browser.driver.findElement(By.cssSelector(".sd-header-search input"));
            click(browser, By.cssSelector(".sd-search-scope"));
            click(browser, By.xpath("//vaadin-select-item[contains(., 'All stories')]"));
            search.sendKeys("Narsaqvik", Keys.ENTER);
            browser.wait.until(driver -> driver.getCurrentUrl().contains("/search?q=Narsaqvik"));
            browser.waitFor(By.cssSelector(".sd-hit"));
            assertThat(browser.driver.findElement(By.className("sd-search")).getText()).contains("Paris coalition of the willing summit");
            browser.screenshot("search-across-the-desk");
            click(browser, By.cssSelector(".sd-hit .sd-source-link"));
            browser.wait.until(driver -> driver.getCurrentUrl().matches(".*/stories/" + Seeds.STORY_NAME.slug() + "/articles/\\d+\\?at=\\d+-\\d+$"));
            browser.waitFor(By.cssSelector(".sd-mark-target"));
            assertThat(browser.driver.findElement(By.cssSelector(".sd-mark-target")).getText()).contains("Narsaqvik");
            browser.screenshot("search-hit-in-the-reader");

            // Every view of both stories.
            for (String story : List.of(slug, Seeds.STORY_NAME.slug())) {
                for (String view : VIEWS) {
                    browser.go("/stories/" + story + (view.isEmpty() ? "" : "/" + view));
                    browser.waitFor(By.cssSelector(".sd-page"));
                    browser.screenshot((story.equals(slug) ? "second" : "paris") + "-" + (view.isEmpty() ? "overview" : view));
                }
                browser.go("/stories/" + story + "/people");
                click(browser, By.cssSelector("vaadin-grid a.sd-speaker"));
                browser.wait.until(driver -> driver.getCurrentUrl().matches(".*/stories/" + story + "/people/[a-z0-9-]+"));
                browser.waitFor(By.cssSelector(".sd-person-head"));
                browser.screenshot((story.equals(slug) ? "second" : "paris") + "-person");
            }
            browser.go("/articles");
            browser.waitForText(By.tagName("vaadin-grid"), "Icebreaker fleet");
            browser.screenshot("every-article");
        }
        assertThat(new JsonMapper().readTree(new Api(port).get("/api/stories/" + slug, Api.Account.VIEWER).body()).get("articles").asInt())
                .isEqualTo(1);
    }

    private static void openFileMenu(Browser browser, String headline) {
        WebElement row = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[contains(., '" + headline + "')]")));
        String article = (String) browser.script("""
                const cell = arguments[0];
                const rowIndex = cell.assignedSlot ? cell.assignedSlot.parentElement.parentElement : null;
                const cells = [...document.querySelectorAll('vaadin-grid-cell-content')];
                const at = cells.indexOf(cell);
                for (let i = at; i < cells.length; i++) {
                  const menu = cells[i].querySelector('vaadin-menu-bar[data-article]');
                  if (menu) { return menu.getAttribute('data-article'); }
                }
                return null;""", row);
        WebElement button = browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-menu-bar[data-article='" + article + "'] vaadin-menu-bar-button:not([hidden])")));
        browser.script("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", button);
        button.click();
    }

    /**
     * Chooses an item of the menu just opened. The menu shows in the page's top layer, but its items
     * sit in the grid cell's tree, which clips them as WebDriver judges visibility: it is clicked as
     * the browser would, by the item itself.
     */
    private static void chooseFromMenu(Browser browser, String item) {
        By choice = By.xpath("//vaadin-menu-bar-item[contains(., '" + item + "')]");
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(choice));
        browser.script("arguments[0].click()", browser.driver.findElement(choice));
        browser.waitForVaadin();
    }

    private static void click(Browser browser, By what) {
        browser.wait.until(ExpectedConditions.elementToBeClickable(what)).click();
        browser.waitForVaadin();
    }
}
