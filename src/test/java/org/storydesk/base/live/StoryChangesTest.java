package org.storydesk.base.live;

import org.storydesk.Seeds;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.storydesk.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Changes travel through PostgreSQL: heard when the write commits, within the two seconds editors are promised, never when it rolls back. */
@IntegrationTest
class StoryChangesTest {

    @Autowired
    StoryChanges changes;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void aCommittedChangeIsHeardWithinTwoSecondsAndARolledBackOneNever() throws InterruptedException {
        LinkedBlockingQueue<Change> heard = new LinkedBlockingQueue<>();
        try (StoryChanges.Subscription subscription = changes.subscribe(change -> {
            if (change.item().startsWith("test:")) {
                heard.add(change);
            }
        })) {
            transaction.executeWithoutResult(status -> {
                changes.announce(new Change(Seeds.STORY, "note", "test:rolled-back"));
                status.setRollbackOnly();
            });
            long start = System.nanoTime();
            transaction.executeWithoutResult(status -> changes.announce(new Change(Seeds.STORY, "note", "test:committed")));

            Change first = heard.poll(2, TimeUnit.SECONDS);
            long took = (System.nanoTime() - start) / 1_000_000;

            assertThat(first).isEqualTo(new Change(Seeds.STORY, "note", "test:committed"));
            assertThat(took).isLessThan(2_000);
            assertThat(heard.poll(500, TimeUnit.MILLISECONDS)).isNull();
        }
        changes.announce(new Change(Seeds.STORY, "note", "test:after-closing"));
        assertThat(heard.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }
}
