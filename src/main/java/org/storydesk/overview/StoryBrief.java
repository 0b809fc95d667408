package org.storydesk.overview;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryName;
import org.storydesk.base.StoryPeople;
import org.storydesk.quotes.Quote;
import org.storydesk.quotes.QuoteQuery;
import org.storydesk.quotes.QuoteStatus;
import org.storydesk.quotes.Quotes;
import org.storydesk.timeline.Event;
import org.storydesk.timeline.Timeline;

/**
 * The story brief: what the desk can stand behind for a filter, to print or hand on. The quotes
 * editors verified, each with the outlets and sentences that carry it, and the timeline.
 */
@Service
public class StoryBrief {

    private static final int MOST = 500;

    private final Quotes quotes;
    private final Timeline timeline;

    StoryBrief(Quotes quotes, Timeline timeline) {
        this.quotes = quotes;
        this.timeline = timeline;
    }

    /** A brief: the verified quotes and the events of a story's filter. */
    public record Brief(StoryId story, StoryFilter filter, List<Quote> verified, List<Event> events) {
    }

    @Transactional(readOnly = true)
    public Brief of(StoryId story, StoryFilter filter) {
        return new Brief(story, filter, quotes.list(new QuoteQuery(story, filter, null, "date", QuoteStatus.VERIFIED), 0, MOST),
                timeline.list(story, filter, 0, MOST));
    }

    /** The brief as Markdown, for a CMS, an e-mail or a chat. */
    public static String markdown(Brief brief, String scope) {
        StringBuilder md = new StringBuilder("# Story brief\n\n");
        md.append("_").append(scope).append("_\n\n");
        md.append("## Verified quotes\n\n");
        if (brief.verified().isEmpty()) {
            md.append("No quote is verified yet.\n\n");
        }
        for (Quote quote : brief.verified()) {
            md.append("> “").append(escape(quote.words())).append("”\n>\n> — ")
                    .append(escape(quote.speakerName()));
            if (quote.saidOn() != null) {
                md.append(", ").append(quote.saidOn());
            }
            md.append("\n\n");
            for (Quote.Source source : quote.sources()) {
                md.append("- ").append(escape(source.outlet() == null ? source.articleTitle() : source.outlet())).append(": ")
                        .append(escape(source.sentence() == null ? source.text() : source.sentence()).strip()).append('\n');
            }
            md.append('\n');
        }
        md.append("## Timeline\n\n");
        if (brief.events().isEmpty()) {
            md.append("No dated events.\n\n");
        }
        String heading = null;
        for (Event event : brief.events()) {
            String day = event.heading();
            if (!day.equals(heading)) {
                md.append("### ").append(day).append("\n\n");
                heading = day;
            }
            md.append("- ").append(event.timeOfDay() == null ? "" : "(" + event.timeOfDay() + ") ").append(escape(event.summary()));
            long outlets = event.outlets();
            md.append(" _(").append(outlets == 1 ? "1 outlet" : outlets + " outlets").append(")_\n");
        }
        return md.toString();
    }

    /** "Paris summit: Ana Ruiz, Lena Holm; from 2026-01-05 to 2026-01-06", or "Paris summit: the whole story". */
    public static String scope(StoryName story, StoryFilter filter, StoryPeople people) {
        if (filter.isEverything()) {
            return story.name() + ": the whole story";
        }
        List<String> parts = new ArrayList<>();
        if (filter.hasPeople()) {
            parts.add(String.join(", ", filter.people().stream()
                    .map(slug -> people.find(story.id(), slug).map(StoryPeople.PersonOption::name).orElse(slug.value())).sorted().toList()));
        }
        if (filter.from() != null && filter.to() != null) {
            parts.add(filter.from().equals(filter.to()) ? "on " + filter.from() : "from " + filter.from() + " to " + filter.to());
        } else if (filter.from() != null) {
            parts.add("from " + filter.from());
        } else if (filter.to() != null) {
            parts.add("until " + filter.to());
        }
        return story.name() + ": " + String.join("; ", parts);
    }

    /** Markdown's own characters, written as themselves. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }
}
