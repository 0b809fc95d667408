package org.storydesk.notes.ui;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.IntegrationTest;
import org.storydesk.support.Analysis;
import org.storydesk.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two editors at the desk at once, in two real browsers: what one writes appears on the other's
 * screen without a reload; when both change the same note, the second is shown the first's
 * version and chooses. A viewer sees the notes and no control to change them.
 */
@IntegrationTest
class EditorsJourneyTest {

    private static final Duration LIVE = Duration.ofMillis(2_500);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void waitForTheStory() {
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(5));
    }

    @Test
    void aNoteAndAStatusOneEditorWritesAppearOnTheOtherEditorsBoardWithoutReloading() {
        try (Browser first = Browser.open(port); Browser second = Browser.open(port)) {
            first.logIn("editor", "editor").go("/quotes?person=mark-carney");
            second.logIn("editor", "editor").go("/quotes?person=mark-carney");
            String quote = first.waitFor(By.cssSelector(".sd-card[data-quote]")).getDomAttribute("data-quote");
            By card = By.cssSelector(".sd-card[data-quote='" + quote + "']");
            second.waitFor(card);
            int notesBefore = count(second, card, ".sd-note");

            menu(first, card, "Add a note");
            WebElement text = first.waitFor(By.cssSelector("vaadin-dialog-overlay textarea, vaadin-text-area.sd-note-editor textarea, .sd-note-editor textarea"));
            text.sendKeys("Two sources confirm the wording. https://example.org/transcript");
            first.driver.findElement(By.xpath("//vaadin-button[contains(., 'Save note')]")).click();
            first.waitForVaadin();
            long saved = System.nanoTime();

            new WebDriverWait(second.driver, LIVE).until(driver -> count(second, card, ".sd-note") > notesBefore);
            long seenAfter = (System.nanoTime() - saved) / 1_000_000;
            assertThat(seenAfter).isLessThan(LIVE.toMillis());
            assertThat(second.driver.findElement(card).getText()).contains("note");

            menu(first, card, "Mark disputed");
            first.waitFor(By.xpath("//vaadin-text-area[contains(@class,'') and .//label[contains(., 'Why')]]//textarea | //vaadin-dialog-overlay//textarea"))
                    .sendKeys("The outlet's transcript differs in one word.");
            first.driver.findElement(By.xpath("//vaadin-button[contains(., 'Mark disputed')]")).click();
            first.waitForVaadin();

            new WebDriverWait(second.driver, LIVE).until(driver ->
                    "disputed".equals(driver.findElement(card).getDomAttribute("data-status")));
            second.screenshot("live-second-editor");
            first.screenshot("live-first-editor");
            assertThat(second.driver.findElement(card).getText()).contains("The outlet's transcript differs in one word.");

            // The rest of the desk shows the same work: the brief, the notes, the history.
            By other = By.xpath("//div[contains(@class,'sd-card') and @data-quote and @data-quote!='" + quote + "']");
            String verified = first.waitFor(other).getDomAttribute("data-quote");
            menu(first, By.cssSelector(".sd-card[data-quote='" + verified + "']"), "Mark verified");
            first.go("/brief?person=mark-carney");
            first.waitForText(By.className("sd-brief"), "Verified quotes (1)");
            first.screenshot("brief");
            first.go("/notes");
            first.waitForText(By.className("sd-list"), "Two sources confirm the wording.");
            first.screenshot("notes");
            first.go("/history");
            first.waitForText(By.tagName("vaadin-grid"), "set status");
            first.screenshot("history");
        }
    }

    @Test
    void whenTwoEditorsChangeTheSameNoteTheSecondSeesTheFirstsVersionAndChooses() {
        try (Browser first = Browser.open(port); Browser second = Browser.open(port)) {
            first.logIn("editor", "editor").go("/people/mark-carney");
            second.logIn("editor", "editor").go("/people/mark-carney");
            addPersonNote(first, "Spokesperson: call before 6 pm.");
            By note = By.xpath("//div[contains(@class,'sd-note') and .//p[contains(., 'Spokesperson: call before 6 pm.')]]");
            new WebDriverWait(second.driver, LIVE).until(ExpectedConditions.visibilityOfElementLocated(note));

            // Both open the note for editing; the first saves, then the second.
            edit(second, note);
            edit(first, note);
            replaceText(first, "Spokesperson: call before 5 pm.");
            first.driver.findElement(By.xpath("//vaadin-button[contains(., 'Save note')]")).click();
            first.waitForVaadin();
            replaceText(second, "Spokesperson: call before 7 pm.");
            second.driver.findElement(By.xpath("//vaadin-button[contains(., 'Save note')]")).click();
            second.waitForVaadin();

            WebElement conflict = second.waitFor(By.cssSelector(".sd-conflict, vaadin-dialog-overlay"));
            second.waitForText(By.tagName("body"), "Someone else changed this note");
            assertThat(second.driver.findElement(By.cssSelector(".sd-theirs")).getText()).contains("before 5 pm");
            assertThat(second.driver.findElement(By.cssSelector(".sd-mine")).getText()).contains("before 7 pm");
            second.screenshot("conflict");
            assertThat(conflict).isNotNull();

            second.driver.findElement(By.xpath("//vaadin-button[contains(., 'Save mine instead')]")).click();
            second.waitForVaadin();
            new WebDriverWait(first.driver, LIVE).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "before 7 pm"));
        }
    }

    @Test
    void anEditorNotesWordsSelectedInTheReader() {
        long article = jdbc.sql("SELECT min(id) FROM articles").query(Long.class).single();
        try (Browser editor = Browser.open(port)) {
            editor.logIn("editor", "editor").go("/stories/" + article);
            WebElement run = editor.waitFor(By.cssSelector(".sd-body [data-start]"));
            editor.script("""
                    const run = arguments[0];
                    const range = document.createRange();
                    range.setStart(run.firstChild, 0);
                    range.setEnd(run.firstChild, Math.min(12, run.firstChild.length));
                    const selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    run.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                    """, run);
            editor.waitFor(By.xpath("//vaadin-button[contains(., 'Note these words')]")).click();
            editor.waitFor(By.cssSelector(".sd-note-editor textarea, vaadin-dialog-overlay textarea")).sendKeys("Check the spelling here.");
            editor.driver.findElement(By.xpath("//vaadin-button[contains(., 'Save note')]")).click();
            editor.waitForVaadin();

            editor.waitFor(By.cssSelector(".sd-body .sd-mark-note"));
            editor.waitForText(By.className("sd-aside"), "Check the spelling here.");
            editor.screenshot("reader-note");
        }
    }

    @Test
    void aViewerSeesTheNotesAndNoControlToChangeAnything() {
        try (Browser editor = Browser.open(port); Browser viewer = Browser.open(port)) {
            editor.logIn("editor", "editor").go("/people/mark-rutte");
            addPersonNote(editor, "Viewers may read this.");
            viewer.logIn("viewer", "viewer").go("/people/mark-rutte");
            viewer.waitForText(By.className("sd-notes"), "Viewers may read this.");

            assertThat(viewer.driver.findElements(By.xpath("//vaadin-button[normalize-space(.)='Edit' or normalize-space(.)='Delete' "
                    + "or contains(., 'Add a note') or contains(., 'Correct the name')]"))).isEmpty();
            viewer.go("/quotes");
            viewer.waitFor(By.cssSelector(".sd-card[data-quote]"));
            assertThat(viewer.driver.findElements(By.cssSelector(".sd-card vaadin-menu-bar"))).isEmpty();
            viewer.screenshot("viewer-quotes");
        }
    }

    private static void menu(Browser browser, By card, String item) {
        WebElement button = browser.driver.findElement(card).findElement(By.cssSelector("vaadin-menu-bar-button:not([hidden])"));
        // A card above may be tall (a full quote with its fragments open): bring the button into the board's own scroller.
        browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//vaadin-menu-bar-item[contains(., '" + item + "')]"))).click();
        browser.waitForVaadin();
    }

    private static void addPersonNote(Browser browser, String text) {
        browser.waitFor(By.xpath("//vaadin-button[contains(., 'Add a note')]")).click();
        browser.waitFor(By.cssSelector(".sd-note-editor textarea, vaadin-dialog-overlay textarea")).sendKeys(text);
        browser.driver.findElement(By.xpath("//vaadin-button[contains(., 'Save note')]")).click();
        browser.waitForVaadin();
        browser.waitForText(By.className("sd-notes"), text);
    }

    private static void edit(Browser browser, By note) {
        browser.driver.findElement(note).findElement(By.xpath(".//vaadin-button[normalize-space(.)='Edit']")).click();
        browser.waitFor(By.cssSelector(".sd-note-editor textarea, vaadin-dialog-overlay textarea"));
    }

    private static void replaceText(Browser browser, String text) {
        WebElement area = browser.driver.findElement(By.cssSelector(".sd-note-editor textarea, vaadin-dialog-overlay textarea"));
        area.clear();
        area.sendKeys(text);
    }

    private static int count(Browser browser, By card, String inside) {
        return browser.driver.findElement(card).findElements(By.cssSelector(inside)).size();
    }
}
