package org.storydesk.analysis.merging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.analysis.extraction.ArticleAnalysis.PersonFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.QuoteFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.Span;
import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.QuoteKind;
import org.storydesk.analysis.extraction.TextPart;
import org.storydesk.base.ArticleId;
import org.storydesk.people.MachinePerson;
import org.storydesk.quotes.MachineQuote;
import org.storydesk.support.SyntheticStory;
import org.storydesk.timeline.MachineEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** A story grown one article at a time is the story merged at once: the same items, ids and sources. */
class GrowingStoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 6);

    @Test
    void aGeneratedStoryGrownArticleByArticleIsTheStoryMergedAtOnce() {
        List<StoryMerger.Analysed> articles = new SyntheticStory(600, 7).articles(600);
        Grown grown = grow(articles, 25);

        assertThat(grown.fullMerges).as("additions that needed a full merge").isLessThan(articles.size() / 20);
        assertThat(grown.incremental).isGreaterThan(articles.size() * 9 / 10);
    }

    @Test
    void anotherGeneratedStoryToo() {
        grow(new SyntheticStory(300, 1234).articles(300), 1);
    }

    @Test
    void aFullNameThatMakesASurnameAloneAmbiguousAsksForAFullMerge() {
        GrowingStory story = GrowingStory.of(List.of(
                article(1, person("Maya Okeke")),
                article(2, person("Okeke"), quote("We will not give up the harbour,", "Okeke"))), List.of());
        assertThat(story.story().quotes().getFirst().speaker().value()).isEqualTo("maya-okeke");

        GrowingStory.Growth growth = story.add(article(3, person("Nia Okeke")));

        assertThat(growth).isInstanceOf(GrowingStory.Growth.NeedsFullMerge.class);
        // Merged again, the surname alone names neither.
        StoryMerger.Story merged = GrowingStory.of(List.of(
                article(1, person("Maya Okeke")),
                article(2, person("Okeke"), quote("We will not give up the harbour,", "Okeke")),
                article(3, person("Nia Okeke"))), List.of()).story();
        assertThat(merged.quotes().getFirst().speaker()).isNull();
    }

    @Test
    void aQuoteCarriedAgainJoinsItsQuoteAndSaysWhatChanged() {
        GrowingStory story = GrowingStory.of(List.of(article(1, person("Ada Brooks"),
                quote("We will rebuild the bridge before the winter comes,", "Ada Brooks"))), List.of());
        MachineQuote before = story.story().quotes().getFirst();

        GrowingStory.Growth growth = story.add(article(2, person("Ada Brooks"),
                quote("We will rebuild the bridge before winter comes.", "Ada Brooks")));

        assertThat(growth).isInstanceOf(GrowingStory.Growth.Grown.class);
        GrowingStory.Changes changes = ((GrowingStory.Growth.Grown) growth).changes();
        assertThat(changes.quotes()).singleElement().satisfies(quote -> {
            assertThat(quote.id()).isEqualTo(before.id());
            assertThat(quote.sources()).extracting(MachineQuote.Source::article).containsExactly(ArticleId.of(1), ArticleId.of(2));
        });
        assertThat(changes.people()).extracting(MachinePerson::slug).extracting(s -> s.value()).containsExactly("ada-brooks");
    }

    private record Grown(int incremental, int fullMerges) {
    }

    /**
     * Grows the story one article at a time, applying each addition's changes to what the story
     * was; every {@code every} articles, checks that against the story merged at once.
     */
    private static Grown grow(List<StoryMerger.Analysed> articles, int every) {
        GrowingStory story = GrowingStory.of(List.of(), List.of());
        Map<String, MachinePerson> people = new LinkedHashMap<>();
        Map<String, MachineQuote> quotes = new LinkedHashMap<>();
        Map<String, MachineEvent> events = new LinkedHashMap<>();
        int incremental = 0;
        int fullMerges = 0;
        List<StoryMerger.Analysed> sofar = new ArrayList<>();
        for (StoryMerger.Analysed article : articles) {
            sofar.add(article);
            GrowingStory.Growth growth = story.add(article);
            switch (growth) {
                case GrowingStory.Growth.Grown grown -> {
                    incremental++;
                    grown.changes().people().forEach(p -> people.put(p.slug().value(), p));
                    grown.changes().quotes().forEach(q -> quotes.put(q.id().value(), q));
                    grown.changes().events().forEach(e -> events.put(e.id().value(), e));
                }
                case GrowingStory.Growth.NeedsFullMerge full -> {
                    fullMerges++;
                    story = GrowingStory.of(sofar, List.of());
                    StoryMerger.Story whole = story.story();
                    people.clear();
                    quotes.clear();
                    events.clear();
                    people.putAll(byId(whole.people(), p -> p.slug().value()));
                    quotes.putAll(byId(whole.quotes(), q -> q.id().value()));
                    events.putAll(byId(whole.events(), e -> e.id().value()));
                }
            }
            if (sofar.size() % every == 0 || sofar.size() == articles.size()) {
                StoryMerger.Story atOnce = GrowingStory.of(sofar, List.of()).story();
                assertThat(people).as("people after %d articles", sofar.size()).isEqualTo(byId(atOnce.people(), p -> p.slug().value()));
                assertThat(quotes).as("quotes after %d articles", sofar.size()).isEqualTo(byId(atOnce.quotes(), q -> q.id().value()));
                assertThat(events).as("events after %d articles", sofar.size()).isEqualTo(byId(atOnce.events(), e -> e.id().value()));
                assertThat(story.story().quotes()).isEqualTo(atOnce.quotes());
                assertThat(story.story().slugs()).isEqualTo(atOnce.slugs());
            }
        }
        return new Grown(incremental, fullMerges);
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static StoryMerger.Analysed article(long id, PersonFound person, QuoteFound... quotes) {
        return new StoryMerger.Analysed(ArticleId.of(id), DAY, new ArticleAnalysis(List.of(person), List.of(quotes), List.of(), List.of()));
    }

    private static PersonFound person(String name) {
        return new PersonFound(name, List.of(name), List.of(), null, List.of(new Span(0, name.length())));
    }

    private static QuoteFound quote(String text, String speaker) {
        return new QuoteFound(TextPart.BODY, 10, 10 + text.length(), text, QuoteKind.FULL, speaker, null,
                AttributionRule.GOVERNING_SPEECH_VERB, 0, 100, null, null);
    }
}
