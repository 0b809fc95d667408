package org.storydesk.timeline.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.storydesk.timeline.Event;

/** Correcting what an event was and when: the machine's summary and date stay in sight. */
class CorrectionDialog extends Dialog {

    /** What the editor asks for. */
    interface Save {
        void save(@Nullable String summary, @Nullable LocalDate date, String precision);
    }

    final TextField summary = new TextField("What happened");
    final DatePicker date = new DatePicker("When");
    final Select<String> precision = new Select<>();
    final Button save = new Button("Correct the event");
    final Span problem = new Span();
    private Save onSave = (text, day, part) -> { };

    CorrectionDialog(Event event) {
        setHeaderTitle("Correct the event");
        Div machine = new Div("The analysis says: " + (event.correction() == null
                ? EventCard.heading(event) + " · " + event.summary()
                : event.correction().machineFrom() + " (" + event.correction().machinePrecision() + ") · " + event.correction().machineSummary()));
        machine.addClassName("sd-muted");
        summary.setValue(event.summary());
        summary.setWidthFull();
        summary.setMaxLength(300);
        date.setValue(event.from());
        DatePicker.DatePickerI18n iso = new DatePicker.DatePickerI18n();
        iso.setDateFormats("yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy");
        iso.setFirstDayOfWeek(1);
        date.setI18n(iso);
        precision.setLabel("Known to");
        precision.setItems("day", "week", "month");
        precision.setItemLabelGenerator(value -> switch (value) {
            case "week" -> "The week";
            case "month" -> "The month";
            default -> "The day";
        });
        precision.setValue(event.precision());
        Div when = new Div(date, precision);
        when.addClassName("sd-form-row");
        problem.addClassName("sd-form-problem");
        problem.getElement().setAttribute("role", "alert");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> onSave.save(summary.getValue(), date.getValue(), precision.getValue()));
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        Button cancel = new Button("Cancel", click -> close());
        add(machine, summary, when, problem);
        getFooter().add(cancel, save);
        setWidth("540px");
        setMaxWidth("95vw");
        addOpenedChangeListener(opened -> summary.focus());
    }

    void onSave(Save action) {
        this.onSave = action;
    }

    void refused(String reason) {
        problem.setText(reason);
    }
}
