package org.storydesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Walks a running desk's quote board and timeline in headless Chromium as an editor would,
 * every card opened, screenshotting each screenful and writing what each card says to a text
 * file: for reading every quote and event of a set of articles in the UI.
 *
 * <p>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.storydesk.support.DeskTour -Dexec.args="18200 target/tour"}
 */
public final class DeskTour {

    private DeskTour() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(args[0]);
        Path out = Path.of(args.length > 1 ? args[1] : "target/tour");
        Files.createDirectories(out);
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            browser.logIn("viewer", "viewer");
            tour(browser, "/quotes", "[data-quote]", "quote", out);
            tour(browser, "/quotes?", "[data-quote]", "quote-review", out, "Needs review");
            tour(browser, "/timeline", "[data-event]", "event", out);
        }
        System.exit(0);
    }

    private static void tour(Browser browser, String path, String cards, String name, Path out) throws IOException {
        tour(browser, path, cards, name, out, null);
    }

    private static void tour(Browser browser, String path, String cards, String name, Path out, String checkbox) throws IOException {
        browser.go(path);
        browser.waitFor(By.cssSelector(".sd-list"));
        if (checkbox != null) {
            browser.script("Array.from(document.querySelectorAll('vaadin-checkbox')).filter(c => c.textContent.includes(arguments[0]))"
                    + ".forEach(c => c.click());", checkbox);
            browser.waitForVaadin();
        }
        Map<String, String> seen = new LinkedHashMap<>();
        List<Path> shots = new ArrayList<>();
        for (int screen = 0; screen < 200; screen++) {
            browser.script("document.querySelectorAll('.sd-list vaadin-details').forEach(d => d.opened = true);");
            browser.waitForVaadin();
            int before = seen.size();
            for (WebElement card : browser.driver.findElements(By.cssSelector(".sd-list > " + cards + ", .sd-list " + cards))) {
                String id = card.getAttribute(cards.substring(1, cards.length() - 1));
                if (id != null && !seen.containsKey(id) && card.isDisplayed() && card.getText().length() > 0
                        && card.getAttribute("class") != null && card.getAttribute("class").contains("sd-card")) {
                    seen.put(id, card.getText());
                }
            }
            shots.add(browser.screenshot(out.getFileName() + "-" + name + "-" + screen));
            Boolean end = (Boolean) browser.script("const l = document.querySelector('.sd-list');"
                    + "const top = l.scrollTop; l.scrollTop = top + l.clientHeight * 0.9; return l.scrollTop === top;");
            browser.waitForVaadin();
            if (Boolean.TRUE.equals(end) && seen.size() == before) {
                break;
            }
        }
        StringBuilder text = new StringBuilder();
        seen.forEach((id, card) -> text.append("=== ").append(id).append('\n').append(card).append("\n\n"));
        Files.writeString(out.resolve(name + "s.txt"), text);
        System.out.println(name + ": " + seen.size() + " cards, " + shots.size() + " screenshots");
    }
}
