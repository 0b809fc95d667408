package org.storydesk.analysis.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who said it, rule by rule, on short texts through the real pipeline. */
class AttributionTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 5);
    private final ArticleAnalyzer analyzer = new ArticleAnalyzer(new CoreNlpPipeline());

    @Test
    void theSubjectOfAVerbOfSayingIsTheSpeakerWhereverTheVerbStands() {
        ArticleAnalysis analysis = analyze("""
                Mayor Helena Marsh announced the budget on Monday.

                "We are done waiting," Marsh said.

                "The city can afford it," said Councillor Raymond Okafor.

                Marsh told reporters the plan was "fair to everyone."
                """);

        assertThat(speakerOf(analysis, "We are done waiting")).isEqualTo("Helena Marsh");
        assertThat(speakerOf(analysis, "The city can afford it")).isEqualTo("Raymond Okafor");
        assertThat(speakerOf(analysis, "fair to everyone")).isEqualTo("Helena Marsh");
    }

    @Test
    void aPronounIsTheNearestPersonOfTheRightGender() {
        ArticleAnalysis analysis = analyze("""
                Dr. Claire Mbatha and Mr. Martin Oduya met the union on Monday. Mbatha said her surgeons were exhausted.

                "We cannot keep operating like this," she said.

                "Our door is open," he said.
                """);

        assertThat(speakerOf(analysis, "We cannot keep operating")).isEqualTo("Claire Mbatha");
        assertThat(speakerOf(analysis, "Our door is open")).isEqualTo("Martin Oduya");
    }

    @Test
    void aQuoteNamedInTheNextSentenceAndOneContinuedInTheNextParagraphHaveTheirSpeakers() {
        ArticleAnalysis analysis = analyze("""
                Councillor Raymond Okafor voted against the plan.

                "Then show us the numbers."

                That was the reply of Mayor Helena Marsh, who spoke after the vote.

                "Every project is a showpiece until it is the bus you take," Okafor said.

                "And this one is not that bus."
                """);

        assertThat(speakerOf(analysis, "Then show us the numbers")).isEqualTo("Helena Marsh");
        assertThat(speakerOf(analysis, "And this one is not that bus")).isEqualTo("Raymond Okafor");
    }

    @Test
    void wordsInAClauseOfTheirOwnBelongToThatClausesSubject() {
        ArticleAnalysis analysis = analyze("""
                Chair Gloria Dunn praised the pilot shuttle in Ward 7, where she noted riders had been "packing the buses every morning."
                """);

        assertThat(speakerOf(analysis, "packing the buses every morning")).isEqualTo("Gloria Dunn");
    }

    @Test
    void documentsAndUnnamedSourcesGetALabelAndNoPerson() {
        ArticleAnalysis analysis = analyze("""
                The staff report warns that the corridor "will not meet its targets."

                A senior city official, who was not authorized to speak publicly, said the buses could arrive "before the snow flies."

                The line would "cut travel times by a third," according to transit director Paul Lindqvist.
                """);

        ArticleAnalysis.QuoteFound report = quote(analysis, "will not meet its targets");
        assertThat(report.speaker()).isNull();
        assertThat(report.speakerLabel()).isEqualTo("the staff report");
        ArticleAnalysis.QuoteFound official = quote(analysis, "before the snow flies");
        assertThat(official.speaker()).isNull();
        assertThat(official.speakerLabel()).contains("official");
        assertThat(speakerOf(analysis, "cut travel times by a third")).isEqualTo("Paul Lindqvist");
    }

    @Test
    void aScareQuotedNameIsATermAndNobodysQuote() {
        ArticleAnalysis analysis = analyze("""
                Council approved the so-called "Green Loop" on Wednesday, and the "coalition of the willing" met in Paris.
                """);

        assertThat(analysis.quotes()).isEmpty();
        assertThat(analysis.terms()).extracting(ArticleAnalysis.TermFound::text).containsExactly("Green Loop", "coalition of the willing");
    }

    @Test
    void everyOccurrenceHasItsExactOffsetsInTheText() {
        String body = "\"We are done waiting,\" Mayor Helena Marsh said on Monday.\n\nShe called the vote \"a fair deal.\"";
        ArticleAnalysis analysis = analyzer.analyse(body, null, THURSDAY);

        assertThat(analysis.quotes()).hasSize(2).allSatisfy(quote ->
                assertThat(body.substring(quote.start(), quote.end())).isEqualTo(quote.text()));
    }

    @Test
    void relativeDatesAreReadAgainstThePublicationDateAndDurationsDateNothing() {
        ArticleAnalysis analysis = analyze("""
                Mayor Helena Marsh met the tenants' association on Monday.

                The council will vote on Tuesday evening.

                The levy will raise $41 million over the next three years.

                The day before the vote, Councillor Raymond Okafor tabled a motion.
                """);

        assertThat(dateOf(analysis, "met the tenants")).isEqualTo("2026-03-02");
        assertThat(dateOf(analysis, "will vote")).isEqualTo("2026-03-10");
        assertThat(timeOfDay(analysis, "will vote")).isEqualTo("evening");
        assertThat(analysis.events()).noneMatch(event -> event.sentence().contains("three years"));
        assertThat(dateOf(analysis, "tabled a motion")).isEqualTo("2026-03-09");
    }

    @Test
    void everyPipelineBeanOfTheJvmReadsWithTheOneLoadedPipeline() {
        assertThat(new CoreNlpPipeline().load()).isSameAs(new CoreNlpPipeline().load());
    }

    private ArticleAnalysis analyze(String body) {
        return analyzer.analyse(body.strip(), null, THURSDAY);
    }

    private static ArticleAnalysis.QuoteFound quote(ArticleAnalysis analysis, String words) {
        List<ArticleAnalysis.QuoteFound> found = analysis.quotes().stream().filter(q -> q.text().contains(words)).toList();
        assertThat(found).as("a quote containing “%s” in %s", words, analysis.quotes()).hasSize(1);
        return found.getFirst();
    }

    private static String speakerOf(ArticleAnalysis analysis, String words) {
        return quote(analysis, words).speaker();
    }

    private static String dateOf(ArticleAnalysis analysis, String words) {
        return analysis.events().stream().filter(e -> e.sentence().contains(words)).findFirst()
                .map(event -> event.date().toString()).orElse("none");
    }

    private static String timeOfDay(ArticleAnalysis analysis, String words) {
        return analysis.events().stream().filter(e -> e.sentence().contains(words)).findFirst()
                .map(ArticleAnalysis.EventFound::timeOfDay).orElse("none");
    }
}
