package org.storydesk.base.ui;

import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.storydesk.base.live.Change;
import org.storydesk.base.live.StoryChanges;

/**
 * Keeps a view current while it is on screen: when another editor (or the analysis) changes
 * something it shows, the view refreshes, pushed to the browser without a reload.
 */
public final class Live {

    private Live() {
    }

    /** Refreshes {@code view} on every change it cares about, from when it is attached until it is detached. */
    public static void refresh(Component view, StoryChanges changes, Predicate<Change> cares, Runnable refresh) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            StoryChanges.Subscription subscription = changes.subscribe(change -> {
                if (cares.test(change)) {
                    ui.access(refresh::run);
                }
            });
            view.addDetachListener(detach -> {
                subscription.close();
                detach.unregisterListener();
            });
        });
    }

    /** Every change: notes, statuses, corrections and new merges of the story. */
    public static Predicate<Change> anything() {
        return change -> true;
    }
}
