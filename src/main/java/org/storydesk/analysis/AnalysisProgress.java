package org.storydesk.analysis;

import java.util.Collection;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.storydesk.analysis.extraction.NlpPipeline;
import org.jspecify.annotations.Nullable;
import org.storydesk.base.ArticleId;
import org.storydesk.base.StoryId;
import org.storydesk.articles.AnalysisStatus;
import org.storydesk.articles.ArticleStored;

/** The analysis as the rest of the desk sees it: each article's state, a story's progress, retrying. */
@Component
class AnalysisProgress implements AnalysisStatus {

    private final AnalysisJobs jobs;
    private final AnalysisWorker worker;
    private final MergeLog mergeLog;
    private final NlpPipeline pipeline;

    AnalysisProgress(AnalysisJobs jobs, AnalysisWorker worker, MergeLog mergeLog, NlpPipeline pipeline) {
        this.jobs = jobs;
        this.worker = worker;
        this.mergeLog = mergeLog;
        this.pipeline = pipeline;
    }

    @Override
    public Map<ArticleId, Status> all() {
        return jobs.states();
    }

    @Override
    public Map<ArticleId, Status> of(Collection<ArticleId> articles) {
        return jobs.states(articles);
    }

    @Override
    @PreAuthorize("hasRole('EDITOR')")
    public void retry(ArticleId article) {
        if (jobs.retry(article)) {
            worker.wake();
        }
    }

    @Override
    public Progress progress(@Nullable StoryId story) {
        return jobs.progress(story, pipeline.isLoading(), story == null ? null
                : mergeLog.fullMerge(story).map(full -> new FullMerge(full.reason(), full.progress())).orElse(null));
    }

    /** A stored article (or a new version) is queued in the same transaction: it is never stored and forgotten. */
    @EventListener
    void queue(ArticleStored stored) {
        jobs.enqueue(stored.article(), stored.versionId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void wakeWorker(ArticleStored stored) {
        worker.wake();
    }
}
