package org.storydesk.base.security;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.storydesk.Application;
import org.storydesk.support.Browser;
import org.storydesk.support.Client;
import org.storydesk.support.SeparateApps;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone guessing passwords, through the API and through the login form: after a few wrong ones
 * the account, or the address they come from, must wait (the right password too), is told for
 * how long, and each lockout is logged. Everyone else goes on logging in. The app here has its
 * own small limits (three failures per account, six per address) so the test need not wait long.
 */
@ExtendWith({SeparateApps.class, OutputCaptureExtension.class})
class LoginThrottleTest {

    @TempDir
    static Path data;
    static ConfigurableApplicationContext app;
    static int port;

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--storydesk.data-dir=" + data, "--storydesk.seeds-dir=seeds", "--storydesk.analysis.enabled=false",
                        "--storydesk.accounts[0].username=ada", "--storydesk.accounts[0].password=ada-long-password",
                        "--storydesk.accounts[0].role=EDITOR",
                        "--storydesk.accounts[1].username=bo", "--storydesk.accounts[1].password=bo-long-password",
                        "--storydesk.accounts[1].role=VIEWER",
                        "--storydesk.accounts[2].username=cy", "--storydesk.accounts[2].password=cy-long-password",
                        "--storydesk.accounts[2].role=VIEWER",
                        "--storydesk.accounts[3].username=dee", "--storydesk.accounts[3].password=dee-long-password",
                        "--storydesk.accounts[3].role=VIEWER",
                        // One attempt comes back every 3 s per account and every 10 s per address: quick enough to wait
                        // for, slow enough that a busy machine does not hand one back in the middle of a test.
                        "--storydesk.logins.account-attempts=3", "--storydesk.logins.account-window=9s",
                        "--storydesk.logins.address-attempts=6", "--storydesk.logins.address-window=60s");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void afterAFewWrongPasswordsAnAccountWaitsEvenForTheRightOneAndIsToldForHowLong(CapturedOutput log) throws Exception {
        Client guesser = new Client(port, "127.0.0.3");
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(guesser.basic("/api/quotes", "ada", "guess-" + attempt).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = guesser.basic("/api/quotes", "ada", "guess-again");
        assertThat(locked.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3L);
        assertThat(JsonMapper.builder().build().readTree(locked.body()).get("detail").asString())
                .isEqualTo("Too many failed logins to this account: try again in " + retryAfter + (retryAfter == 1 ? " second." : " seconds."));

        Client ada = new Client(port, "127.0.0.4");
        assertThat(ada.basic("/api/quotes", "ada", "ada-long-password").statusCode()).as("the right password waits too").isEqualTo(429);
        assertThat(ada.basic("/api/quotes", "bo", "bo-long-password").statusCode()).as("another account does not").isEqualTo(200);
        assertThat(log.getOut()).contains("Logins to account 'ada' (last tried from 127.0.0.3) are locked after 3 failed attempts");

        Thread.sleep(Duration.ofSeconds(retryAfter).plusMillis(200).toMillis());
        assertThat(ada.basic("/api/quotes", "ada", "ada-long-password").statusCode()).isEqualTo(200);
    }

    @Test
    void aFloodOfGuessesFromOneAddressLocksThatAddressAndNoOther(CapturedOutput log) {
        Client flood = new Client(port, "127.0.0.5");
        for (int attempt = 0; attempt < 6; attempt++) {
            assertThat(flood.basic("/api/quotes", "someone-" + attempt, "guess").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = flood.basic("/api/quotes", "cy", "cy-long-password");
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.body()).contains("Too many failed logins from this address");
        assertThat(log.getOut()).contains("Logins from 127.0.0.5 are locked after 6 failed attempts");

        assertThat(new Client(port, "127.0.0.6").basic("/api/quotes", "cy", "cy-long-password").statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginFormIsThrottledTooAndSaysSo() {
        Client guesser = new Client(port, "127.0.0.7");
        String csrf = guesser.csrfToken();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(guesser.logIn("dee", "guess-" + attempt, csrf).headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login?error"));
        }
        assertThat(guesser.logIn("dee", "dee-long-password", csrf).headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).containsPattern("/login\\?locked=\\d+$"));

        try (Browser browser = Browser.open(port)) {
            browser.go("/login?locked=120");
            WebElement form = browser.waitFor(By.tagName("vaadin-login-form"));
            browser.wait.until(ExpectedConditions.textToBePresentInElement(form, "Too many failed logins"));
            assertThat(form.getText()).contains("try again in 2 minutes");
            browser.screenshot("login-locked");
        }
    }

    @Test
    void withAccountsOfItsOwnTheDeskListensForTheNewsroomsNetwork() {
        assertThat(app.getBean(DemoAccounts.class).active()).isFalse();
        assertThat(ListenAddressTest.listensOn((WebServerApplicationContext) app)).as("every interface").isNull();
    }

    @Test
    void theLoginFormRefusesAPostWithoutItsCsrfToken() {
        Client forger = new Client(port, "127.0.0.8");
        HttpResponse<String> forged = forger.logIn("cy", "cy-long-password", null);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forger.get("/").statusCode()).as("not logged in: sent to the login page").isEqualTo(302);

        Client person = new Client(port, "127.0.0.9");
        HttpResponse<String> login = person.logIn("cy", "cy-long-password", person.csrfToken());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("login"));
        assertThat(person.get("/").statusCode()).isEqualTo(200);
    }
}
