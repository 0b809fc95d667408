package org.storydesk.base.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.storydesk.base.Outcome;

/** What a panel does after an editor's write: show it, or tell the editor why not. */
public final class Writes {

    private Writes() {
    }

    /**
     * @param refresh  shows the item as it now stands
     * @param refused  tells the editor why nothing was written (in the dialog, or as a notification)
     * @param done     closes what the editor wrote in, once the write is settled either way
     * @param conflict shows what another editor left, and lets this one choose
     */
    public static <T> void handle(Outcome<T> outcome, Runnable refresh, Consumer<String> refused, Runnable done, Consumer<T> conflict) {
        switch (outcome) {
            case Outcome.Saved<T> saved -> {
                done.run();
                refresh.run();
            }
            case Outcome.Refused<T> refusal -> refused.accept(refusal.reason());
            case Outcome.Conflict<T> clash -> {
                done.run();
                conflict.accept(clash.current());
            }
            case Outcome.Missing<T> missing -> {
                done.run();
                say(missing.what(), NotificationVariant.WARNING);
                refresh.run();
            }
        }
    }

    /** A write made from a notification rather than a dialog: a refusal is said, a conflict shows the item again. */
    public static <T> void handle(Outcome<T> outcome, Runnable refresh) {
        handle(outcome, refresh, Writes::complain, () -> { }, current -> refresh.run());
    }

    public static void complain(String reason) {
        say(reason, NotificationVariant.ERROR);
    }

    public static void say(String message, NotificationVariant... variants) {
        Notification.show(message, 5000, Notification.Position.BOTTOM_START).addThemeVariants(variants);
    }
}
