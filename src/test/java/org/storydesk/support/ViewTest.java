package org.storydesk.support;

import java.time.Duration;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A browserless test of a dashboard view over the analysed seed story. It waits for the
 * analysis, and opens views by their URL, query included, as a link would.
 */
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    protected JdbcClient jdbc;

    @BeforeEach
    void waitForTheStory() {
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(5));
    }

    /** Opens a location such as {@code quotes?person=mark-carney&from=2026-01-05}. */
    protected <T> T open(String location, Class<T> view) {
        int query = location.indexOf('?');
        String path = query < 0 ? location : location.substring(0, query);
        QueryParameters parameters = query < 0 ? QueryParameters.empty() : QueryParameters.fromString(location.substring(query + 1));
        UI.getCurrent().navigate(path, parameters);
        return view.cast(getCurrentView());
    }
}
