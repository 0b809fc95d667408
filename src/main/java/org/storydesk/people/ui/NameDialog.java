package org.storydesk.people.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.storydesk.people.Person;

/** Correcting how a person's name is written; the analysis's spelling stays in sight. */
class NameDialog extends Dialog {

    final TextField name = new TextField("Name as the desk writes it");
    final Button save = new Button("Correct the name");
    final Span problem = new Span();

    private Consumer<String> onSave = name -> { };

    NameDialog(Person person) {
        setHeaderTitle("Correct the name");
        Div machine = new Div("The analysis spells it: " + (person.correction() == null ? person.name() : person.correction().machineName()));
        machine.addClassName("sd-muted");
        name.setValue(person.name());
        name.setWidthFull();
        name.setMaxLength(120);
        problem.addClassName("sd-form-problem");
        problem.getElement().setAttribute("role", "alert");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> this.onSave.accept(name.getValue()));
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button("Cancel", click -> close());
        add(machine, name, problem);
        getFooter().add(cancel, save);
        setWidth("460px");
        setMaxWidth("95vw");
        addOpenedChangeListener(opened -> name.focus());
    }

    void onSave(Consumer<String> action) {
        this.onSave = action;
    }

    void refused(String reason) {
        problem.setText(reason);
        name.setInvalid(true);
        name.setErrorMessage(reason);
    }
}
