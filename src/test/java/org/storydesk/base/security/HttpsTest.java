package org.storydesk.base.security;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.storydesk.Application;
import org.storydesk.support.SeparateApps;

import static org.assertj.core.api.Assertions.assertThat;

/** The desk served over HTTPS (a certificate of its own here): browsers are told to keep to HTTPS, and the session cookie never leaves it. */
@ExtendWith(SeparateApps.class)
class HttpsTest {

    private static final String PASSWORD = "keystore-secret";

    @TempDir
    static Path folder;
    static ConfigurableApplicationContext app;
    static HttpClient https;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        Path keystore = folder.resolve("desk.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "desk", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-keystore", keystore.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();

        app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--storydesk.data-dir=" + folder.resolve("data"), "--storydesk.seeds-dir=seeds",
                        "--storydesk.analysis.enabled=false", "--server.ssl.key-store=file:" + keystore,
                        "--server.ssl.key-store-type=PKCS12", "--server.ssl.key-store-password=" + PASSWORD, "--server.ssl.key-alias=desk");
        port = ((WebServerApplicationContext) app).getWebServer().getPort();

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            trusted.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        https = HttpClient.newBuilder().sslContext(tls).build();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void overHttpsBrowsersAreToldToStayOnHttpsForAYear() throws Exception {
        for (String path : java.util.List.of("/login", "/api/quotes")) {
            HttpResponse<Void> response = https.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path)
                    .hasValue("max-age=31536000 ; includeSubDomains");
        }
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndStaysOnThisSite() throws Exception {
        HttpResponse<Void> login = https.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("Secure", "HttpOnly", "SameSite=Lax"));
    }
}
