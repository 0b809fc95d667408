package org.storydesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that failed to open because of a fault of the server: the editor is told so and given
 * a reference to quote; the fault itself (its exception, its message) goes to the log only.
 */
@PageTitle("Something went wrong · Story Desk")
@AnonymousAllowed
public class ServerErrorView extends Main implements HasErrorParameter<Exception> {

    private final Paragraph reference = new Paragraph();

    ServerErrorView() {
        addClassName("sd-error-page");
        Div card = new Div(new H1("Something went wrong"),
                new Paragraph("This page could not be opened because of a fault on the server. Nothing you wrote is lost."),
                reference, new Anchor("", "Go to the overview"));
        card.addClassName("sd-error-card");
        add(card);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String logged = UiErrors.log("opening " + event.getLocation().getPathWithQueryParameters(), parameter.getCaughtException());
        reference.setText("It has been logged as " + logged + ".");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
