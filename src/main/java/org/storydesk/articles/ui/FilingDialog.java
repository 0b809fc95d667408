package org.storydesk.articles.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.storydesk.base.StoryName;

/** An editor chooses the story to put an article on, or to move it to: only open stories take articles. */
class FilingDialog extends Dialog {

    final Select<StoryName> story = new Select<>();
    final Button file = new Button();
    final Paragraph refusal = new Paragraph();

    FilingDialog(String title, String action, String article, List<StoryName> choices, Consumer<StoryName> onFile) {
        addClassName("sd-filing");
        story.addClassName("sd-filing-story");
        setHeaderTitle(title);
        Paragraph about = new Paragraph("“" + article + "”");
        about.addClassName("sd-muted");
        story.setLabel("Story");
        story.setItems(choices);
        story.setItemLabelGenerator(StoryName::name);
        story.setItemEnabledProvider(choice -> !choice.archived());
        story.setPlaceholder(choices.isEmpty() ? "No other story" : "Choose a story");
        story.setWidthFull();
        refusal.addClassName("sd-refusal");
        refusal.setVisible(false);
        file.setText(action);
        file.addThemeVariants(ButtonVariant.PRIMARY);
        file.addClickListener(click -> {
            if (story.getValue() == null) {
                refused("Choose the story first.");
                return;
            }
            onFile.accept(story.getValue());
        });
        Button cancel = new Button("Cancel", click -> close());
        add(about, story, refusal);
        getFooter().add(cancel, file);
    }

    void refused(String reason) {
        refusal.setText(reason);
        refusal.setVisible(true);
    }
}
