package org.storydesk.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.DatingRule;
import org.storydesk.analysis.extraction.Gender;
import org.storydesk.analysis.extraction.QuoteKind;
import org.storydesk.analysis.extraction.TextPart;
import org.storydesk.analysis.extraction.TimexDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analyses are stored as JSON in {@code article_analyses}; a desk's data folder written before the
 * types and rule names of today still loads, with the same values on the wire.
 */
class StoredAnalysesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anAnalysisStoredBeforeRulesHadNamesStillLoadsWithItsRulesNamed() throws IOException {
        ArticleAnalysis analysis = read();

        assertThat(analysis.people().getFirst().gender()).isEqualTo(Gender.FEMALE);
        assertThat(analysis.people().get(1).gender()).isNull();
        assertThat(analysis.quotes()).extracting(ArticleAnalysis.QuoteFound::rule).containsExactly(
                AttributionRule.GOVERNING_SPEECH_VERB, AttributionRule.CONTINUES_PREVIOUS_QUOTE, AttributionRule.DOCUMENT_SUBJECT, null);
        assertThat(analysis.quotes()).extracting(ArticleAnalysis.QuoteFound::kind)
                .containsExactly(QuoteKind.FULL, QuoteKind.FULL, QuoteKind.PARTIAL, QuoteKind.PARTIAL);
        assertThat(analysis.quotes()).extracting(ArticleAnalysis.QuoteFound::part)
                .containsExactly(TextPart.BODY, TextPart.BODY, TextPart.BODY, TextPart.HEADLINE);
        assertThat(analysis.quotes().getFirst().date()).isEqualTo(TimexDate.ofDay(LocalDate.of(2026, 3, 2)));
        assertThat(analysis.quotes().get(2).date()).isEqualTo(TimexDate.ofDayWithoutYear(1, 5));
        assertThat(analysis.events()).extracting(ArticleAnalysis.EventFound::rule).containsExactly(
                DatingRule.TIME_EXPRESSION, DatingRule.TIME_EXPRESSION, DatingRule.TIME_EXPRESSION, DatingRule.ANCHORED_TO_HAPPENING);
        assertThat(analysis.events()).extracting(event -> event.date().precision()).containsExactly(
                TimexDate.Precision.DAY, TimexDate.Precision.WEEK, TimexDate.Precision.MONTH, TimexDate.Precision.DAY);
    }

    @Test
    void anAnalysisIsWrittenWithTheValuesItWasAlwaysWrittenWith() throws IOException {
        JsonNode written = JSON.readTree(JSON.writeValueAsString(read()));

        assertThat(written.get("people").get(0).get("gender").asString()).isEqualTo("FEMALE");
        assertThat(written.get("quotes").get(0).get("part").asString()).isEqualTo("body");
        assertThat(written.get("quotes").get(3).get("part").asString()).isEqualTo("headline");
        assertThat(written.get("quotes").get(0).get("kind").asString()).isEqualTo("full");
        assertThat(written.get("quotes").get(2).get("kind").asString()).isEqualTo("partial");
        assertThat(written.get("quotes").get(0).get("date").asString()).isEqualTo("2026-03-02");
        assertThat(written.get("quotes").get(2).get("date").asString()).isEqualTo("XXXX-01-05");
        assertThat(written.get("quotes").get(0).get("rule").asString()).isEqualTo("GOVERNING_SPEECH_VERB");
        assertThat(written.get("events").get(1).get("date").asString()).isEqualTo("2026-W09");
        assertThat(written.get("events").get(2).get("date").asString()).isEqualTo("2026-02");
        assertThat(JSON.readValue(JSON.writeValueAsString(read()), ArticleAnalysis.class)).isEqualTo(read());
    }

    private static ArticleAnalysis read() throws IOException {
        try (InputStream in = StoredAnalysesTest.class.getResourceAsStream("analysis-stored-before-named-rules.json")) {
            return JSON.readValue(in, ArticleAnalysis.class);
        }
    }
}
