package org.storydesk.base.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every {@code @RequestBody} of the API goes through {@link JsonBodies}' checks: the body must be
 * UTF-8 (before the JSON reader would replace what is not), and no text in the record it
 * becomes may hold a NUL character. Bean Validation ({@code @Valid}) follows.
 */
@RestControllerAdvice(basePackages = "org.storydesk")
class JsonBodyChecks extends RequestBodyAdviceAdapter {

    /** More than any note or token request; articles are read by their own controller, with their own limit. */
    private static final int MOST = 1024 * 1024;

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage message, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body;
        try (InputStream in = message.getBody()) {
            body = in.readNBytes(MOST + 1);
        }
        if (body.length > MOST) {
            throw new BadRequest("The request body is larger than the 1 MB this request may be");
        }
        JsonBodies.requireUtf8(body);
        HttpHeaders headers = message.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage message, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        JsonBodies.requireNoNul(body);
        return body;
    }
}
