package org.storydesk.quotes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.storydesk.base.ui.ComingSoon;

@Route("quotes")
@PageTitle("Quotes")
@Menu(order = 3, icon = "vaadin:quote-left", title = "Quotes")
@PermitAll
public class QuotesView extends Div {

    QuotesView() {
        addClassName("sd-page");
        add(new ComingSoon("The quote board", "Every direct quote with its speaker, every outlet that carried it, "
                + "and its wording in each."));
    }
}
