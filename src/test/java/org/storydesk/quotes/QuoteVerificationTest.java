package org.storydesk.quotes;

import org.storydesk.Seeds;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.IntegrationTest;
import org.storydesk.base.Outcome;
import org.storydesk.base.PersonSlug;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryPeople;
import org.storydesk.people.People;
import org.storydesk.support.Analysis;
import org.storydesk.timeline.Timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** An editor's verdict on a quote: statuses with their reasons, guarded against lost updates, refused to viewers. */
@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class QuoteVerificationTest {

    @Autowired
    Quotes quotes;
    @Autowired
    Timeline timeline;
    @Autowired
    People people;
    @Autowired
    StoryPeople storyPeople;
    @Autowired
    JdbcClient jdbc;

    private Quote quote;

    @BeforeEach
    void pickAQuoteNoEditorHasTouched() {
        Analysis.awaitIdle(jdbc, Duration.ofMinutes(5));
        quote = quotes.list(new QuoteQuery(Seeds.STORY, StoryFilter.EVERYTHING, null, "reach", QuoteStatus.UNVERIFIED), 0, 200).stream()
                .filter(q -> q.verdict().version() == 0).skip(3).findFirst().orElseThrow();
    }

    @Test
    void aDisputedQuoteSaysWhyAndTheBoardFiltersByStatus() {
        assertThat(quotes.setStatus(Seeds.STORY, quote.id(), 0, "disputed", "  ")).asInstanceOf(type(Outcome.Refused.class))
                .satisfies(refused -> assertThat(refused.reason()).isEqualTo("A disputed quote needs a note that says why"));

        Quote disputed = saved(quotes.setStatus(Seeds.STORY, quote.id(), 0, "disputed", "The outlet's tape has a different wording."));

        assertThat(disputed.status()).isEqualTo("disputed");
        assertThat(disputed.verdict().note()).isEqualTo("The outlet's tape has a different wording.");
        assertThat(disputed.verdict().author()).isEqualTo("editor");
        assertThat(quotes.list(new QuoteQuery(Seeds.STORY, StoryFilter.EVERYTHING, null, null, QuoteStatus.DISPUTED), 0, 100))
                .extracting(Quote::id).contains(quote.id());
        assertThat(quotes.list(new QuoteQuery(Seeds.STORY, StoryFilter.EVERYTHING, null, null, QuoteStatus.UNVERIFIED), 0, 500))
                .extracting(Quote::id).doesNotContain(quote.id());
        assertThat(jdbc.sql("SELECT before::text || ' -> ' || after::text FROM audit_log WHERE item_id = :id AND action = 'set status'")
                .param("id", quote.id().value()).query(String.class).single())
                .contains("\"status\": \"unverified\"").contains("\"status\": \"disputed\"").contains("different wording");
    }

    @Test
    void anUnknownStatusIsRefusedAndNothingChanges() {
        assertThat(quotes.setStatus(Seeds.STORY, quote.id(), 0, "probably-true", null)).asInstanceOf(type(Outcome.Refused.class))
                .satisfies(refused -> assertThat(refused.reason()).contains("no status 'probably-true'").contains("verified"));
        assertThat(quotes.setStatus(Seeds.STORY, quote.id(), 0, "corrected", "x".repeat(10_001))).isInstanceOf(Outcome.Refused.class);
        assertThat(quotes.setStatus(Seeds.STORY, new QuoteId("q-000000000000"), 0, "verified", null)).isInstanceOf(Outcome.Missing.class);
        assertThat(quotes.find(Seeds.STORY, quote.id()).orElseThrow().verdict().version()).isZero();
    }

    @Test
    void twoEditorsSettingAStatusAtOnceDoNotOverwriteEachOther() {
        Quote first = saved(quotes.setStatus(Seeds.STORY, quote.id(), 0, "verified", null));

        Outcome<Quote> second = quotes.setStatus(Seeds.STORY, quote.id(), 0, "corrected", "A stale decision.");

        assertThat(second).asInstanceOf(type(Outcome.Conflict.class))
                .satisfies(conflict -> assertThat(((Quote) conflict.current()).status()).isEqualTo("verified"));
        assertThat(quotes.find(Seeds.STORY, quote.id()).orElseThrow().status()).isEqualTo("verified");
        Quote after = saved(quotes.setStatus(Seeds.STORY, quote.id(), first.verdict().version(), "unverified", null));
        assertThat(after.verdict().version()).isEqualTo(2);
    }

    @Test
    void aSpeakerCorrectionNamesSomeoneOfTheStoryOrDescribesThem() {
        assertThat(quotes.correctSpeaker(Seeds.STORY, quote.id(), 0, PersonSlug.of("no-such-person"), null)).isInstanceOf(Outcome.Refused.class);
        assertThat(quotes.correctSpeaker(Seeds.STORY, quote.id(), 0, null, " ")).isInstanceOf(Outcome.Refused.class);

        Quote labelled = saved(quotes.correctSpeaker(Seeds.STORY, quote.id(), 0, null, "a senior official"));

        assertThat(labelled.speaker()).isNull();
        assertThat(labelled.speakerLabel()).isEqualTo("a senior official");
        assertThat(labelled.correction()).isNotNull();
        assertThat(quotes.correctSpeaker(Seeds.STORY, quote.id(), 0, null, "someone else")).isInstanceOf(Outcome.Conflict.class);
        Quote restored = saved(quotes.withdrawCorrection(Seeds.STORY, quote.id(), labelled.correction().version()));
        assertThat(restored.speakerName()).isEqualTo(quote.speakerName());
        assertThat(restored.correction()).isNull();
    }

    @Test
    void thePersonFilterCountsQuotesAsCorrected() {
        Quote theirs = quotes.list(new QuoteQuery(Seeds.STORY, StoryFilter.EVERYTHING, null, "reach", QuoteStatus.UNVERIFIED), 0, 200).stream()
                .filter(q -> q.speaker() != null && q.correction() == null && !q.id().equals(quote.id())).findFirst().orElseThrow();
        PersonSlug speaker = theirs.speaker().slug();
        int before = quotesOf(speaker);

        Quote labelled = saved(quotes.correctSpeaker(Seeds.STORY, theirs.id(), 0, null, "a spokesperson"));
        assertThat(quotesOf(speaker)).isEqualTo(before - 1);

        saved(quotes.withdrawCorrection(Seeds.STORY, theirs.id(), labelled.correction().version()));
        assertThat(quotesOf(speaker)).isEqualTo(before);
    }

    private int quotesOf(PersonSlug person) {
        return storyPeople.find(Seeds.STORY, person).orElseThrow().quotes();
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aViewerCannotSetAStatusOrCorrectAnything() {
        assertThatThrownBy(() -> quotes.setStatus(Seeds.STORY, quote.id(), 0, "verified", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quotes.correctSpeaker(Seeds.STORY, quote.id(), 0, null, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quotes.withdrawCorrection(Seeds.STORY, quote.id(), 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timeline.correct(Seeds.STORY, null, 0, "x", null, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.correctName(Seeds.STORY, PersonSlug.of("mark-carney"), 0, "x")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.keepApart(Seeds.STORY, PersonSlug.of("mark-carney"), "Carney")).isInstanceOf(AccessDeniedException.class);
        assertThat(quotes.find(Seeds.STORY, quote.id()).orElseThrow().verdict().version()).isZero();
    }

    private static <T> T saved(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Saved.class);
        return ((Outcome.Saved<T>) outcome).value();
    }
}
