package org.storydesk.base.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A path under {@code /api} that no endpoint answers is a 404 problem, as a script expects, not
 * the dashboard's page (which would otherwise answer every path the API does not know).
 */
@RestController
class ApiFallback {

    @RequestMapping("/api/**")
    void nothingHere(HttpServletRequest request) {
        throw new NotFound("There is nothing at " + RequestHygiene.printable(request.getRequestURI()) + " for " + request.getMethod()
                + ": the API's paths are listed in the README");
    }
}
