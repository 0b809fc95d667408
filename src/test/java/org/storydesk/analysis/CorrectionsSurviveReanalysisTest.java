package org.storydesk.analysis;

import org.storydesk.Seeds;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.storydesk.IntegrationTest;
import org.storydesk.base.ArticleId;
import org.storydesk.base.Outcome;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryFilter;
import org.storydesk.people.People;
import org.storydesk.people.Person;
import org.storydesk.quotes.Quote;
import org.storydesk.quotes.QuoteQuery;
import org.storydesk.quotes.QuoteStatus;
import org.storydesk.quotes.Quotes;
import org.storydesk.support.Analysis;
import org.storydesk.support.SeparateApps;
import org.storydesk.timeline.Event;
import org.storydesk.timeline.Timeline;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors' statuses and corrections are their own: when every article is analysed again, the
 * machine's output is replaced and the editors' work is laid over it as before. A story of its
 * own (its own database), because this test changes it.
 */
@IntegrationTest
@TestPropertySource(properties = "storydesk.test-story=corrections")
@ExtendWith(SeparateApps.class)
@WithMockUser(username = "editor", roles = "EDITOR")
class CorrectionsSurviveReanalysisTest {

    @Autowired
    Quotes quotes;
    @Autowired
    Timeline timeline;
    @Autowired
    People people;
    @Autowired
    AnalysisJobs jobs;
    @Autowired
    AnalysisWorker worker;
    @Autowired
    JdbcClient jdbc;

    @Test
    void statusesAndCorrectionsOfQuotesEventsAndPeopleSurviveAFreshAnalysis() {
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(5));
        Quote quote = quotes.list(QuoteQuery.of(Seeds.STORY, StoryFilter.EVERYTHING), 0, 100).stream()
                .filter(q -> q.speaker() != null && q.speaker().slug().value().equals("mark-carney")).findFirst().orElseThrow();
        Event event = timeline.list(Seeds.STORY, StoryFilter.EVERYTHING, 0, 1).getFirst();
        PersonSlug rutte = PersonSlug.of("mark-rutte");

        saved(quotes.setStatus(Seeds.STORY, quote.id(), 0, "verified", null));
        Quote corrected = saved(quotes.correctSpeaker(Seeds.STORY, quote.id(), 0, rutte, null));
        assertThat(corrected.speaker().slug()).isEqualTo(rutte);
        assertThat(corrected.correction().machineSpeaker().slug().value()).isEqualTo("mark-carney");
        Event fixed = saved(timeline.correct(Seeds.STORY, event.id(), 0, "Leaders met in Paris", LocalDate.of(2026, 1, 6), "day"));
        assertThat(fixed.correction().machineSummary()).isEqualTo(event.summary());
        saved(people.correctName(Seeds.STORY, PersonSlug.of("benjamin-zyla"), 0, "Ben Zyla"));
        saved(people.keepApart(Seeds.STORY, PersonSlug.of("jennie-carrigan"), "Gen. Jennie Carrigan"));
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(2));
        assertThat(people.find(Seeds.STORY, PersonSlug.of("jennie-carignan"))).as("merged again in the background, apart").isPresent();

        analyseEverythingAgain();

        Quote after = quotes.find(Seeds.STORY, quote.id()).orElseThrow();
        assertThat(after.status()).isEqualTo("verified");
        assertThat(after.speaker().slug()).isEqualTo(rutte);
        assertThat(after.correction().machine()).isEqualTo("Mark Carney");
        assertThat(quotes.list(QuoteQuery.of(Seeds.STORY, StoryFilter.EVERYTHING.withPeople(Set.of(rutte))), 0, 100))
                .as("the board's person filter follows the corrected speaker").extracting(Quote::id).contains(quote.id());
        assertThat(quotes.list(new QuoteQuery(Seeds.STORY, StoryFilter.EVERYTHING, null, null, QuoteStatus.VERIFIED), 0, 100))
                .extracting(Quote::id).containsExactly(quote.id());
        Event eventAfter = timeline.find(Seeds.STORY, event.id()).orElseThrow();
        assertThat(eventAfter.summary()).isEqualTo("Leaders met in Paris");
        assertThat(eventAfter.from()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(eventAfter.correction().machineSummary()).isEqualTo(event.summary());
        Person zyla = people.find(Seeds.STORY, PersonSlug.of("benjamin-zyla")).orElseThrow();
        assertThat(zyla.name()).isEqualTo("Ben Zyla");
        assertThat(zyla.correction().machineName()).isEqualTo("Benjamin Zyla");
        assertThat(people.find(Seeds.STORY, PersonSlug.of("jennie-carrigan"))).isPresent();
        assertThat(people.find(Seeds.STORY, PersonSlug.of("jennie-carignan")).orElseThrow().variants()).doesNotContain("Gen. Jennie Carrigan");

        assertThat(jdbc.sql("SELECT action FROM audit_log ORDER BY id").query(String.class).list())
                .containsSubsequence("set status", "correct speaker", "correct event", "correct name", "keep apart");

        Quote back = saved(quotes.withdrawCorrection(Seeds.STORY, quote.id(), after.correction().version()));
        assertThat(back.speaker().slug().value()).isEqualTo("mark-carney");
        assertThat(back.correction()).isNull();
    }

    private void analyseEverythingAgain() {
        List<Long> articles = jdbc.sql("SELECT article_id FROM analysis_jobs").query(Long.class).list();
        articles.forEach(article -> assertThat(jobs.retry(ArticleId.of(article))).isTrue());
        worker.wake();
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(5));
        assertThat(jdbc.sql("SELECT count(*) FROM analysis_jobs WHERE state = 'done' AND finished_at > now() - interval '5 minutes'")
                .query(Integer.class).single()).isEqualTo(articles.size());
    }

    private static <T> T saved(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Saved.class);
        return ((Outcome.Saved<T>) outcome).value();
    }
}
