package org.storydesk.base.ui;

import com.vaadin.flow.component.html.Span;
import org.storydesk.base.PersonName;

/** A person, as a chip: clicking it (or Enter on it) filters the whole desk to that person. */
public class PersonChip extends Span {

    private final PersonName person;

    public PersonChip(PersonName person) {
        super(person.name());
        this.person = person;
        addClassName("sd-chip");
        getElement().setAttribute("role", "button");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("title", "Show only " + person.name());
        getElement().setAttribute("data-person", person.slug().value());
        addClickListener(click -> StoryNavigation.showPerson(person.slug()));
        getElement().addEventListener("keydown", event -> StoryNavigation.showPerson(person.slug()))
                .setFilter("event.key === 'Enter' || event.key === ' '");
    }

    public PersonName person() {
        return person;
    }
}
