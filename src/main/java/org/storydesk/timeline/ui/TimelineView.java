package org.storydesk.timeline.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.storydesk.base.ui.ComingSoon;

@Route("timeline")
@PageTitle("Timeline")
@Menu(order = 2, icon = "vaadin:calendar-clock", title = "Timeline")
@PermitAll
public class TimelineView extends Div {

    TimelineView() {
        addClassName("sd-page");
        add(new ComingSoon("The timeline", "What happened when, day by day, with the people in each event and the "
                + "sentences from every outlet that reports it."));
    }
}
