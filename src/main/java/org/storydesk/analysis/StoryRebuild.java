package org.storydesk.analysis;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.storydesk.analysis.merging.StoryMerger;
import org.storydesk.base.live.Change;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.people.PeopleParted;
import org.storydesk.people.PersonRepository;
import org.storydesk.quotes.QuoteRepository;
import org.storydesk.timeline.EventRepository;

/**
 * Merges every article's analysis into the story and replaces the machine's people, quotes and
 * events with the result, in one transaction: a reader sees the old story or the new one.
 */
@Component
class StoryRebuild {

    private static final Logger log = LoggerFactory.getLogger(StoryRebuild.class);

    private final ArticleAnalyses analyses;
    private final PersonRepository people;
    private final QuoteRepository quotes;
    private final EventRepository events;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final StoryChanges changes;

    StoryRebuild(ArticleAnalyses analyses, PersonRepository people, QuoteRepository quotes, EventRepository events, JdbcClient jdbc,
                 TransactionTemplate transaction, StoryChanges changes) {
        this.changes = changes;
        this.analyses = analyses;
        this.people = people;
        this.quotes = quotes;
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** An editor parted two people the analysis had taken for one: merge again now, with them kept apart. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterParting(PeopleParted parted) {
        log.info("{} is kept apart from {}: merging the story again", parted.name(), parted.person());
        rebuild();
    }

    StoryMerger.Story rebuild() {
        long start = System.nanoTime();
        StoryMerger.Story story = transaction.execute(status -> {
            // Two nodes finishing at once must not interleave their replacements.
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('storydesk.story-merge'))").query(Object.class).single();
            List<StoryMerger.Analysed> current = analyses.current();
            StoryMerger.Story merged = new StoryMerger().merge(current, people.splits());
            people.replaceAll(merged.people());
            quotes.replaceAll(merged.quotes());
            events.replaceAll(merged.events());
            jdbc.sql("""
                            INSERT INTO story_merges (id, merged_at, people, quotes, events) VALUES (1, clock_timestamp(), :people, :quotes, :events)
                            ON CONFLICT (id) DO UPDATE SET merged_at = excluded.merged_at, people = excluded.people,
                                                           quotes = excluded.quotes, events = excluded.events""")
                    .param("people", merged.people().size())
                    .param("quotes", merged.quotes().size())
                    .param("events", merged.events().size())
                    .update();
            changes.announce(new Change("story", ""));
            return merged;
        });
        log.info("Story merged: {} people, {} quotes, {} events in {} ms", story.people().size(), story.quotes().size(),
                story.events().size(), (System.nanoTime() - start) / 1_000_000);
        return story;
    }
}
