package org.storydesk.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Someone else changed what an editor was changing: shows both versions and lets the editor
 * choose. Nothing is overwritten unless the editor says so.
 */
public class ConflictDialog extends Dialog {

    final Button keepTheirs = new Button("Keep theirs");
    final Button useMine = new Button("Save mine instead");

    /**
     * @param theirs what the other editor left, in words
     * @param mine   what this editor tried to save, in words
     */
    public ConflictDialog(String what, String who, String theirs, String mine, Runnable onKeepTheirs, Runnable onUseMine) {
        addClassName("sd-conflict");
        setHeaderTitle("Someone else changed this " + what);
        Paragraph lede = new Paragraph(who + " changed it while you were editing. Nothing of yours was saved yet: choose which version stays.");
        lede.addClassName("sd-muted");
        add(lede, version("Theirs, now saved", theirs, "sd-theirs"), version("Yours, not saved", mine, "sd-mine"));
        keepTheirs.addClickListener(click -> {
            close();
            onKeepTheirs.run();
        });
        useMine.addThemeVariants(ButtonVariant.PRIMARY);
        useMine.addClickListener(click -> {
            close();
            onUseMine.run();
        });
        keepTheirs.addClickShortcut(Key.ESCAPE);
        getFooter().add(keepTheirs, useMine);
        setCloseOnOutsideClick(false);
    }

    private static Div version(String title, String text, String className) {
        Span heading = new Span(title);
        heading.addClassName("sd-version-title");
        Div body = new Div(text);
        body.addClassName("sd-version-text");
        Div version = new Div(heading, body);
        version.addClassNames("sd-version", className);
        return version;
    }
}
