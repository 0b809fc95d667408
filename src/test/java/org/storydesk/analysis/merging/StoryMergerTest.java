package org.storydesk.analysis.merging;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.analysis.extraction.ArticleAnalysis.EventFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.PersonFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.QuoteFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.Span;
import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.DatingRule;
import org.storydesk.analysis.extraction.QuoteKind;
import org.storydesk.analysis.extraction.TextPart;
import org.storydesk.analysis.extraction.TimexDate;
import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonSlug;
import org.storydesk.people.MachinePerson;
import org.storydesk.quotes.MachineQuote;
import org.storydesk.timeline.MachineEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** Articles' findings merged into one story, without the pipeline: the merging rules alone. */
class StoryMergerTest {

    private static final LocalDate SUMMIT = LocalDate.of(2026, 1, 6);

    @Test
    void aQuoteCarriedByTwoOutletsIsOneQuoteWithTwoSources() {
        StoryMerger.Story story = new StoryMerger().merge(List.of(
                article(1, SUMMIT, person("Ada Brooks"), quote("We will rebuild the bridge,", "Ada Brooks")),
                article(2, SUMMIT, person("Ada Brooks"), quote("We will rebuild the bridge.", "Brooks"))));

        assertThat(story.quotes()).hasSize(1);
        MachineQuote quote = story.quotes().getFirst();
        assertThat(quote.sources()).extracting(MachineQuote.Source::article).containsExactly(ArticleId.of(1), ArticleId.of(2));
        assertThat(quote.speaker()).isEqualTo(PersonSlug.of("ada-brooks"));
    }

    @Test
    void theSameWordsFromTwoDifferentSpeakersAreTwoQuotes() {
        StoryMerger.Story story = new StoryMerger().merge(List.of(
                article(1, SUMMIT, List.of(person("Ada Brooks"), person("Ben Okafor")),
                        List.of(quote("We will rebuild the bridge", "Ada Brooks"), quote("We will rebuild the bridge", "Ben Okafor")))));

        assertThat(story.quotes()).hasSize(2);
    }

    @Test
    void aSurnameMisspeltByOneOutletIsTheSamePersonAndTheMisspellingIsFlagged() {
        StoryMerger.Story story = new StoryMerger().merge(List.of(
                article(1, SUMMIT, person("Jennie Carrigan")),
                article(2, SUMMIT, person("Jennie Carignan"), person("Carignan")),
                article(3, SUMMIT, person("Jennie Carignan"))));

        assertThat(story.people()).hasSize(1);
        MachinePerson person = story.people().getFirst();
        assertThat(person.name()).isEqualTo("Jennie Carignan");
        // The slug is the name the story first knew her by, and it stays: links and editors' work hang on it.
        assertThat(person.slug()).isEqualTo(PersonSlug.of("jennie-carrigan"));
        assertThat(person.flaggedVariants()).contains("Jennie Carrigan");
        assertThat(person.mentions()).containsKeys(ArticleId.of(1), ArticleId.of(2), ArticleId.of(3));
    }

    @Test
    void aSurnameSharedByTwoPeopleNamesNeither() {
        StoryMerger.Story story = new StoryMerger().merge(List.of(
                article(1, SUMMIT, person("Maya Okeke"), person("Nia Okeke")),
                article(2, SUMMIT, person("Okeke"))));

        assertThat(story.people()).extracting(MachinePerson::name).containsExactlyInAnyOrder("Maya Okeke", "Nia Okeke");
    }

    @Test
    void aDateWithoutAYearTakesTheYearOfTheStorysCoverage() {
        StoryMerger.Story story = new StoryMerger().merge(List.of(
                article(1, SUMMIT, person("Ada Brooks")),
                new StoryMerger.Analysed(ArticleId.of(2), null, new ArticleAnalysis(List.of(person("Ada Brooks")), List.of(), List.of(),
                        List.of(new EventFound(TimexDate.ofDayWithoutYear(1, 5), null, "Ada Brooks arrived", List.of("Ada Brooks"), 0, 20, "Ada Brooks arrived on January 5.", DatingRule.TIME_EXPRESSION))))));

        assertThat(story.events()).hasSize(1);
        assertThat(story.events().getFirst().from()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void theSameHappeningReportedByTwoOutletsIsOneEventAndADifferentOneIsNot() {
        EventFound meeting = new EventFound(TimexDate.ofDay(LocalDate.of(2026, 1, 5)), null, "Carignan took part in a meeting of defence chiefs",
                List.of("Jennie Carignan"), 0, 80, "Gen. Jennie Carignan took part virtually in a meeting of defence chiefs from coalition countries.", DatingRule.TIME_EXPRESSION);
        EventFound sameMeeting = new EventFound(TimexDate.ofDay(LocalDate.of(2026, 1, 5)), null, "Carignan participated in a meeting of defence chiefs",
                List.of("Jennie Carignan"), 0, 80, "Carignan participated virtually Monday in a meeting of defence chiefs from coalition countries.", DatingRule.TIME_EXPRESSION);
        EventFound flight = new EventFound(TimexDate.ofDay(LocalDate.of(2026, 1, 5)), "evening", "Carignan flew home",
                List.of("Jennie Carignan"), 100, 140, "Carignan boarded a flight home to Ottawa after dinner with officers.", DatingRule.TIME_EXPRESSION);
        StoryMerger.Story story = new StoryMerger().merge(List.of(
                new StoryMerger.Analysed(ArticleId.of(1), SUMMIT, new ArticleAnalysis(List.of(person("Jennie Carignan")), List.of(), List.of(), List.of(meeting))),
                new StoryMerger.Analysed(ArticleId.of(2), SUMMIT, new ArticleAnalysis(List.of(person("Jennie Carignan")), List.of(), List.of(), List.of(sameMeeting, flight)))));

        assertThat(story.events()).hasSize(2);
        MachineEvent merged = story.events().stream().filter(e -> e.sources().size() == 2).findFirst().orElseThrow();
        assertThat(merged.people()).containsExactly(PersonSlug.of("jennie-carignan"));
    }

    @Test
    void mergingTheSameArticlesAgainGivesTheSameIds() {
        List<StoryMerger.Analysed> articles = List.of(
                article(1, SUMMIT, person("Ada Brooks"), quote("We will rebuild the bridge,", "Ada Brooks")));

        assertThat(new StoryMerger().merge(articles).quotes().getFirst().id())
                .isEqualTo(new StoryMerger().merge(articles).quotes().getFirst().id());
    }

    private static StoryMerger.Analysed article(long id, LocalDate published, PersonFound person, QuoteFound... quotes) {
        return article(id, published, List.of(person), List.of(quotes));
    }

    private static StoryMerger.Analysed article(long id, LocalDate published, PersonFound first, PersonFound second) {
        return article(id, published, List.of(first, second), List.of());
    }

    private static StoryMerger.Analysed article(long id, LocalDate published, List<PersonFound> people, List<QuoteFound> quotes) {
        return new StoryMerger.Analysed(ArticleId.of(id), published, new ArticleAnalysis(people, quotes, List.of(), List.of()));
    }

    private static PersonFound person(String name) {
        return new PersonFound(name, List.of(name), List.of(), null, List.of(new Span(0, name.length())));
    }

    private static QuoteFound quote(String text, String speaker) {
        return new QuoteFound(TextPart.BODY, 10, 10 + text.length(), text, QuoteKind.FULL, speaker, null,
                AttributionRule.GOVERNING_SPEECH_VERB, 0, 100, null, 0.95);
    }
}
