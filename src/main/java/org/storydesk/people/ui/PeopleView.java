package org.storydesk.people.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.storydesk.base.ui.ComingSoon;

@Route("people")
@PageTitle("People")
@Menu(order = 4, icon = "vaadin:users", title = "People")
@PermitAll
public class PeopleView extends Div {

    PeopleView() {
        addClassName("sd-page");
        add(new ComingSoon("The people panel", "Everyone in the story, with their roles as stated, the ways each "
                + "outlet names them, and what they said."));
    }
}
