package org.storydesk.base.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryPeople;
import org.storydesk.base.security.CurrentUser;

/**
 * The frame around every view: the story's name and the side navigation on the left, the
 * view's title and the logged-in editor on top. Views join the navigation with {@code @Menu},
 * so the frame knows no view by name.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    final FilterBar filters;
    private final List<SideNavItem> views = new ArrayList<>();

    MainLayout(CurrentUser user, StoryPeople people) {
        this.filters = new FilterBar(people);
        setPrimarySection(Section.DRAWER);
        addToDrawer(drawer());
        addToNavbar(header(user));
        filters.addChangeListener(change -> StoryNavigation.show(change.filter()));
    }

    private Component drawer() {
        Anchor brand = new Anchor("", "");
        brand.addClassName("sd-brand");
        Span mark = new Span("SD");
        mark.addClassName("sd-brand-mark");
        Div name = new Div(new Span("Story Desk"));
        name.addClassName("sd-brand-name");
        Span story = new Span("Newsroom dashboard");
        story.addClassName("sd-brand-story");
        name.add(story);
        brand.add(mark, name);

        SideNav nav = new SideNav();
        nav.addClassName("sd-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), icon(entry.icon()));
            nav.addItem(item);
            views.add(item);
        }

        Div foot = new Div(new Span("Every item links to the sentence it came from."));
        foot.addClassName("sd-drawer-foot");

        VerticalLayout drawer = new VerticalLayout(brand, nav, foot);
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

        HorizontalLayout header = new HorizontalLayout(toggle, filters, who);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setSpacing(true);
        return header;
    }

    /**
     * The filter follows the URL: after every navigation, including back and forward, it shows
     * what the URL asks, and going to another view keeps it.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        StoryNavigation.warnAboutMalformed(event.getLocation());
        StoryFilter filter = StoryNavigation.filterOf(event.getLocation());
        filters.show(filter);
        QueryParameters query = StoryNavigation.query(filter);
        views.forEach(item -> item.setQueryParameters(query));
    }
}
