package org.storydesk.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.storydesk.base.ArticleId;
import org.storydesk.base.EditorsWork;
import org.storydesk.base.ItemType;
import org.storydesk.base.Outcome;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryId;
import org.storydesk.base.Text;
import org.storydesk.base.live.Change;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.security.Editors;
import org.storydesk.history.History;

/**
 * What happened when: the timeline, the reader and the API read the story's events here;
 * editors correct an event's date or summary here, each correction recorded in the audit log,
 * announced to every open view, and kept over every later analysis.
 */
@Service
public class Timeline implements EditorsWork {

    static final int MAX_SUMMARY = 300;

    private final EventRepository repository;
    private final History audit;
    private final StoryChanges changes;

    Timeline(EventRepository repository, History audit, StoryChanges changes) {
        this.repository = repository;
        this.audit = audit;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public List<Event> list(StoryId story, StoryFilter filter, int offset, int limit) {
        return repository.list(story, filter, offset, limit);
    }

    @Transactional(readOnly = true)
    public List<Event> latest(StoryId story, StoryFilter filter, int limit) {
        return repository.latest(story, filter, limit);
    }

    @Transactional(readOnly = true)
    public int count(StoryId story, StoryFilter filter) {
        return repository.count(story, filter);
    }

    /** Whether any of these events (a merge's, say) is one the filter asks for. */
    @Transactional(readOnly = true)
    public boolean anyAmong(StoryId story, StoryFilter filter, Collection<String> ids) {
        return repository.anyAmong(story, filter, ids);
    }

    @Transactional(readOnly = true)
    public List<Event> inArticle(StoryId story, ArticleId article) {
        return repository.inArticle(story, article);
    }

    @Transactional(readOnly = true)
    public Optional<Event> find(StoryId story, EventId id) {
        return repository.find(story, id);
    }

    /**
     * Corrects what an event was and when it happened: a summary, or a date (a day, or the week
     * or month it falls in, where that is all that is known), or both; null leaves the machine's.
     *
     * @param precision {@code day}, {@code week} or {@code month}; needed with a date
     */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Outcome<Event> correct(StoryId story, EventId id, int version, @Nullable String summary, @Nullable LocalDate date, @Nullable String precision) {
        String what = summary == null || summary.isBlank() ? null : summary.strip().replaceAll("\\s+", " ");
        if (what == null && date == null) {
            return new Outcome.Refused<>("Give the event's summary or its date, or both");
        }
        if (Text.holdsNul(what)) {
            return new Outcome.Refused<>(Text.nulIn("A summary", what).orElseThrow());
        }
        if (what != null && what.length() > MAX_SUMMARY) {
            return new Outcome.Refused<>("A summary may be at most " + MAX_SUMMARY + " characters");
        }
        String dating = precision == null ? "day" : precision;
        LocalDate from = null;
        LocalDate to = null;
        if (date != null) {
            switch (dating) {
                case "day" -> {
                    from = date;
                    to = date;
                }
                case "week" -> {
                    from = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    to = from.plusDays(6);
                }
                case "month" -> {
                    from = date.withDayOfMonth(1);
                    to = date.with(TemporalAdjusters.lastDayOfMonth());
                }
                default -> {
                    return new Outcome.Refused<>("An event is dated to a day, a week or a month (not '" + precision + "')");
                }
            }
        }
        LocalDate start = from;
        LocalDate end = to;
        String dated = date == null ? null : dating;
        return write(story, id, "correct event", () -> repository.correct(story, id, version, what, start, end, dated, Editors.current()));
    }

    /** Gives an event back the date and summary the analysis found. */
    @Transactional
    @PreAuthorize("hasRole('EDITOR')")
    public Outcome<Event> withdrawCorrection(StoryId story, EventId id, int version) {
        return write(story, id, "withdraw event correction", () -> repository.withdrawCorrection(story, id, version));
    }

    /**
     * An editor's correction of an event: done only if no one changed it since the editor read it
     * ({@code written} says whether it was), then logged with the value before and after, and
     * announced to every open view.
     */
    private Outcome<Event> write(StoryId story, EventId id, String action, BooleanSupplier written) {
        Optional<Event> before = repository.find(story, id);
        if (before.isEmpty()) {
            return new Outcome.Missing<>("There is no event " + id.value() + " in the story (any more)");
        }
        if (!written.getAsBoolean()) {
            return new Outcome.Conflict<>(repository.find(story, id).orElseThrow());
        }
        Event after = repository.find(story, id).orElseThrow();
        audit.record(story, action, "event", id.value(), label(after), value(before.get()), value(after));
        changes.announce(new Change(story, "correction", "event:" + id.value()));
        return new Outcome.Saved<>(after);
    }

    /** "Leaders met in Lisbon (2026-03-03)". */
    static String label(Event event) {
        return event.summary() + " (" + event.date() + ")";
    }

    private static Map<String, Object> value(Event event) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("summary", event.summary());
        value.put("date", event.date());
        value.put("precision", event.precision());
        return value;
    }

    /** An event's correction follows it when a full merge makes it part of another. */
    @Override
    public List<Followed> follow(StoryId story, ItemType type, Map<String, String> moves) {
        List<Followed> followed = new ArrayList<>();
        if (type == ItemType.EVENT) {
            moves.forEach((from, to) -> repository.follow(story, new EventId(from), new EventId(to)).ifPresent(moved ->
                    followed.add(new Followed(type, from, to, moved ? "correction" : "correction stayed behind (the event it joined has its own)"))));
        }
        return followed;
    }
}
