package org.storydesk.timeline;

import java.time.LocalDate;
import java.util.List;

import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonSlug;

/**
 * A dated happening as the analysis found it across the story.
 *
 * @param precision {@code day}, {@code week} or {@code month}: how much of the date the text gives
 * @param from      the first day the date covers (the day itself, the Monday of the week, the 1st of the month)
 * @param to        the last day it covers
 */
public record MachineEvent(EventId id, LocalDate from, LocalDate to, String precision, String timeOfDay, String summary,
                           List<PersonSlug> people, List<Source> sources) {

    /** A sentence of an article that reports the happening. */
    public record Source(ArticleId article, int start, int end, String sentence) {
    }
}
