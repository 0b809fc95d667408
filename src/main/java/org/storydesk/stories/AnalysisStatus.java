package org.storydesk.stories;

import java.util.Map;
import java.util.Optional;

import org.storydesk.base.ArticleId;

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
        public void retry(ArticleId article) {
        }
    };

    /** The state of every article that has one; articles missing from the map are pending. */
    Map<ArticleId, Status> all();

    default Status of(ArticleId article) {
        return all().getOrDefault(article, Status.PENDING);
    }

    /** Asks for the article to be analysed again (after a failure, or on an editor's request). */
    void retry(ArticleId article);

    /** A state and, for a failed analysis, what went wrong. */
    record Status(AnalysisState state, Optional<String> error) {
        public static final Status PENDING = new Status(AnalysisState.PENDING, Optional.empty());
    }
}
