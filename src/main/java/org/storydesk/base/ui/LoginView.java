package org.storydesk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.storydesk.base.security.DemoAccounts;

/**
 * The way in. While the demo accounts are active it says what they are (and the desk listens on
 * this computer only); otherwise it says nothing about accounts.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Story Desk")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();

    LoginView(DemoAccounts demo) {
        addClassName("sd-login");

        Span mark = new Span("SD");
        mark.addClassName("sd-brand-mark");
        Div intro = new Div(mark, new H1("Story Desk"),
                new Paragraph("One developing story, through every article the newsroom has on it: "
                        + "what happened when, who said what, and who is in it."),
                new Paragraph("Every quote and event links back to the sentence it came from."));
        intro.addClassName("sd-login-intro");

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getErrorMessage().setTitle("Wrong username or password");
        i18n.getErrorMessage().setMessage("Check them and try again.");
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        Div side = new Div(form);
        side.addClassName("sd-login-form");
        if (demo.active()) {
            Div accounts = new Div();
            accounts.getElement().setProperty("innerHTML",
                    "Demo accounts: <code>editor</code> / <code>editor</code> (can annotate and add articles) "
                            + "and <code>viewer</code> / <code>viewer</code> (reads everything).");
            accounts.addClassName("sd-demo");
            side.add(accounts);
        }

        Div card = new Div(intro, side);
        card.addClassName("sd-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        if (parameters.containsKey("locked")) {
            long seconds = parameters.get("locked").stream().findFirst().map(LoginView::seconds).orElse(60L);
            i18n.getErrorMessage().setTitle("Too many failed logins");
            i18n.getErrorMessage().setMessage("Logins to this account, or from this computer, wait for now: try again in "
                    + (seconds < 90 ? seconds + " seconds" : (seconds + 59) / 60 + " minutes") + ".");
            form.setI18n(i18n);
            form.setError(true);
        } else if (parameters.containsKey("error")) {
            i18n.getErrorMessage().setTitle("Wrong username or password");
            i18n.getErrorMessage().setMessage("Check them and try again.");
            form.setI18n(i18n);
            form.setError(true);
        }
    }

    private static long seconds(String value) {
        try {
            return Math.max(1, Math.min(Long.parseLong(value), 24 * 3600));
        } catch (NumberFormatException e) {
            return 60;
        }
    }
}
