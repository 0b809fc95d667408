package org.storydesk.base.ui;

import java.util.UUID;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.component.UI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What an editor sees when something fails while they work (a click, a save, a live update): a
 * short notice with a reference to quote, never the exception. The fault is logged once, with
 * the reference, for whoever runs the desk.
 */
@Component
class UiErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String reference = log("at work in the dashboard", event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification notice = Notification.show("Something went wrong on the server; it has been logged as " + reference
                    + ". Nothing you saved is lost.", 8_000, Notification.Position.BOTTOM_START);
            notice.addThemeVariants(NotificationVariant.ERROR);
        }
    }

    /** Logs a fault once and gives the reference it is logged under. */
    static String log(String doing, Throwable fault) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Server error {} {}", reference, doing, fault);
        return reference;
    }
}
