package org.storydesk.quotes.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.storydesk.quotes.Quote;
import org.storydesk.quotes.QuoteStatus;
import org.storydesk.quotes.Quotes;

/** Marking a quote disputed or corrected: the editor says why, and the reason stays with the status. */
class StatusDialog extends Dialog {

    final TextArea note = new TextArea("Why");
    final Button save = new Button();
    final Span problem = new Span();

    private Consumer<String> onSave = note -> { };

    StatusDialog(Quote quote, QuoteStatus status) {
        setHeaderTitle(status == QuoteStatus.DISPUTED ? "Mark the quote disputed" : "Mark the quote corrected");
        Div words = new Div("“" + quote.text().strip() + "” — " + quote.speakerName());
        words.addClassName("sd-note-subject");
        note.setWidthFull();
        note.setMinHeight("120px");
        note.setMaxLength(Quotes.MAX_NOTE);
        note.setRequired(true);
        note.setValue(quote.verdict().status() == status && quote.verdict().note() != null ? quote.verdict().note() : "");
        note.setPlaceholder(status == QuoteStatus.DISPUTED ? "What is in doubt, and who says so?" : "What was wrong, and what is right?");
        problem.addClassName("sd-form-problem");
        problem.getElement().setAttribute("role", "alert");
        save.setText(status == QuoteStatus.DISPUTED ? "Mark disputed" : "Mark corrected");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> this.onSave.accept(note.getValue()));
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        Button cancel = new Button("Cancel", click -> close());
        add(words, note, problem);
        getFooter().add(cancel, save);
        setWidth("520px");
        setMaxWidth("95vw");
        addOpenedChangeListener(opened -> note.focus());
    }

    void onSave(Consumer<String> action) {
        this.onSave = action;
    }

    void refused(String reason) {
        problem.setText(reason);
        note.setInvalid(true);
        note.setErrorMessage(reason);
    }
}
