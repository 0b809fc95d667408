package org.storydesk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** What a panel shows when there is nothing to show, saying why and what to do. */
public class EmptyState extends Div {

    private final H3 title = new H3();
    private final Paragraph text = new Paragraph();

    public EmptyState() {
        addClassNames("sd-empty", "sd-panel");
        add(title, text);
        setVisible(false);
    }

    public void show(String heading, String explanation) {
        title.setText(heading);
        text.setText(explanation);
        setVisible(true);
    }

    public String text() {
        return title.getText() + " " + text.getText();
    }
}
