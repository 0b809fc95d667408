package org.storydesk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** A panel for a view whose content is still being built, saying what it will hold. */
public class ComingSoon extends Div {

    public ComingSoon(String what, String description) {
        addClassNames("sd-empty", "sd-panel");
        add(new H3(what + " is coming"), new Paragraph(description));
    }
}
