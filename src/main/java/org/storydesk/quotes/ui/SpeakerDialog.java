package org.storydesk.quotes.ui;

import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryPeople;
import org.storydesk.quotes.Quote;

/**
 * Correcting who said a quote: a person of the story, or, for a speaker who is not one (a
 * spokesperson, a document), how the text names them. The machine's choice stays in sight.
 */
class SpeakerDialog extends Dialog {

    final ComboBox<StoryPeople.PersonOption> person = new ComboBox<>("A person of the story");
    final TextField other = new TextField("Or someone else, as the text names them");
    final Button save = new Button("Correct the speaker");
    final Span problem = new Span();

    private BiConsumer<@Nullable PersonSlug, @Nullable String> onSave = (slug, label) -> { };

    SpeakerDialog(Quote quote, List<StoryPeople.PersonOption> people) {
        setHeaderTitle("Who said it?");
        Div words = new Div("“" + quote.text().strip() + "”");
        words.addClassName("sd-note-subject");
        Div machine = new Div("The analysis says: " + (quote.correction() == null ? quote.speakerName() : quote.correction().machine())
                + (quote.rule() == null ? "" : " (by " + quote.rule() + ")"));
        machine.addClassName("sd-muted");
        person.setItems(people);
        person.setItemLabelGenerator(StoryPeople.PersonOption::name);
        person.setWidthFull();
        person.setClearButtonVisible(true);
        if (quote.speaker() != null) {
            people.stream().filter(option -> option.slug().equals(quote.speaker().slug())).findFirst().ifPresent(person::setValue);
        }
        other.setWidthFull();
        other.setMaxLength(200);
        other.setPlaceholder("a senior official, the joint declaration…");
        if (quote.speaker() == null && quote.speakerLabel() != null) {
            other.setValue(quote.speakerLabel());
        }
        person.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                other.clear();
            }
        });
        other.addValueChangeListener(change -> {
            if (!change.getValue().isBlank()) {
                person.clear();
            }
        });
        problem.addClassName("sd-form-problem");
        problem.getElement().setAttribute("role", "alert");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> this.onSave.accept(person.getValue() == null ? null : person.getValue().slug(), other.getValue()));
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        Button cancel = new Button("Cancel", click -> close());
        add(words, machine, person, other, problem);
        getFooter().add(cancel, save);
        setWidth("520px");
        setMaxWidth("95vw");
        addOpenedChangeListener(opened -> person.focus());
    }

    void onSave(BiConsumer<@Nullable PersonSlug, @Nullable String> action) {
        this.onSave = action;
    }

    void refused(String reason) {
        problem.setText(reason);
    }
}
