package org.storydesk.analysis;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.analysis.extraction.ArticleAnalyzer;
import org.storydesk.base.StoryDeskProperties;
import org.storydesk.base.database.ExternalDatabase;
import org.storydesk.stories.Article;
import org.storydesk.stories.Articles;

/**
 * Analyses waiting articles one after another on a thread of its own, so the dashboard stays
 * usable meanwhile. The NLP pipeline is loaded the first time there is work, never before: a
 * restart with every article analysed loads nothing. After each article, or every few seconds
 * while many wait, the story is merged again so editors see it fill in.
 */
@Component
class AnalysisWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnalysisWorker.class);
    private static final Duration IDLE_WAIT = Duration.ofSeconds(2);
    private static final Duration MERGE_EVERY = Duration.ofSeconds(5);
    private static final Duration LEASE = Duration.ofMinutes(15);

    private final AnalysisJobs jobs;
    private final ArticleAnalyzer analyzer;
    private final ArticleAnalyses analyses;
    private final StoryRebuild rebuild;
    private final Articles articles;
    private final boolean enabled;
    private final boolean embeddedDatabase;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();
    private final Semaphore wakeUp = new Semaphore(0);

    private volatile boolean running;
    private volatile Thread thread;

    AnalysisWorker(AnalysisJobs jobs, ArticleAnalyzer analyzer, ArticleAnalyses analyses, StoryRebuild rebuild, Articles articles,
                   StoryDeskProperties properties, Environment environment) {
        this.jobs = jobs;
        this.analyzer = analyzer;
        this.analyses = analyses;
        this.rebuild = rebuild;
        this.articles = articles;
        this.enabled = properties.analysis().enabled();
        this.embeddedDatabase = !ExternalDatabase.isConfigured(environment);
    }

    /** Some work arrived: do not wait for the next look at the queue. */
    void wake() {
        wakeUp.release();
    }

    @Override
    public void start() {
        if (!enabled) {
            log.info("Analysis is off on this node (storydesk.analysis.enabled=false)");
            return;
        }
        // On the embedded database this process is the only node: whatever was running died with the last one.
        int released = jobs.releaseAbandoned(embeddedDatabase ? Duration.ZERO : LEASE);
        int queued = jobs.enqueueMissing();
        if (released + queued > 0) {
            log.info("Analysis queue: {} articles queued, {} claims released", queued, released);
        }
        running = true;
        thread = new Thread(this::work, "analysis-worker");
        thread.setDaemon(true);
        thread.start();
    }

    private void work() {
        boolean merged = true;
        long lastMerge = System.nanoTime();
        while (running) {
            try {
                Optional<AnalysisJobs.Job> job = jobs.claim(node);
                if (job.isPresent()) {
                    analyse(job.get());
                    merged = false;
                }
                // Merge when the queue is empty, and now and then during a long one so the panels fill in.
                boolean due = job.isEmpty() || !jobs.anyWaiting() || System.nanoTime() - lastMerge > MERGE_EVERY.toNanos();
                if (!merged && due) {
                    rebuild.rebuild();
                    merged = true;
                    lastMerge = System.nanoTime();
                }
                if (job.isEmpty()) {
                    wakeUp.tryAcquire(IDLE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.error("The analysis worker hit a problem; it goes on after a pause", e);
                sleepQuietly();
            }
        }
    }

    private void analyse(AnalysisJobs.Job job) {
        long start = System.nanoTime();
        try {
            Optional<Article> article = articles.find(job.article());
            if (article.isEmpty() || article.get().versionId() != job.versionId()) {
                jobs.fail(job, "The article changed while it waited; its newest version is queued instead.");
                return;
            }
            ArticleAnalysis analysis = analyzer.analyse(article.get().body(), article.get().headline(), article.get().published());
            analyses.save(job.article(), job.versionId(), analysis);
            long took = (System.nanoTime() - start) / 1_000_000;
            if (jobs.finish(job, took)) {
                log.info("Analysed article {} in {} ms: {} people, {} quotes, {} events", job.article(), took,
                        analysis.people().size(), analysis.quotes().size(), analysis.events().size());
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.warn("Analysis of article {} failed: {}", job.article(), message, e);
            jobs.fail(job, message);
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(IDLE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread worker = thread;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Start after the web server and the database are up; stop before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
