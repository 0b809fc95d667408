package org.storydesk.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (the system's, never a downloaded one) driving the running app.
 * Where no Chromium is installed the journey is skipped, unless {@code STORYDESK_REQUIRE_BROWSER}
 * is set (as CI sets it), in which case its absence fails the build.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final String base;

    private Browser(String base, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height);
        // The console, kept for checking: a page that breaks its Content-Security-Policy says so there.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Every page reports what its policy refused, before any of its own scripts run.
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective"
                        + " + ' blocked ' + e.blockedURI + ' on ' + e.documentURI));"));
        this.driver = chrome;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        this.base = base;
    }

    public static Browser open(int port) {
        return open(port, 1280, 800);
    }

    public static Browser open(int port, int width, int height) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("STORYDESK_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException("Chromium and chromedriver are required at " + CHROMIUM + " and " + CHROMEDRIVER);
        }
        Assumptions.assumeTrue(installed, "No Chromium installed: browser journeys skipped");
        return new Browser("http://localhost:" + port, width, height);
    }

    public Browser logIn(String username, String password) {
        go("/login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button, vaadin-login-form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        waitForVaadin();
        return this;
    }

    public Browser go(String path) {
        driver.get(base + path);
        waitForVaadin();
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public String path() {
        return url().substring(base.length());
    }

    public WebElement waitFor(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Waits until Vaadin has answered every request in flight, so what is asserted is what the editor would see. */
    public void waitForVaadin() {
        wait.until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return document.readyState === 'complete'; }"
                        + "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    public Object script(String script, Object... args) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Keeps what the browser shows, for a person to look at (target/screenshots). */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private final List<String> violations = new ArrayList<>();

    /** What the pages' Content-Security-Policy refused so far. */
    public List<String> cspViolations() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            String message = entry.getMessage();
            if (message.contains("CSP violation") || message.contains("Content Security Policy")) {
                violations.add(message);
            }
        }
        return List.copyOf(violations);
    }

    /** The same, for a test that breaks the policy on purpose. */
    public List<String> peekViolations() {
        return cspViolations();
    }

    /** What was refused so far, forgotten from now on (for a test that broke the policy on purpose). */
    public List<String> takeViolations() {
        List<String> taken = cspViolations();
        violations.clear();
        return taken;
    }

    /** Closes the browser; a journey whose pages broke the Content-Security-Policy fails here. */
    @Override
    public void close() {
        List<String> refused;
        try {
            refused = cspViolations();
        } finally {
            driver.quit();
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("The pages broke their Content-Security-Policy:\n" + String.join("\n", refused));
        }
    }
}
