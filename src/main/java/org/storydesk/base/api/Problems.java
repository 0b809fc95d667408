package org.storydesk.base.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * A problem (RFC 9457) written straight to the response, for the places that answer before any
 * controller does: filters, the security chain, the error page. Its {@code detail} says what is
 * wrong in words a script's author can act on, and never names the server's internals.
 */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String detail) throws IOException {
        write(request, response, status, detail, Map.of());
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String detail,
                             Map<String, Object> properties) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put("detail", detail);
        Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        problem.put("instance", original instanceof String uri ? uri : request.getRequestURI());
        problem.putAll(properties);
        response.getWriter().write(JSON.writeValueAsString(problem));
        response.flushBuffer();
    }

    static String title(int status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
