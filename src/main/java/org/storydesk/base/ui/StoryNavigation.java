package org.storydesk.base.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryName;

/**
 * Where an editor is, in the URL: the story in the path ({@code /stories/paris-summit/quotes}), the
 * filter in the query ({@code ?person=mark-carney&from=2026-01-05}), so a filtered view is a link
 * that can be shared, and back and forward move through filters as they do through pages.
 */
public final class StoryNavigation {

    /** The route parameter every story's view names its story by. */
    public static final String STORY = "story";

    private StoryNavigation() {
    }

    /**
     * The story a view's URL names; a slug no story has is the desk's "not found" page (the view
     * is then not shown, and this answers empty).
     */
    public static Optional<StoryName> storyOf(BeforeEnterEvent event, StoryDirectory stories) {
        Optional<StoryName> story = event.getRouteParameters().get(STORY).flatMap(stories::bySlug);
        if (story.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no story '" + event.getRouteParameters().get(STORY).orElse("") + "'");
        }
        return story;
    }

    /** The slug of the story a location is in ({@code stories/<slug>/…}), if it is in one. */
    public static Optional<String> slugOf(Location location) {
        List<String> segments = location.getSegments();
        if (segments.size() >= 2 && segments.getFirst().equals("stories") && !segments.get(1).matches("\\d+")) {
            return Optional.of(segments.get(1));
        }
        return Optional.empty();
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

    /** A view of a story ({@code quotes}, or "" for its overview), with the filter as its query. */
    public static String link(StoryName story, String view, StoryFilter filter) {
        return link(story.path(view), filter);
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
