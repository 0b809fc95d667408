package org.storydesk.base.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryName;
import org.storydesk.base.StoryPeople;
import org.storydesk.base.security.CurrentUser;

/**
 * The frame around every view: on the left the desk, the story open now and its views; on top the
 * story's filter, the search (this story or the whole desk) and the logged-in editor. A story's
 * views join the navigation with {@code @StoryMenu}, the desk's own with {@code @Menu}, so the
 * frame knows no view by name.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    final FilterBar filters;
    final TextField search = new TextField();
    final Select<String> scope = new Select<>();
    final SideNav storyNav = new SideNav();
    final Anchor storyName = new Anchor();
    private final StoryDirectory stories;
    private final List<StoryView> storyViews;
    private final List<SideNavItem> deskItems = new ArrayList<>();
    private StoryName story;

    /** A story's view, as the navigation links it: its title, icon, and the path after {@code stories/<slug>/}. */
    private record StoryView(String title, String icon, double order, String path) {
    }

    static final String THIS_STORY = "This story";
    static final String WHOLE_DESK = "All stories";

    MainLayout(CurrentUser user, StoryPeople people, StoryDirectory stories) {
        this.stories = stories;
        this.filters = new FilterBar(people);
        this.storyViews = storyViews();
        setPrimarySection(Section.DRAWER);
        addToDrawer(drawer());
        addToNavbar(header(user));
        filters.addChangeListener(change -> StoryNavigation.show(change.filter()));
    }

    /** Every view marked {@code @StoryMenu}, found among the routes under {@code stories/:story}. */
    private static List<StoryView> storyViews() {
        List<StoryView> views = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            StoryMenu menu = route.getNavigationTarget().getAnnotation(StoryMenu.class);
            String prefix = "stories/:" + StoryNavigation.STORY;
            if (menu != null && route.getTemplate().startsWith(prefix)) {
                String path = route.getTemplate().substring(prefix.length()).replaceFirst("^/", "");
                views.add(new StoryView(menu.title(), menu.icon(), menu.order(), path));
            }
        }
        views.sort(Comparator.comparingDouble(StoryView::order));
        return List.copyOf(views);
    }

    private Component drawer() {
        Anchor brand = new Anchor("desk", "");
        brand.addClassName("sd-brand");
        Span mark = new Span("SD");
        mark.addClassName("sd-brand-mark");
        Div name = new Div(new Span("Story Desk"));
        name.addClassName("sd-brand-name");
        Span desk = new Span("Newsroom dashboard");
        desk.addClassName("sd-brand-story");
        name.add(desk);
        brand.add(mark, name);

        storyName.addClassName("sd-current-story");
        storyNav.addClassName("sd-nav");
        SideNav deskNav = new SideNav();
        deskNav.addClassNames("sd-nav", "sd-desk-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), icon(entry.icon()));
            deskNav.addItem(item);
            deskItems.add(item);
        }

        Div foot = new Div(new Span("Every item links to the sentence it came from."));
        foot.addClassName("sd-drawer-foot");

        VerticalLayout drawer = new VerticalLayout(brand, storyName, storyNav, deskNav, foot);
        drawer.setPadding(false);
        drawer.setSpacing(false);
        drawer.setSizeFull();
        return drawer;
    }

    private static Component icon(String name) {
        String[] parts = name.split(":", 2);
        return parts.length == 2 ? new Icon(parts[0], parts[1]) : new Icon(name);
    }

    private Component header(CurrentUser user) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the navigation");

        search.setPlaceholder("Search articles and quotes");
        search.setAriaLabel("Search articles and quotes");
        search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
        search.setClearButtonVisible(true);
        search.addClassName("sd-header-search");
        search.addKeyDownListener(Key.ENTER, enter -> searchNow());
        scope.setItems(THIS_STORY, WHOLE_DESK);
        scope.setValue(THIS_STORY);
        scope.setAriaLabel("Search in");
        scope.addClassName("sd-search-scope");
        Div searching = new Div(search, scope);
        searching.addClassName("sd-search-box");

        Span name = new Span(user.name());
        name.addClassName("sd-user-name");
        Span role = new Span(user.isEditor() ? "Editor" : "Viewer");
        role.addClassName("sd-role");
        role.getElement().setAttribute("data-role", user.isEditor() ? "editor" : "viewer");
        Button logout = new Button("Log out", new Icon(VaadinIcon.SIGN_OUT), click -> user.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        HorizontalLayout who = new HorizontalLayout(new Icon(VaadinIcon.USER), name, role, logout);
        who.addClassName("sd-user");
        who.setAlignItems(FlexComponent.Alignment.CENTER);

        HorizontalLayout header = new HorizontalLayout(toggle, filters, searching, who);
        header.addClassName("sd-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setSpacing(true);
        return header;
    }

    /** Searches this story, or the whole desk, for what the editor typed: the results page is a link too. */
    void searchNow() {
        String words = search.getValue().strip();
        if (words.isEmpty()) {
            return;
        }
        String path = story != null && THIS_STORY.equals(scope.getValue()) ? story.path("search") : "search";
        getUI().ifPresent(ui -> ui.navigate(path, QueryParameters.simple(java.util.Map.of("q", words))));
    }

    /**
     * The frame follows the URL: after every navigation, including back and forward, it shows the
     * story the URL is in (its views in the navigation, its people in the filter) and what the
     * filter asks, and going to another view of the story keeps it.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        StoryNavigation.warnAboutMalformed(event.getLocation());
        StoryFilter filter = StoryNavigation.filterOf(event.getLocation());
        Optional<StoryName> current = StoryNavigation.slugOf(event.getLocation()).flatMap(stories::bySlug);
        story = current.orElse(null);
        QueryParameters query = StoryNavigation.query(filter);
        storyNav.removeAll();
        current.ifPresentOrElse(shown -> {
            filters.show(shown.id(), filter);
            storyName.setText(shown.name() + (shown.archived() ? " (archived)" : ""));
            storyName.setHref(shown.path(""));
            for (StoryView view : storyViews) {
                SideNavItem item = new SideNavItem(view.title(), shown.path(view.path()), icon(view.icon()));
                item.setQueryParameters(query);
                storyNav.addItem(item);
            }
        }, () -> storyName.setText(""));
        filters.setVisible(current.isPresent());
        storyName.setVisible(current.isPresent());
        storyNav.setVisible(current.isPresent());
        scope.setVisible(current.isPresent());
        scope.setValue(current.isPresent() ? THIS_STORY : WHOLE_DESK);
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("q", List.of());
        if (event.getLocation().getPath().endsWith("search") && !asked.isEmpty()) {
            search.setValue(asked.getFirst());
        }
    }
}
