package org.storydesk.base.api;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.storydesk.base.Text;

/**
 * Refuses, before anything else reads it, a request no part of the desk could serve: a query
 * parameter holding a NUL character (no text in PostgreSQL may), a query string that does not
 * decode, or a {@code Content-Type} that is no media type at all. Each gets a 400 that says
 * which, instead of a server error deep inside.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestHygiene extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problemWith(request);
        if (problem != null) {
            Problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, problem);
            return;
        }
        chain.doFilter(request, response);
    }

    static String problemWith(HttpServletRequest request) {
        String contentType = request.getHeader("Content-Type");
        if (contentType != null && !contentType.isBlank()) {
            try {
                MediaType.parseMediaType(contentType);
            } catch (InvalidMediaTypeException e) {
                return "The Content-Type header '" + printable(contentType) + "' is not a media type: send application/json, "
                        + "text/plain or text/html";
            }
        }
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String name;
                String value;
                try {
                    name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                    value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return "The query string is not correctly encoded: write each parameter as name=value, with % followed by two hex digits";
                }
                if (Text.holdsNul(name) || Text.holdsNul(value)) {
                    return "The parameter '" + printable(name) + "' holds a NUL character (%00), which no text may hold";
                }
            }
        }
        if (MediaType.APPLICATION_FORM_URLENCODED_VALUE.equalsIgnoreCase(baseType(contentType))) {
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (Text.holdsNul(parameter.getKey()) || java.util.Arrays.stream(parameter.getValue()).anyMatch(Text::holdsNul)) {
                    return "The field '" + printable(parameter.getKey()) + "' holds a NUL character, which no text may hold";
                }
            }
        }
        return null;
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    }

    /** The caller's words, shortened and without control characters, to quote back to them. */
    static String printable(String text) {
        String clean = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() <= 60 ? clean : clean.substring(0, 59) + "…";
    }
}
