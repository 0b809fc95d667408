package org.storydesk.analysis.merging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.analysis.merging.StoryMerger.Analysed;
import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonSlug;
import org.storydesk.people.MachinePerson;
import org.storydesk.people.PersonSplit;
import org.storydesk.quotes.MachineQuote;
import org.storydesk.timeline.MachineEvent;

/**
 * A story as it grows, one article at a time: its people, quotes and events, and the indexes
 * that find what a new article's findings join. Adding an article gives exactly what merging
 * the whole story again would give (same items, same ids, same sources), in time that depends
 * on the article, not on the story. Where a new article changes how earlier ones are read (a
 * second person with a surname that stood alone, a shift of the story's date that moves the
 * dates of undated articles), it says so, and the story is merged again as a whole.
 *
 * <p>Articles are taken in the order they are given: the order the story received them.
 */
public final class GrowingStory {

    /** What adding an article did. */
    public sealed interface Growth {

        /** The article's findings joined the story; these are the new versions of every item they changed or added. */
        record Grown(Changes changes) implements Growth {
        }

        /** The article changes how earlier articles are read: merge the story again as a whole (this object is spent). */
        record NeedsFullMerge(String why) implements Growth {
        }
    }

    /** The items an article added or changed, as they now stand. */
    public record Changes(List<MachinePerson> people, List<MachineQuote> quotes, List<MachineEvent> events) {

        public boolean isEmpty() {
            return people.isEmpty() && quotes.isEmpty() && events.isEmpty();
        }
    }

    private final PeopleMerger people;
    private final QuoteMerger quotes;
    private final EventMerger events;
    private final Map<ArticleId, Analysed> articles = new LinkedHashMap<>();
    /** Publication dates of the dated articles, in order, for the story's date (their median). */
    private final List<LocalDate> published = new ArrayList<>();
    private LocalDate storyDate;
    private boolean spent;

    private GrowingStory(PeopleMerger people, QuoteMerger quotes, EventMerger events) {
        this.people = people;
        this.quotes = quotes;
        this.events = events;
    }

    /** A story merged at once from its articles, in the order given. */
    public static GrowingStory of(List<Analysed> articles, List<PersonSplit> apart) {
        Map<ArticleId, List<ArticleAnalysis.PersonFound>> found = new LinkedHashMap<>();
        for (Analysed article : articles) {
            if (found.put(article.article(), article.analysis().people()) != null) {
                throw new IllegalArgumentException("Article " + article.article() + " is given twice");
            }
        }
        PeopleMerger people = PeopleMerger.of(found, apart);
        List<LocalDate> published = new ArrayList<>(articles.stream().map(Analysed::published).filter(Objects::nonNull).toList());
        Collections.sort(published);
        LocalDate storyDate = median(published);
        List<QuoteMerger.Occurrence> quoted = new ArrayList<>();
        for (Analysed article : articles) {
            quoted.addAll(quotesOf(article, people, storyDate));
        }
        GrowingStory story = new GrowingStory(people, QuoteMerger.of(quoted), new EventMerger());
        articles.forEach(article -> story.articles.put(article.article(), article));
        story.published.addAll(published);
        story.storyDate = storyDate;
        for (Analysed article : articles) {
            for (EventMerger.Occurrence occurrence : eventsOf(article, people)) {
                story.events.add(occurrence, story.reference(occurrence.published()));
            }
        }
        return story;
    }

    /** Adds the next article the story received. */
    public Growth add(Analysed article) {
        if (spent) {
            throw new IllegalStateException("This story needed a full merge and can no longer grow");
        }
        if (articles.containsKey(article.article())) {
            spent = true;
            return new Growth.NeedsFullMerge("article " + article.article() + " is already in the story");
        }
        Set<PeopleMerger.Cluster> touchedPeople = people.add(article.article(), article.analysis().people());
        if (touchedPeople == null) {
            spent = true;
            return new Growth.NeedsFullMerge("a name in article " + article.article() + " changes who a surname alone names");
        }
        LocalDate before = storyDate;
        if (article.published() != null) {
            int at = Collections.binarySearch(published, article.published());
            published.add(at < 0 ? -at - 1 : at, article.published());
            storyDate = median(published);
        }
        if (!Objects.equals(before, storyDate) && undatedArticlesMove(before, storyDate)) {
            spent = true;
            return new Growth.NeedsFullMerge("article " + article.article() + " moves the story's date, and with it the dates of undated articles");
        }
        articles.put(article.article(), article);
        Set<QuoteMerger.Cluster> touchedQuotes = quotes.add(quotesOf(article, people, storyDate));
        Set<EventMerger.Cluster> touchedEvents = new LinkedHashSet<>();
        for (EventMerger.Occurrence occurrence : eventsOf(article, people)) {
            EventMerger.Cluster cluster = events.add(occurrence, reference(occurrence.published()));
            if (cluster != null) {
                touchedEvents.add(cluster);
            }
        }
        return new Growth.Grown(new Changes(
                touchedPeople.stream().map(PeopleMerger.Cluster::person).toList(),
                touchedQuotes.stream().map(QuoteMerger.Cluster::quote).toList(),
                touchedEvents.stream().map(EventMerger.Cluster::event).toList()));
    }

    /** The story as it stands. */
    public StoryMerger.Story story() {
        return new StoryMerger.Story(people.clusters().stream().map(PeopleMerger.Cluster::person).toList(), quotes.quotes(),
                events.events(), people.slugs());
    }

    public int size() {
        return articles.size();
    }

    public boolean contains(ArticleId article) {
        return articles.containsKey(article);
    }

    private static List<QuoteMerger.Occurrence> quotesOf(Analysed article, PeopleMerger people, LocalDate storyDate) {
        Map<String, PersonSlug> slugs = people.slugs(article.article());
        LocalDate reference = article.published() != null ? article.published() : storyDate;
        LocalDate articleDay = article.published() != null ? article.published() : leadDay(article, reference);
        List<ArticleAnalysis.QuoteFound> found = new ArrayList<>(article.analysis().quotes());
        found.sort(QuoteMerger.inArticleOrder());
        List<QuoteMerger.Occurrence> occurrences = new ArrayList<>();
        for (ArticleAnalysis.QuoteFound quote : found) {
            LocalDate said = quote.date() == null ? articleDay : EventMerger.resolve(quote.date(), reference);
            occurrences.add(new QuoteMerger.Occurrence(article.article(), quote,
                    quote.speaker() == null ? null : slugs.get(quote.speaker()), said != null ? said : articleDay));
        }
        return occurrences;
    }

    private static List<EventMerger.Occurrence> eventsOf(Analysed article, PeopleMerger people) {
        Map<String, PersonSlug> slugs = people.slugs(article.article());
        List<ArticleAnalysis.EventFound> found = new ArrayList<>(article.analysis().events());
        found.sort(Comparator.comparingInt(ArticleAnalysis.EventFound::start));
        List<EventMerger.Occurrence> occurrences = new ArrayList<>();
        for (ArticleAnalysis.EventFound event : found) {
            List<PersonSlug> eventPeople = event.people().stream().map(slugs::get).filter(Objects::nonNull).distinct().toList();
            occurrences.add(new EventMerger.Occurrence(article.article(), event, eventPeople, article.published()));
        }
        return occurrences;
    }

    /** The day an article's relative dates are read against: its own date, or else the story's. */
    private LocalDate reference(LocalDate published) {
        return published != null ? published : storyDate;
    }

    /** Whether reading undated articles against another story date would date any of their quotes or events differently. */
    private boolean undatedArticlesMove(LocalDate before, LocalDate after) {
        for (Analysed article : articles.values()) {
            if (article.published() == null && !datesOf(article, before).equals(datesOf(article, after))) {
                return true;
            }
        }
        return false;
    }

    private static List<Object> datesOf(Analysed article, LocalDate reference) {
        List<Object> dates = new ArrayList<>();
        LocalDate lead = leadDay(article, reference);
        dates.add(lead == null ? "-" : lead);
        for (ArticleAnalysis.QuoteFound quote : article.analysis().quotes()) {
            dates.add(quote.date() == null ? "-" : Objects.requireNonNullElse(EventMerger.resolve(quote.date(), reference), "?"));
        }
        for (ArticleAnalysis.EventFound event : article.analysis().events()) {
            dates.add(Objects.requireNonNullElse((Object) EventMerger.dating(event.date(), reference), "?"));
        }
        return dates;
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
    private static LocalDate median(List<LocalDate> published) {
        return published.isEmpty() ? null : published.get(published.size() / 2);
    }

    /** Which articles are in the story, in the order it received them. */
    public List<ArticleId> articles() {
        return List.copyOf(articles.keySet());
    }
}
