package org.storydesk.base.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.storydesk.IntegrationTest;
import org.storydesk.support.Client;

import static org.assertj.core.api.Assertions.assertThat;

/** What every answer tells the browser about the desk, over plain HTTP (HTTPS: {@link HttpsTest}). */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void pagesForbidOtherOriginsFramingAndSniffingAndKeepTheirAddressToThemselves() throws Exception {
        for (String path : List.of("/login", "/api/quotes", "/actuator/health/readiness")) {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("default-src", "frame-ancestors"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        }
        HttpResponse<Void> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("frame-ancestors 'self'", "form-action 'self'", "object-src 'none'").doesNotContain("*"));
    }

    @Test
    void theSessionCookieStaysOnThisSiteAndOutOfScriptsAndUrls() {
        Client browser = new Client(port, "127.0.0.1");
        HttpResponse<String> login = browser.get("/login");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow();
        assertThat(cookie).contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure");
        assertThat(login.body()).doesNotContain("jsessionid");

        HttpResponse<String> redirected = new Client(port, "127.0.0.1").get("/quotes");
        assertThat(redirected.statusCode()).isEqualTo(302);
        assertThat(redirected.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location.toLowerCase()).endsWith("/login").doesNotContain("jsessionid"));
    }
}
