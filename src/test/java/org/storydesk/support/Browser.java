package org.storydesk.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
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

    @Override
    public void close() {
        driver.quit();
    }
}
