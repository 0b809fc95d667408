package org.storydesk.analysis.merging;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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

    /** The story of these articles, taken in the order given (the order the story received them). */
    public Story merge(List<Analysed> articles) {
        return merge(articles, List.of());
    }

    /**
     * @param apart names editors said are two people, which the merge keeps apart
     */
    public Story merge(List<Analysed> articles, List<PersonSplit> apart) {
        return GrowingStory.of(articles, apart).story();
    }
}
