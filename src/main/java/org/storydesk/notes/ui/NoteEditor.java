package org.storydesk.notes.ui;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.storydesk.notes.Notes;

/**
 * Writing or changing a note: its text (links allowed, shown as text otherwise) and tags.
 * Ctrl+Enter saves, Escape cancels; a refusal is shown in the dialog, and what was typed stays.
 */
public class NoteEditor extends Dialog {

    final TextArea body = new TextArea("Note");
    final TextField tags = new TextField("Tags");
    final Button save = new Button("Save note");
    final Button cancel = new Button("Cancel");
    final Span problem = new Span();

    private BiConsumer<String, List<String>> onSave = (text, tagList) -> { };

    /** @param about what the note is on, in words, shown above the text */
    public NoteEditor(String about, String text, List<String> tagList) {
        addClassName("sd-note-editor");
        setHeaderTitle(text.isEmpty() ? "Add a note" : "Edit the note");
        Div subject = new Div(about);
        subject.addClassName("sd-note-subject");

        body.setValue(text);
        body.setWidthFull();
        body.setMinHeight("160px");
        body.setMaxLength(Notes.MAX_LENGTH);
        body.setValueChangeMode(ValueChangeMode.EAGER);
        body.setPlaceholder("What should the desk know? Links are fine.");
        body.setHelperText(count(text));
        body.addValueChangeListener(change -> {
            body.setHelperText(count(change.getValue()));
            problem.setText("");
        });
        tags.setValue(String.join(", ", tagList));
        tags.setWidthFull();
        tags.setPlaceholder("check, legal, follow-up");
        tags.setHelperText("Separated by commas");
        problem.addClassName("sd-form-problem");
        problem.getElement().setAttribute("role", "alert");

        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> onSave.accept(body.getValue(), tagList(tags.getValue())));
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        cancel.addClickListener(click -> close());
        add(subject, body, tags, problem);
        getFooter().add(cancel, save);
        setWidth("560px");
        setMaxWidth("95vw");
        addOpenedChangeListener(opened -> body.focus());
    }

    /** What saving does: it gets the text and the tags, saves, and closes the dialog or calls {@link #refused}. */
    public void onSave(BiConsumer<String, List<String>> action) {
        this.onSave = action;
    }

    /** The note was refused: say why, keep the dialog and what was typed. */
    public void refused(String reason) {
        problem.setText(reason);
        body.setInvalid(true);
        body.setErrorMessage(reason);
    }

    private static List<String> tagList(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    private static String count(String text) {
        return String.format("%,d of %,d characters", text.strip().length(), Notes.MAX_LENGTH);
    }
}
