package org.storydesk.base.ui;

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
import org.storydesk.support.Analysis;
import org.storydesk.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor works the dashboard in a real browser: filters by a person and by dates from the
 * header, shares the filtered view as a link, goes back, and follows a quote to its article.
 */
@IntegrationTest
class DashboardJourneyTest {

    private static final By CARDS = By.cssSelector(".sd-card[data-quote]");
    private static final By EVENTS = By.cssSelector(".sd-card[data-event]");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void waitForTheStory() {
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(5));
    }

    @Test
    void pickingAPersonInTheHeaderLeavesOnlyTheirQuotesAndTheLinkOpensTheSameView() {
        String link;
        List<String> shown;
        try (Browser browser = Browser.open(port)) {
            browser.logIn("editor", "editor");
            browser.go("/quotes");
            browser.waitFor(CARDS);
            assertThat(speakersOnTheBoard(browser)).hasSizeGreaterThan(1);

            pickPerson(browser, "Mark Carney");

            browser.wait.until(driver -> driver.getCurrentUrl().endsWith("/quotes?person=mark-carney"));
            browser.waitForText(By.className("sd-lede"), "from Mark Carney");
            assertThat(speakersOnTheBoard(browser)).containsOnly("mark-carney");

            typeDate(browser, "from", "2026-01-05");
            typeDate(browser, "to", "2026-01-06");
            browser.wait.until(driver -> driver.getCurrentUrl().endsWith("/quotes?person=mark-carney&from=2026-01-05&to=2026-01-06"));
            browser.waitForText(By.className("sd-lede"), "between 5 Jan 2026 and 6 Jan 2026");
            browser.screenshot("quotes-filtered");
            link = browser.path();
            shown = quotesOnTheBoard(browser);

            browser.driver.navigate().back();
            browser.wait.until(driver -> !driver.getCurrentUrl().contains("to=2026-01-06"));
            browser.waitForVaadin();
            assertThat(browser.driver.findElement(By.cssSelector(".sd-filter-to input")).getDomProperty("value")).isEmpty();
        }

        try (Browser other = Browser.open(port)) {
            other.logIn("viewer", "viewer");
            other.go(link);
            other.waitFor(CARDS);

            assertThat(quotesOnTheBoard(other)).isEqualTo(shown);
            assertThat(other.driver.findElement(By.cssSelector(".sd-filter-people")).getText()).contains("Mark Carney");
            assertThat(other.driver.findElement(By.cssSelector(".sd-filter-from input")).getDomProperty("value"))
                    .isEqualTo("2026-01-05");
        }
    }

    @Test
    void aDateRangeNarrowsTheTimelineAndClearingIsOneClick() {
        try (Browser browser = Browser.open(port)) {
            browser.logIn("editor", "editor");
            browser.go("/timeline");
            browser.waitFor(EVENTS);
            int everything = eventCount(browser);

            typeDate(browser, "from", "2026-01-06");
            typeDate(browser, "to", "2026-01-06");

            browser.wait.until(driver -> driver.getCurrentUrl().endsWith("/timeline?from=2026-01-06&to=2026-01-06"));
            browser.waitForText(By.className("sd-lede"), "on 6 Jan 2026");
            assertThat(dayHeadings(browser)).containsOnly("Tuesday 6 January 2026");
            assertThat(eventCount(browser)).isLessThan(everything);
            browser.screenshot("timeline-one-day");

            browser.driver.findElement(By.xpath("//vaadin-button[contains(., 'Clear')]")).click();
            browser.wait.until(driver -> driver.getCurrentUrl().endsWith("/timeline"));
            browser.waitForVaadin();
            browser.wait.until(driver -> eventCount(browser) == everything);
        }
    }

    @Test
    void aQuotesSourceLinkOpensTheReaderAtThatPassageMarked() {
        try (Browser browser = Browser.open(port)) {
            browser.logIn("viewer", "viewer");
            browser.go("/quotes");
            WebElement card = browser.waitFor(CARDS);
            String quote = card.findElement(By.className("sd-quote-text")).getText();
            card.findElement(By.tagName("vaadin-details-summary")).click();
            WebElement read = browser.wait.until(ExpectedConditions.elementToBeClickable(
                    card.findElement(By.className("sd-source-link"))));

            read.click();

            browser.wait.until(driver -> driver.getCurrentUrl().matches(".*/stories/[a-z0-9-]+/articles/\\d+\\?at=\\d+-\\d+$"));
            WebElement passage = browser.waitFor(By.className("sd-mark-target"));
            String marked = String.join("", browser.driver.findElements(By.className("sd-mark-target")).stream().map(WebElement::getText).toList());
            assertThat(marked).contains(quote.replaceAll("^“|”$", "").strip());
            browser.wait.until(driver -> (Boolean) browser.script(
                    "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", passage));
            browser.screenshot("reader-at-passage");
        }
    }

    @Test
    void aPersonChipOnTheBoardFiltersEveryViewToThatPerson() {
        try (Browser browser = Browser.open(port)) {
            browser.logIn("editor", "editor");
            browser.go("/quotes?from=2026-01-06");
            browser.waitFor(CARDS);
            WebElement chip = browser.driver.findElement(By.cssSelector(".sd-card[data-quote] .sd-chip[data-person]"));
            String person = chip.getDomAttribute("data-person");

            chip.click();

            browser.wait.until(driver -> driver.getCurrentUrl().endsWith("/quotes?person=" + person + "&from=2026-01-06"));
            browser.waitForVaadin();
            assertThat(speakersOnTheBoard(browser)).containsOnly(person);

            browser.driver.findElement(By.xpath("//vaadin-side-nav-item[contains(., 'Timeline')]")).click();
            browser.wait.until(driver -> driver.getCurrentUrl().contains("/timeline"));
            browser.waitForVaadin();
            assertThat(browser.driver.findElement(By.cssSelector(".sd-filter-people")).getText()).isNotBlank();
        }
    }

    @Test
    void everyViewOfTheDeskOpensFromTheNavigationAndShowsTheStory() {
        try (Browser browser = Browser.open(port)) {
            browser.logIn("editor", "editor");
            browser.go("/");
            browser.waitForText(By.className("sd-stats"), "ARTICLES");
            browser.screenshot("overview");

            open(browser, "Timeline", "h2", "Timeline");
            browser.waitFor(EVENTS).findElement(By.tagName("vaadin-details-summary")).click();
            browser.waitFor(By.cssSelector(".sd-card[data-event] .sd-source-link"));
            browser.screenshot("timeline");

            open(browser, "Quotes", "h2", "Quote board");
            browser.waitFor(CARDS);
            browser.driver.findElement(By.cssSelector(".sd-toolbar vaadin-text-field input")).sendKeys("peace in Ukraine");
            browser.waitForText(By.className("sd-count"), "1 quote");
            WebElement varied = browser.waitFor(CARDS);
            varied.findElement(By.tagName("vaadin-details-summary")).click();
            browser.waitFor(By.className("sd-variant"));
            assertThat(varied.findElements(By.cssSelector(".sd-variant .sd-diff"))).isNotEmpty();
            browser.screenshot("quotes");

            open(browser, "People", "h2", "People");
            browser.waitForText(By.tagName("vaadin-grid"), "spelling varies");
            browser.screenshot("people");

            browser.driver.findElement(By.xpath("//vaadin-grid-cell-content//a[contains(., 'Jennie Carignan')]")).click();
            browser.wait.until(driver -> driver.getCurrentUrl().endsWith("/people/jennie-carrigan"));
            browser.waitForText(By.className("sd-flagged"), "probable misspelling");
            browser.screenshot("person");

            open(browser, "Articles", "h2", "Articles");
            browser.waitForText(By.tagName("vaadin-grid"), "Carney in Paris to discuss");
            browser.screenshot("articles");

            open(browser, "Stories", "h2", "Stories");
            browser.waitForText(By.className("sd-story-cards"), "Paris coalition of the willing summit");
            browser.screenshot("desk");
        }
    }

    private static void open(Browser browser, String menu, String tag, String heading) {
        browser.driver.findElement(By.xpath("//vaadin-side-nav-item[contains(., '" + menu + "')]")).click();
        browser.waitForVaadin();
        browser.waitForText(By.tagName(tag), heading);
    }

    private static void pickPerson(Browser browser, String name) {
        WebElement input = browser.driver.findElement(By.cssSelector(".sd-filter-people input"));
        input.click();
        input.sendKeys(name);
        browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-multi-select-combo-box-item[not(@hidden)][.//span[@class='sd-option-name' and . = '" + name + "']]"))).click();
        // Closes the list as an editor would; with the list closed, Escape would clear the choice.
        if (browser.driver.findElement(By.cssSelector(".sd-filter-people")).getDomAttribute("opened") != null) {
            input.sendKeys(Keys.ESCAPE);
        }
    }

    private static void typeDate(Browser browser, String end, String date) {
        WebElement input = browser.driver.findElement(By.cssSelector(".sd-filter-" + end + " input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.ENTER);
        browser.waitForVaadin();
    }

    private static List<String> speakersOnTheBoard(Browser browser) {
        return browser.driver.findElements(CARDS).stream()
                .map(card -> card.findElements(By.cssSelector(".sd-card-meta [data-person]")))
                .map(chips -> chips.isEmpty() ? "(unnamed)" : chips.getFirst().getDomAttribute("data-person"))
                .toList();
    }

    private static List<String> quotesOnTheBoard(Browser browser) {
        return browser.driver.findElements(CARDS).stream().map(card -> card.getDomAttribute("data-quote")).toList();
    }

    /** "16 events, day by day." */
    private static int eventCount(Browser browser) {
        return Integer.parseInt(browser.driver.findElement(By.className("sd-lede")).getText().replaceFirst("^(\\d+) event.*", "$1"));
    }

    private static List<String> dayHeadings(Browser browser) {
        return browser.driver.findElements(By.className("sd-day")).stream().map(day -> day.getDomProperty("textContent").strip()).distinct().toList();
    }
}
