package org.storydesk.stories.ui;

import java.util.function.BiConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.storydesk.stories.Stories;

/** An editor names a story and says in a line or two what it is about: a new story, or one renamed. */
class StoryDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("What it is about");
    final Button save;
    final Paragraph refusal = new Paragraph();

    private BiConsumer<String, String> onSave = (name, description) -> { };

    StoryDialog(String title, String action, String currentName, String currentDescription) {
        addClassName("sd-story-dialog");
        name.addClassName("sd-story-name-input");
        description.addClassName("sd-story-description-input");
        setHeaderTitle(title);
        name.setValue(currentName);
        name.setMaxLength(Stories.MAX_NAME);
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        description.setValue(currentDescription);
        description.setMaxLength(Stories.MAX_DESCRIPTION);
        description.setWidthFull();
        description.setPlaceholder("Paris talks on security guarantees for Ukraine, 5–6 January 2026");
        refusal.addClassName("sd-refusal");
        refusal.setVisible(false);
        save = new Button(action, click -> onSave.accept(name.getValue(), description.getValue()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button("Cancel", click -> close());
        add(name, description, refusal);
        getFooter().add(cancel, save);
        name.focus();
    }

    void onSave(BiConsumer<String, String> then) {
        this.onSave = then;
    }

    void refused(String reason) {
        refusal.setText(reason);
        refusal.setVisible(true);
    }
}
