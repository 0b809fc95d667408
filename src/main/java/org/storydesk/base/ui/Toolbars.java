package org.storydesk.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

/** The choices above a list: a select that says what it chooses ("Sort by Date said", "Tag Any"). */
public final class Toolbars {

    private Toolbars() {
    }

    /** Names the select inside it, as its prefix, and to screen readers. */
    public static void labelled(Select<?> select, String label) {
        select.setAriaLabel(label);
        Span prefix = new Span(label);
        prefix.addClassName("sd-prefix");
        select.setPrefixComponent(prefix);
    }

    /**
     * A labelled select that may be left empty (shown as {@code anyCaption}) and shows the list
     * again when the editor picks.
     */
    public static void optional(Select<?> select, String label, String anyCaption, Runnable onPick) {
        labelled(select, label);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(anyCaption);
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onPick.run();
            }
        });
    }
}
