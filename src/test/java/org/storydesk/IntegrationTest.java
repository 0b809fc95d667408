package org.storydesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Starts the whole app, on a real (embedded) PostgreSQL in a fresh folder of its own, with the
 * project's seed articles. Every test with this annotation shares one app, so the database,
 * and later the NLP pipeline, start once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "storydesk.data-dir=target/test-data/${random.uuid}",
        "storydesk.seeds-dir=seeds",
        // One worker, so the seeds are taken into the story in their order on any machine (and so have the same slugs).
        "storydesk.analysis.workers=1",
        "logging.level.org.storydesk=info"
})
public @interface IntegrationTest {
}
