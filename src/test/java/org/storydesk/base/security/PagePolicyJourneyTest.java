package org.storydesk.base.security;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.storydesk.IntegrationTest;
import org.storydesk.support.Analysis;
import org.storydesk.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor goes through every view of the desk in a real Chromium under the pages'
 * Content-Security-Policy: nothing the dashboard needs is refused (every journey fails on a
 * violation, see {@link Browser#close()}), and what comes from elsewhere is.
 */
@IntegrationTest
class PagePolicyJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void waitForTheStory() {
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(5));
    }

    @Test
    void everyViewWorksUnderThePolicyWithoutAViolation() {
        long article = jdbc.sql("SELECT min(id) FROM articles").query(Long.class).single();
        try (Browser editor = Browser.open(port)) {
            editor.logIn("editor", "editor");
            for (String path : List.of("/", "/stories", "/stories/" + article, "/timeline", "/quotes", "/people", "/people/mark-carney",
                    "/notes", "/history", "/brief", "/tokens", "/quotes?person=mark-carney&from=2026-01-05&to=2026-01-06")) {
                editor.go(path);
                editor.waitFor(By.cssSelector("vaadin-app-layout"));
                assertThat(editor.cspViolations()).as(path).isEmpty();
                if (path.equals("/tokens")) {
                    editor.screenshot("tokens");
                }
            }
            editor.go("/quotes");
            editor.waitFor(By.cssSelector(".sd-card[data-quote]")).click();
            editor.waitForVaadin();
            assertThat(editor.cspViolations()).isEmpty();
        }
    }

    @Test
    void whatComesFromAnotherOriginIsRefusedAndTheJourneySeesIt() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/login");
            // Another origin on this machine: refused before any request is made.
            browser.script("const img = document.createElement('img'); img.src = 'http://127.0.0.2:9/tracker.png';"
                    + "document.body.appendChild(img);");
            browser.wait.until(driver -> !browser.peekViolations().isEmpty());
            assertThat(browser.takeViolations()).anySatisfy(message -> assertThat(message).contains("img-src", "127.0.0.2"));
        }
    }

    @Test
    void aLinkToAPageTheDeskDoesNotHaveSaysSoInsteadOfRefusing() {
        try (Browser viewer = Browser.open(port)) {
            viewer.logIn("viewer", "viewer");
            viewer.go("/stories/abc");
            viewer.waitForText(By.tagName("body"), "There is no such page");
            viewer.go("/stories/99999999999999999999");
            viewer.waitForText(By.tagName("body"), "This article does not exist");
            assertThat(viewer.driver.findElement(By.tagName("body")).getText()).doesNotContain("Exception", "NumberFormat");
            viewer.screenshot("not-found");
        }
    }
}
