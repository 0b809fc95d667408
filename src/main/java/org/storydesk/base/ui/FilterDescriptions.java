package org.storydesk.base.ui;

import java.util.List;

import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryPeople;

/** What a filter asks for, in words, for the empty states: "from Ana Ruiz between 5 Jan 2026 and 6 Jan 2026". */
public final class FilterDescriptions {

    private FilterDescriptions() {
    }

    /** "No quotes from Ana Ruiz between 5 Jan 2026 and 6 Jan 2026." */
    public static String nothing(String what, String relation, StoryId story, StoryFilter filter, StoryPeople people) {
        StringBuilder text = new StringBuilder("No ").append(what);
        if (filter.hasPeople()) {
            text.append(' ').append(relation).append(' ').append(names(story, filter, people));
        }
        text.append(dates(filter));
        return text.append('.').toString();
    }

    public static String names(StoryId story, StoryFilter filter, StoryPeople people) {
        List<String> names = filter.people().stream()
                .map(slug -> people.find(story, slug).map(StoryPeople.PersonOption::name).orElse(slug.value()))
                .sorted().toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.getLast();
    }

    public static String dates(StoryFilter filter) {
        if (filter.from() != null && filter.to() != null) {
            return filter.from().equals(filter.to()) ? " on " + Formats.date(filter.from())
                    : " between " + Formats.date(filter.from()) + " and " + Formats.date(filter.to());
        }
        if (filter.from() != null) {
            return " from " + Formats.date(filter.from()) + " on";
        }
        if (filter.to() != null) {
            return " until " + Formats.date(filter.to());
        }
        return "";
    }

}
