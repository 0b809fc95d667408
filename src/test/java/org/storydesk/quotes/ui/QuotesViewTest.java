package org.storydesk.quotes.ui;

import org.storydesk.Seeds;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.IntegrationTest;
import org.storydesk.base.live.Change;
import org.storydesk.quotes.Quote;
import org.storydesk.support.ViewTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The quote board: every quote once, sorted and searched as an editor asks, narrowed by the filter. */
@IntegrationTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class QuotesViewTest extends ViewTest {


    @Test
    void everyQuoteShowsItsSpeakerKindStatusAndReach() {
        QuotesView view = open("quotes", QuotesView.class);
        List<Quote> quotes = quotes(view);

        assertThat(quotes).hasSizeGreaterThan(20);
        assertThat(view.total.getText()).isEqualTo(quotes.size() + " quotes");
        assertThat(quotes).extracting(Quote::saidOn).filteredOn(Objects::nonNull).isSorted();
        String card = card(view, 0).getElement().getTextRecursively();
        Quote first = quotes.getFirst();
        assertThat(card).contains(first.kind()).contains(first.status())
                .contains(first.outlets() == 1 ? "1 outlet" : first.outlets() + " outlets");
        assertThat(card).contains(first.speaker() != null ? first.speaker().name()
                : first.speakerLabel() != null ? first.speakerLabel() : "Speaker not identified");
    }

    @Test
    void aQuoteCarriedByManyOutletsShowsEachSourceAndTheWordingsWithTheirDifferencesMarked() {
        QuotesView view = open("quotes", QuotesView.class);
        test(view.order).selectItem("Most outlets");
        List<Quote> quotes = quotes(view);
        assertThat(quotes).extracting(Quote::outlets).isSortedAccordingTo(Comparator.reverseOrder());
        int varied = IntStream.range(0, quotes.size()).filter(i -> quotes.get(i).variants().size() > 1).findFirst().orElseThrow();

        QuoteCard card = card(view, varied);

        Details details = $(Details.class, card).single();
        assertThat(details.getSummaryText()).contains("wordings");
        assertThat($(Anchor.class, card).all()).extracting(Anchor::getHref).filteredOn(href -> !href.contains("/history"))
                .isNotEmpty().allSatisfy(href -> assertThat(href).matches(Seeds.PATH + "/articles/\\d+\\?at=\\d+-\\d+"));
        assertThat(card.getElement().getTextRecursively()).contains(quotes.get(varied).sources().getFirst().outlet());
        assertThat($(Span.class, card).all()).anySatisfy(span -> assertThat(span.getClassNames()).contains("sd-diff"));
        assertThat($(Div.class, card).withClassName("sd-variant").all()).hasSize(quotes.get(varied).variants().size());
    }

    @Test
    void sortingBySpeakerGroupsEachSpeakersQuotes() {
        QuotesView view = open("quotes", QuotesView.class);

        test(view.order).selectItem("Speaker");

        List<String> speakers = quotes(view).stream().map(QuotesViewTest::speaker).toList();
        List<String> runs = IntStream.range(0, speakers.size())
                .filter(i -> i == 0 || !speakers.get(i).equals(speakers.get(i - 1))).mapToObj(speakers::get).toList();
        assertThat(runs).as("each speaker once, their quotes together").doesNotHaveDuplicates();
        assertThat(runs.size()).isGreaterThan(3);
    }

    @Test
    void theSearchFindsQuotesByTheirWordsAndSaysWhenNothingMatches() {
        QuotesView view = open("quotes", QuotesView.class);
        int all = quotes(view).size();

        test(view.search).setValue("security guarantees");

        List<Quote> found = quotes(view);
        assertThat(found).isNotEmpty().hasSizeLessThan(all);
        assertThat(found).allSatisfy(quote -> assertThat(quote.text().toLowerCase(Locale.ROOT)).contains("security guarantees"));

        test(view.search).setValue("zebra crossing");
        assertThat(view.quotes.isVisible()).isFalse();
        assertThat(view.empty.text()).startsWith("No quotes matching “zebra crossing”.");
    }

    @Test
    void aPersonAndDateFilterLeavesOnlyThatPersonsQuotesFromThoseDays() {
        QuotesView view = open("quotes?person=mark-carney&from=2026-01-05&to=2026-01-06", QuotesView.class);
        List<Quote> quotes = quotes(view);

        assertThat(quotes).isNotEmpty().allSatisfy(quote -> {
            assertThat(quote.speaker().slug().value()).isEqualTo("mark-carney");
            assertThat(quote.saidOn()).isBetween(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6));
        });
        assertThat(view.summary.getText()).contains("from Mark Carney between 5 Jan 2026 and 6 Jan 2026");
    }

    @Test
    void anEmptyBoardSaysWhoAndWhenWasAsked() {
        QuotesView view = open("quotes?person=mark-carney&from=2025-06-01&to=2025-06-30", QuotesView.class);

        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.text()).startsWith("No quotes from Mark Carney between 1 Jun 2025 and 30 Jun 2025.");
        assertThat(view.total.getText()).isEqualTo("0 quotes");
    }

    @Test
    void leastCertainFirstPutsTheSpeakersTheAnalysisIsUnsureOfOnTopMarkedForReview() {
        QuotesView view = open("quotes", QuotesView.class);

        test(view.order).selectItem("Least certain first");

        List<Quote> quotes = quotes(view);
        assertThat(quotes).extracting(Quote::confidence).isSorted();
        assertThat(quotes.getFirst().needsReview()).isTrue();
        Span marked = $(Span.class, card(view, 0)).withClassName("sd-review").single();
        assertThat(marked.getText()).isIn("check speaker", "no speaker found");
        assertThat(marked.getElement().getAttribute("title")).contains("confidence " + String.format(Locale.ROOT, "%.2f", quotes.getFirst().confidence()));
        assertThat($(Span.class, card(view, quotes.size() - 1)).withClassName("sd-review").all()).isEmpty();
    }

    @Test
    void needsReviewLeavesOnlyUncheckedSpeakersTheAnalysisIsUnsureOf() {
        QuotesView view = open("quotes", QuotesView.class);
        int all = quotes(view).size();

        test(view.review).click();

        List<Quote> queue = quotes(view);
        assertThat(queue).isNotEmpty().hasSizeLessThan(all).allMatch(Quote::needsReview);
        assertThat(view.total.getText()).isEqualTo(queue.size() == 1 ? "1 quote" : queue.size() + " quotes");
    }

    @Test
    void aFragmentOfAFullQuoteIsShownUnderItAndTheCountIsOfQuotesNotFragments() {
        QuotesView view = open("quotes", QuotesView.class);
        List<Quote> quotes = quotes(view);
        int fragments = jdbc.sql("""
                        SELECT count(*) FROM quotes q
                         WHERE q.story_id = :story AND EXISTS (SELECT 1 FROM quotes f WHERE f.story_id = q.story_id AND f.id = q.full_quote)""")
                .param("story", Seeds.STORY.value()).query(Integer.class).single();
        int all = jdbc.sql("SELECT count(*) FROM quotes WHERE story_id = :story").param("story", Seeds.STORY.value()).query(Integer.class).single();

        assertThat(fragments).isPositive();
        assertThat(quotes).hasSize(all - fragments).allMatch(quote -> quote.fullQuote() == null
                || quotes.stream().noneMatch(other -> other.id().equals(quote.fullQuote())));
        int whole = IntStream.range(0, quotes.size()).filter(i -> !quotes.get(i).fragments().isEmpty()).findFirst().orElseThrow();
        Quote part = quotes.get(whole).fragments().getFirst();
        QuoteCard card = card(view, whole);
        assertThat($(Div.class, card).withClassName("sd-fragment").all()).hasSize(quotes.get(whole).fragments().size());
        assertThat(card.getElement().getTextRecursively()).contains(part.words()).contains(part.sources().getFirst().text().strip());
        assertThat($(Span.class, card).withClassName("sd-fragments").single().getText()).startsWith("+ ");
        assertThat(view.shows(Change.merged(Seeds.STORY, Map.of("quote", List.of(part.id().value())))))
                .as("a merge that changes a fragment changes the card it is shown on").isTrue();
    }

    @Test
    void aBoardNarrowedToOnePersonRefreshesForAMergeOfTheirQuotesAndNotForOthers() {
        QuotesView board = open("quotes?person=mark-carney", QuotesView.class);
        List<Quote> theirs = quotes(board);
        String someoneElses = jdbc.sql("SELECT id FROM quotes WHERE story_id = :story AND speaker IS DISTINCT FROM 'mark-carney' LIMIT 1")
                .param("story", Seeds.STORY.value()).query(String.class).single();
        String anotherOfTheirs = jdbc.sql("SELECT id FROM quotes WHERE story_id = :story AND speaker = 'mark-carney' ORDER BY id DESC LIMIT 1")
                .param("story", Seeds.STORY.value()).query(String.class).single();

        assertThat(board.shows(Change.merged(Seeds.STORY, Map.of("quote", List.of(someoneElses), "person", List.of("mark-rutte"))))).isFalse();
        assertThat(board.shows(Change.merged(Seeds.STORY, Map.of("quote", List.of(theirs.getFirst().id().value()))))).isTrue();
        assertThat(board.shows(Change.merged(Seeds.STORY, Map.of("quote", List.of(anotherOfTheirs))))).isTrue();
        assertThat(board.shows(new Change(Seeds.STORY, Change.STORY, ""))).as("the story merged again as a whole").isTrue();
        assertThat(board.shows(new Change(Seeds.STORY, "status", "quote:" + someoneElses))).as("an editor's write").isTrue();
    }

    private static String speaker(Quote quote) {
        return quote.speaker() != null ? quote.speaker().name() : quote.speakerLabel() != null ? quote.speakerLabel() : "~";
    }

    private List<Quote> quotes(QuotesView view) {
        var list = test(view.quotes);
        return IntStream.range(0, list.size()).mapToObj(list::getItem).toList();
    }

    private QuoteCard card(QuotesView view, int index) {
        return (QuoteCard) test(view.quotes).getItemComponent(index);
    }
}
