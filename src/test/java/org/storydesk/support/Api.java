package org.storydesk.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the running app's JSON API over real HTTP, as an integration or a script would. */
public final class Api {

    public record Account(String username, String password) {
        public static final Account EDITOR = new Account("editor", "editor");
        public static final Account VIEWER = new Account("viewer", "viewer");
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public HttpResponse<String> get(String path, Account account) {
        return send(request(path, account).GET().build());
    }

    public HttpResponse<String> anonymousGet(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public HttpResponse<String> post(String path, Account account, String contentType, byte[] body) {
        return send(request(path, account).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public HttpResponse<String> post(String path, Account account, String contentType, String body) {
        return post(path, account, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> anonymousPost(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> put(String path, Account account, String contentType, String body) {
        return send(request(path, account).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A GET with a header of the caller's choosing (such as a malformed Authorization), and nothing else. */
    public HttpResponse<String> withHeader(String path, String name, String value) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header(name, value).GET().build());
    }

    /** A GET with an API token, as an integration sends it. */
    public HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET().build());
    }

    public HttpResponse<String> post(String path, String token, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> delete(String path, Account account) {
        return send(request(path, account).DELETE().build());
    }

    private HttpRequest.Builder request(String path, Account account) {
        String credentials = Base64.getEncoder().encodeToString(
                (account.username() + ":" + account.password()).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + credentials);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
