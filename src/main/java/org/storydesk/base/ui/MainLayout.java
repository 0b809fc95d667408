package org.storydesk.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import org.storydesk.base.security.CurrentUser;

/**
 * The frame around every view: the story's name and the side navigation on the left, the
 * view's title and the logged-in editor on top. Views join the navigation with {@code @Menu},
 * so the frame knows no view by name.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    MainLayout(CurrentUser user) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(drawer());
        addToNavbar(header(user));
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
        viewTitle.addClassName("sd-view-title");

        Span name = new Span(user.name());
        Span role = new Span(user.isEditor() ? "Editor" : "Viewer");
        role.addClassName("sd-role");
        role.getElement().setAttribute("data-role", user.isEditor() ? "editor" : "viewer");
        Button logout = new Button("Log out", new Icon(VaadinIcon.SIGN_OUT), click -> user.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        HorizontalLayout who = new HorizontalLayout(new Icon(VaadinIcon.USER), name, role, logout);
        who.addClassName("sd-user");
        who.setAlignItems(FlexComponent.Alignment.CENTER);

        HorizontalLayout header = new HorizontalLayout(toggle, viewTitle, who);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setSpacing(true);
        return header;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        if (content == null) {
            viewTitle.setText("");
            return;
        }
        PageTitle title = content.getClass().getAnnotation(PageTitle.class);
        // Views whose browser title changes (an article's headline) are named by their kind here.
        viewTitle.setText(title != null ? title.value() : content.getClass().getSimpleName().replaceFirst("View$", ""));
    }
}
