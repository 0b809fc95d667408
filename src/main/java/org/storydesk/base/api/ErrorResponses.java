package org.storydesk.base.api;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page, for whatever fails before or outside a controller (a filter, the servlet
 * container). It answers a problem with the status the failure had and a detail of its own
 * words: a client error says so, a server error is logged once and answered as a 500 with a
 * reference, never as an empty 403 and never with the exception's name.
 */
@Controller
class ErrorResponses implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 || failure != null && status < 400) {
            String reference = ApiErrors.reference();
            log.error("Server error {} answering {}", reference, request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
            Problems.write(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, ApiErrors.serverErrorDetail(reference),
                    Map.of("reference", reference));
            return;
        }
        Problems.write(request, response, status, switch (status) {
            case 400 -> "The request is malformed: check its path, query and headers";
            case 401 -> "Log in with a Story Desk account";
            case 403 -> "This account may not do that";
            case 404 -> "There is nothing at this path";
            case 405 -> "This path does not answer that method";
            case 413 -> "The request is larger than the desk accepts";
            default -> Problems.title(status);
        });
    }
}
