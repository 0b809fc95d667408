package org.storydesk.base.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryFilter;

/**
 * The story filter lives in the URL, so a filtered view is a link that can be shared, and back
 * and forward move through filters as they do through pages.
 */
public final class StoryNavigation {

    private StoryNavigation() {
    }

    /** The filter a location asks for; a malformed one is ignored (the layout says what is wrong with it). */
    public static StoryFilter filterOf(Location location) {
        try {
            return StoryFilter.fromQuery(location.getQueryParameters().getParameters());
        } catch (IllegalArgumentException e) {
            return StoryFilter.EVERYTHING;
        }
    }

    /** Tells the editor what is wrong with the filter of a hand-edited or mangled link. */
    static void warnAboutMalformed(Location location) {
        try {
            StoryFilter.fromQuery(location.getQueryParameters().getParameters());
        } catch (IllegalArgumentException e) {
            Notification.show(e.getMessage() + " — showing everything instead.", 6000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.WARNING);
        }
    }

    /** The current view, filtered as given. */
    public static void show(StoryFilter filter) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        String path = ui.getActiveViewLocation().getPath();
        ui.navigate(path, query(filter));
    }

    /** The current view, filtered to one person, dates kept. */
    public static void showPerson(PersonSlug person) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        StoryFilter current = filterOf(ui.getActiveViewLocation());
        show(current.withPeople(Set.of(person)));
    }

    /** A path with the filter as its query, for links. */
    public static String link(String path, StoryFilter filter) {
        String query = query(filter).getQueryString();
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The filter as a URL query. */
    public static QueryParameters query(StoryFilter filter) {
        return QueryParameters.full(toArrays(filter));
    }

    private static Map<String, String[]> toArrays(StoryFilter filter) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        filter.toQuery().forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        return parameters;
    }
}
