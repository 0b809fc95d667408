package org.storydesk.articles;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.ArticleId;
import org.storydesk.base.StoryId;

/**
 * What the analysis says of each article. The analysis feature provides it; the stories feature
 * only shows it, so neither depends on the other's internals.
 */
public interface AnalysisStatus {

    /** Where no analysis runs (a deployment without it): every article is pending. */
    AnalysisStatus NONE = new AnalysisStatus() {
        @Override
        public Map<ArticleId, Status> all() {
            return Map.of();
        }

        @Override
        public Map<ArticleId, Status> of(Collection<ArticleId> articles) {
            return Map.of();
        }

        @Override
        public void retry(ArticleId article) {
        }
    };

    /** The state of every article that has one; articles missing from the map are pending. */
    Map<ArticleId, Status> all();

    /** The states of some articles (a page of a list); those missing from the map are pending. */
    Map<ArticleId, Status> of(Collection<ArticleId> articles);

    default Status of(ArticleId article) {
        return of(List.of(article)).getOrDefault(article, Status.PENDING);
    }

    /** Asks for the article to be analysed again (after a failure, or on an editor's request). */
    void retry(ArticleId article);

    /** How far the analysis of a story's articles (null: of every article of the desk) has come. */
    default Progress progress(@Nullable StoryId story) {
        return Progress.NONE;
    }

    /**
     * @param running   the title of the article being analysed now, or null
     * @param loading   whether the language pipeline is still loading (the first analysis waits for it)
     * @param fullMerge the story being merged again as a whole (why, and how far), or null
     */
    record Progress(int total, int done, int failed, int waiting, String running, boolean loading, FullMerge fullMerge) {
        public static final Progress NONE = new Progress(0, 0, 0, 0, null, false, null);

        public boolean busy() {
            return waiting > 0 || running != null || fullMerge != null;
        }
    }

    /** The story merged again as a whole, in the background: why, and how far it is (per cent). */
    record FullMerge(String reason, int percent) {
    }

    /** A state and, for a failed analysis, what went wrong. */
    record Status(AnalysisState state, Optional<String> error) {
        public static final Status PENDING = new Status(AnalysisState.PENDING, Optional.empty());
    }
}
