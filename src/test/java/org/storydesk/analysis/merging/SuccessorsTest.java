package org.storydesk.analysis.merging;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonSlug;
import org.storydesk.people.MachinePerson;
import org.storydesk.quotes.MachineQuote;
import org.storydesk.quotes.QuoteId;
import org.storydesk.timeline.EventId;
import org.storydesk.timeline.MachineEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** Where editors' work goes when a full merge makes two items one, or one item two. */
class SuccessorsTest {

    private static final ArticleId ONE = ArticleId.of(1);
    private static final ArticleId TWO = ArticleId.of(2);
    private static final ArticleId THREE = ArticleId.of(3);

    @Test
    void twoQuotesFoundToBeOneLeaveTheirWorkOnTheOneThatStays() {
        MachineQuote first = quote("q-first", source(ONE, 10, "We will rebuild the bridge"));
        MachineQuote second = quote("q-second", source(TWO, 40, "We will rebuild that bridge"));
        MachineQuote merged = quote("q-first", source(ONE, 10, "We will rebuild the bridge"), source(TWO, 40, "We will rebuild that bridge"));

        assertThat(Successors.quotes(List.of(first, second), List.of(merged)))
                .containsExactly(Map.entry(new QuoteId("q-second"), new QuoteId("q-first")));
    }

    @Test
    void aQuoteSplitInTwoKeepsItsWorkWhereMostOfItsSourcesWent() {
        MachineQuote whole = quote("q-whole", source(ONE, 10, "words"), source(TWO, 10, "words"), source(THREE, 10, "words"));
        MachineQuote small = quote("q-whole", source(ONE, 10, "words"));
        MachineQuote large = quote("q-large", source(TWO, 10, "words"), source(THREE, 10, "words"));

        assertThat(Successors.quotes(List.of(whole), List.of(small, large)))
                .containsExactly(Map.entry(new QuoteId("q-whole"), new QuoteId("q-large")));
    }

    @Test
    void aQuoteRewordedInANewVersionOfItsArticleIsFoundByItsWords() {
        MachineQuote before = quote("q-old", source(ONE, 10, "We will not give up the harbour to the developers"));
        MachineQuote after = quote("q-new", source(ONE, 14, "We will not give up the harbour to the developers, ever"));

        assertThat(Successors.quotes(List.of(before), List.of(after)))
                .containsExactly(Map.entry(new QuoteId("q-old"), new QuoteId("q-new")));
    }

    @Test
    void anItemThatStaysWhereItWasGoesNowhere() {
        MachineQuote quote = quote("q-same", source(ONE, 10, "words"));
        MachineEvent event = new MachineEvent(new EventId("e-same"), LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 6), "day", null,
                "They met", List.of(), List.of(new MachineEvent.Source(ONE, 0, 20, "They met on Tuesday.")));

        assertThat(Successors.quotes(List.of(quote), List.of(quote))).isEmpty();
        assertThat(Successors.events(List.of(event), List.of(event))).isEmpty();
    }

    @Test
    void aPersonPartedInTwoKeepsTheirWorkWithTheLargerPart() {
        MachinePerson both = person("jane-roe", Map.of(ONE, List.of(new MachinePerson.Place(0, 8)),
                TWO, List.of(new MachinePerson.Place(0, 8), new MachinePerson.Place(50, 58))));
        MachinePerson few = person("jane-roe", Map.of(ONE, List.of(new MachinePerson.Place(0, 8))));
        MachinePerson most = person("jane-row", Map.of(TWO, List.of(new MachinePerson.Place(0, 8), new MachinePerson.Place(50, 58))));

        assertThat(Successors.people(List.of(both), List.of(few, most)))
                .containsExactly(Map.entry(PersonSlug.of("jane-roe"), PersonSlug.of("jane-row")));
    }

    private static MachineQuote quote(String id, MachineQuote.Source... sources) {
        return new MachineQuote(new QuoteId(id), sources[0].text(), "full", null, null, null, 0, null, null, List.of(sources));
    }

    private static MachineQuote.Source source(ArticleId article, int start, String text) {
        return new MachineQuote.Source(article, "body", start, start + text.length(), text, 0, 100);
    }

    private static MachinePerson person(String slug, Map<ArticleId, List<MachinePerson.Place>> places) {
        return new MachinePerson(PersonSlug.of(slug), "Jane Roe", List.of(), List.of(), List.of(), null, Map.of(), places);
    }
}
