package org.storydesk.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.storydesk.articles.ArticleHit;
import org.storydesk.articles.Articles;
import org.storydesk.base.SearchWords;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryName;
import org.storydesk.quotes.QuoteHit;
import org.storydesk.quotes.Quotes;

/**
 * Finds words in a story, or across the desk: in articles (headline and body) and in quotes,
 * newest first. Articles and quotes each search what they hold (PostgreSQL's full-text search,
 * through their indexes); this puts the two together and says where each hit opens the reader.
 */
@Service
public class Search {

    /** Counts stop here: "more than 1,000" is all an editor needs to know to narrow the words. */
    public static final int COUNTED = 1_000;
    public static final int MOST = 200;

    private final Articles articles;
    private final Quotes quotes;
    private final StoryDirectory stories;

    Search(Articles articles, Quotes quotes, StoryDirectory stories) {
        this.articles = articles;
        this.quotes = quotes;
        this.stories = stories;
    }

    /**
     * @param story the story to search, or null for the whole desk
     * @param limit how many of each kind, at most {@link #MOST}
     */
    @Transactional(readOnly = true)
    public Results find(SearchWords words, @Nullable StoryName story, int offset, int limit) {
        int page = Math.max(1, Math.min(limit, MOST));
        StoryId in = story == null ? null : story.id();
        Map<StoryId, Optional<StoryName>> named = new HashMap<>();
        List<Hit> quoteHits = new ArrayList<>();
        for (QuoteHit hit : quotes.search(in, words, offset, page)) {
            Optional<StoryName> of = named.computeIfAbsent(hit.story(), stories::byId);
            if (of.isEmpty()) {
                continue;
            }
            quoteHits.add(new Hit(Hit.Kind.QUOTE, of.get(), List.of(of.get()), hit.article(), hit.quote().value(), hit.headline(), null,
                    hit.speaker(), hit.saidOn(), "quote", hit.snippet(), hit.start(), hit.end()));
        }
        List<Hit> articleHits = new ArrayList<>();
        for (ArticleHit hit : articles.search(in, words, offset, page)) {
            List<StoryName> on = stories.of(hit.article());
            StoryName readIn = story != null ? story : on.isEmpty() ? null : on.getFirst();
            articleHits.add(new Hit(Hit.Kind.ARTICLE, readIn, on, hit.article(), null, hit.headline(), hit.outlet(), null, hit.published(),
                    hit.part(), hit.snippet(), hit.snippet().start(), hit.snippet().end()));
        }
        return new Results(words.text(), story, quoteHits, quotes.countHits(in, words, COUNTED + 1), articleHits,
                articles.countHits(in, words, COUNTED + 1));
    }
}
