package org.storydesk.base.ui;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.shared.Registration;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryPeople;

/**
 * The person and date filter that sits above every panel. It only says what the editor asked
 * for; the layout puts it in the URL and the panels follow the URL.
 */
public class FilterBar extends HorizontalLayout {

    final MultiSelectComboBox<StoryPeople.PersonOption> people = new MultiSelectComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button clear = new Button("Clear", new Icon(VaadinIcon.CLOSE_SMALL));

    private final StoryPeople storyPeople;
    private boolean showing;

    public FilterBar(StoryPeople storyPeople) {
        this.storyPeople = storyPeople;
        addClassName("sd-filters");
        setAlignItems(FlexComponent.Alignment.CENTER);
        setSpacing(false);

        people.setPlaceholder("Everyone");
        people.setAriaLabel("Filter by person");
        // The chip of a chosen person says their name; the list also says how often they are quoted.
        people.setItemLabelGenerator(StoryPeople.PersonOption::name);
        people.setRenderer(LitRenderer.<StoryPeople.PersonOption>of(
                        "<span class=\"sd-option-name\">${item.name}</span> <span class=\"sd-option-count\">${item.count}</span>")
                .withProperty("name", StoryPeople.PersonOption::name)
                .withProperty("count", StoryPeople.PersonOption::count));
        people.setClearButtonVisible(true);
        people.addClassName("sd-filter-people");
        people.setSelectedItemsOnTop(true);
        people.addValueChangeListener(change -> changed());

        DatePicker.DatePickerI18n dates = new DatePicker.DatePickerI18n();
        // The form the URL uses, so what is typed, shown and shared agree; the usual day-first forms are understood too.
        dates.setDateFormats("yyyy-MM-dd", "d/M/yyyy", "d.M.yyyy");
        dates.setFirstDayOfWeek(1);
        from.setI18n(dates);
        to.setI18n(dates);
        from.setPlaceholder("From");
        from.setAriaLabel("From date");
        from.setClearButtonVisible(true);
        from.addClassNames("sd-filter-date", "sd-filter-from");
        to.setPlaceholder("To");
        to.setAriaLabel("To date");
        to.setClearButtonVisible(true);
        to.addClassNames("sd-filter-date", "sd-filter-to");
        from.addValueChangeListener(change -> {
            to.setMin(change.getValue());
            changed();
        });
        to.addValueChangeListener(change -> {
            from.setMax(change.getValue());
            changed();
        });

        clear.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        clear.setTooltipText("Show everyone and every date");
        clear.addClickListener(click -> {
            fireEvent(new ChangeEvent(this, StoryFilter.EVERYTHING));
        });
        add(new Icon(VaadinIcon.FILTER), people, from, to, clear);
    }

    /** Shows a story's filter (from the URL) without firing a change. */
    public void show(StoryId story, StoryFilter filter) {
        showing = true;
        try {
            List<StoryPeople.PersonOption> options = storyPeople.options(story);
            people.setItems(options);
            Set<String> wanted = filter.people().stream().map(PersonSlug::value).collect(Collectors.toSet());
            people.setValue(options.stream().filter(option -> wanted.contains(option.slug().value()))
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            from.setValue(filter.from());
            to.setValue(filter.to());
            from.setMax(filter.to());
            to.setMin(filter.from());
            clear.setVisible(!filter.isEverything());
        } finally {
            showing = false;
        }
    }

    StoryFilter current() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start != null && end != null && start.isAfter(end)) {
            end = start;
        }
        return new StoryFilter(people.getValue().stream().map(StoryPeople.PersonOption::slug).collect(Collectors.toSet()), start, end);
    }

    private void changed() {
        if (!showing) {
            fireEvent(new ChangeEvent(this, current()));
        }
    }

    public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    /** The editor changed the filter. */
    public static class ChangeEvent extends ComponentEvent<FilterBar> {
        private final StoryFilter filter;

        ChangeEvent(FilterBar source, StoryFilter filter) {
            super(source, true);
            this.filter = filter;
        }

        public StoryFilter filter() {
            return filter;
        }
    }
}
