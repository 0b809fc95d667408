package org.storydesk.analysis.merging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonSlug;
import org.storydesk.people.MachinePerson;
import org.storydesk.people.PersonSplit;
import org.storydesk.quotes.MachineQuote;
import org.storydesk.timeline.MachineEvent;

/** The story out of its articles' analyses: its people, its quotes and its events, each once. */
public final class StoryMerger {

    /** An analysed article: what it says, and the date it was published (null if the page does not say). */
    public record Analysed(ArticleId article, LocalDate published, ArticleAnalysis analysis) {
    }

    /**
     * @param slugs for each article, which person of the story each of its person keys is
     */
    public record Story(List<MachinePerson> people, List<MachineQuote> quotes, List<MachineEvent> events,
                        Map<ArticleId, Map<String, PersonSlug>> slugs) {
    }

    public Story merge(List<Analysed> articles) {
        return merge(articles, List.of());
    }

    /**
     * @param apart names editors said are two people, which the merge keeps apart
     */
    public Story merge(List<Analysed> articles, List<PersonSplit> apart) {
        Map<ArticleId, List<ArticleAnalysis.PersonFound>> people = new LinkedHashMap<>();
        for (Analysed article : articles) {
            people.put(article.article(), article.analysis().people());
        }
        PeopleMerger.Result merged = new PeopleMerger(apart).merge(people);
        LocalDate storyDate = storyDate(articles);

        List<QuoteMerger.Occurrence> quotes = new ArrayList<>();
        List<EventMerger.Occurrence> events = new ArrayList<>();
        for (Analysed article : articles) {
            Map<String, PersonSlug> slugs = merged.slugs().getOrDefault(article.article(), Map.of());
            LocalDate reference = article.published() != null ? article.published() : storyDate;
            LocalDate articleDay = article.published() != null ? article.published() : leadDay(article, reference);
            for (ArticleAnalysis.QuoteFound quote : article.analysis().quotes()) {
                LocalDate said = quote.date() == null ? articleDay : EventMerger.resolve(quote.date(), reference);
                quotes.add(new QuoteMerger.Occurrence(article.article(), quote,
                        quote.speaker() == null ? null : slugs.get(quote.speaker()), said != null ? said : articleDay));
            }
            for (ArticleAnalysis.EventFound event : article.analysis().events()) {
                List<PersonSlug> eventPeople = event.people().stream().map(slugs::get).filter(Objects::nonNull).distinct().toList();
                events.add(new EventMerger.Occurrence(article.article(), event, eventPeople, article.published()));
            }
        }
        return new Story(merged.people(), new QuoteMerger().merge(quotes), new EventMerger().merge(events, storyDate), merged.slugs());
    }

    /** An undated article is taken to report the day its first dated happening is on, for when its quotes were said. */
    private static LocalDate leadDay(Analysed article, LocalDate reference) {
        return article.analysis().events().stream()
                .filter(event -> event.date().isDay())
                .findFirst()
                .map(event -> EventMerger.resolve(event.date(), reference))
                .orElse(null);
    }

    /** The middle of the story's coverage: the median publication date of its dated articles. */
    static LocalDate storyDate(List<Analysed> articles) {
        List<LocalDate> dates = articles.stream().map(Analysed::published).filter(Objects::nonNull).sorted().toList();
        return dates.isEmpty() ? null : dates.get(dates.size() / 2);
    }
}
