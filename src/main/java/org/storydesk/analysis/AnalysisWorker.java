package org.storydesk.analysis;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.analysis.extraction.ArticleAnalyzer;
import org.storydesk.base.StoryDeskProperties;
import org.storydesk.base.database.ExternalDatabase;
import org.storydesk.articles.Article;
import org.storydesk.articles.Articles;
import tools.jackson.databind.json.JsonMapper;

/**
 * Analyses waiting articles on threads of their own (by default one less than the cores), so
 * the dashboard stays usable meanwhile; each thread claims the next article as any node's would.
 * The NLP pipeline is loaded the first time there is work, never before: a restart with every
 * article analysed loads nothing. A long article is analysed a section at a time, and goes back
 * to the queue between sections when others wait, so no article holds the queue up for long.
 * Each finished analysis is handed to the story's merge.
 *
 * <p>Several nodes may share the queue. A node renews its claim on the jobs it works on; a job whose
 * node went silent for longer than the lease ({@code storydesk.analysis.lease}: killed, or its machine
 * gone) goes back to the queue for any node, and the silent node's late result, if it comes, is dropped.
 */
@Component
class AnalysisWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnalysisWorker.class);
    private static final Duration IDLE_WAIT = Duration.ofSeconds(2);

    private final AnalysisJobs jobs;
    private final ArticleAnalyses analyses;
    private final StoryMerges merges;
    private final Articles articles;
    private final JsonMapper json;
    private final ArticleAnalyzer analyzer;
    private final TransactionTemplate transaction;
    private final boolean enabled;
    private final int workers;
    private final int sectionWords;
    /** How long a claim holds without renewal; a node renews its claims three times a lease while it works. */
    private final Duration lease;
    private final boolean embeddedDatabase;
    /** This node, as its claims name it: the process, and this app in it (two apps may share a JVM, as in a test). */
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final Semaphore wakeUp = new Semaphore(0);
    /** Renews this node's claims while it works; made anew on every start, as a stop shuts it down. */
    private volatile ScheduledExecutorService heartbeat = newHeartbeat();

    private static ScheduledExecutorService newHeartbeat() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "analysis-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
    }

    private final AtomicLong lastRelease = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();

    private volatile boolean running;

    AnalysisWorker(AnalysisJobs jobs, ArticleAnalyses analyses, StoryMerges merges, Articles articles, JsonMapper json,
                   ArticleAnalyzer analyzer, StoryDeskProperties properties, Environment environment, TransactionTemplate transaction) {
        this.jobs = jobs;
        this.analyses = analyses;
        this.merges = merges;
        this.articles = articles;
        this.json = json;
        this.analyzer = analyzer;
        this.transaction = transaction;
        this.enabled = properties.analysis().enabled();
        this.workers = properties.analysis().workerCount();
        this.sectionWords = properties.analysis().sectionWords();
        this.lease = properties.analysis().lease();
        this.embeddedDatabase = !ExternalDatabase.isConfigured(environment);
    }

    /** This node's name in the jobs it claims. */
    String node() {
        return node;
    }

    /** Some work arrived: do not wait for the next look at the queue. */
    void wake() {
        wakeUp.release(workers);
    }

    @Override
    public void start() {
        if (!enabled) {
            log.info("Analysis is off on this node (storydesk.analysis.enabled=false)");
            return;
        }
        // On the embedded database this process is the only node: whatever was running died with the last one.
        int released = jobs.releaseAbandoned(embeddedDatabase ? Duration.ZERO : lease);
        int queued = jobs.enqueueMissing();
        if (released + queued > 0) {
            log.info("Analysis queue: {} articles queued, {} claims released", queued, released);
        }
        if (heartbeat.isShutdown()) {
            heartbeat = newHeartbeat();
        }
        running = true;
        for (int i = 1; i <= workers; i++) {
            Thread worker = new Thread(this::work, "analysis-worker-" + i);
            worker.setDaemon(true);
            threads.add(worker);
            worker.start();
        }
        log.info("Analysing articles on {} thread(s)", workers);
    }

    private void work() {
        while (running) {
            try {
                releaseAbandonedNowAndThen();
                Optional<AnalysisJobs.Job> job = jobs.claim(node);
                if (job.isPresent()) {
                    analyse(job.get());
                } else {
                    wakeUp.tryAcquire(IDLE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.error("An analysis worker hit a problem; it goes on after a pause", e);
                sleepQuietly();
            }
        }
    }

    /** A node that stopped mid-job (killed, or its machine lost) left a claim: past the lease, the job waits again. */
    private void releaseAbandonedNowAndThen() {
        long now = System.nanoTime();
        long last = lastRelease.get();
        if (now - last < lease.toNanos() / 3 || !lastRelease.compareAndSet(last, now)) {
            return;
        }
        int released = jobs.releaseAbandoned(lease);
        if (released > 0) {
            log.warn("{} analysis jobs went back to the queue: their node had not renewed its claim for {} s", released, lease.toSeconds());
        }
    }

    private void analyse(AnalysisJobs.Job job) {
        long start = System.nanoTime();
        long every = Math.max(1, lease.toMillis() / 3);
        ScheduledFuture<?> renewing = heartbeat.scheduleAtFixedRate(() -> renew(job), every, every, TimeUnit.MILLISECONDS);
        try {
            Optional<Article> found = articles.find(job.article());
            if (found.isEmpty() || found.get().versionId() != job.versionId()) {
                jobs.fail(job, node, "The article changed while it waited; its newest version is queued instead.");
                return;
            }
            Article article = found.get();
            ArticleAnalysis analysis;
            if (article.words() <= sectionWords) {
                analysis = analyzer.analyse(article.body(), article.headline(), article.published());
            } else {
                Optional<ArticleAnalysis> whole = inSections(job, article, analyzer);
                if (whole.isEmpty()) {
                    return; // others' turn: it goes on later from where it stopped
                }
                analysis = whole.get();
            }
            long took = (System.nanoTime() - start) / 1_000_000;
            // The result is kept only with the job marked done by this node, in one transaction: a node that lost its
            // claim (silent past the lease) cannot overwrite what the node that took the job over found.
            boolean kept = Boolean.TRUE.equals(transaction.execute(status -> {
                if (!jobs.finish(job, node, took)) {
                    return false;
                }
                analyses.save(job.article(), job.versionId(), analysis);
                merges.analysed(job.article());
                return true;
            }));
            if (kept) {
                log.info("Analysed article {} in {} ms: {} people, {} quotes, {} events", job.article(), took,
                        analysis.people().size(), analysis.quotes().size(), analysis.events().size());
                merges.wake();
            } else {
                log.info("Analysed article {}, but the job is no longer this node's: the result is dropped", job.article());
            }
        } catch (RuntimeException | OutOfMemoryError e) {
            if (!running) {
                // The node is stopping (the pipeline was interrupted): the job is not the article's fault, and goes
                // back to the queue at once for another node, instead of waiting out the lease.
                jobs.release(job, node);
                log.info("Stopping: article {} goes back to the queue for another node", job.article());
                return;
            }
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            log.warn("Analysis of article {} failed: {}", job.article(), message, e);
            jobs.fail(job, node, message);
            // A story that holds an earlier version's analysis of it merges again without that: it no longer stands.
            merges.analysed(job.article());
            merges.wake();
        } finally {
            renewing.cancel(false);
        }
    }

    /**
     * A long article, section after section from where it stopped last. After each section, if
     * other articles wait, it goes back to the queue with what it has so far (empty: not done yet).
     */
    private Optional<ArticleAnalysis> inSections(AnalysisJobs.Job job, Article article, ArticleAnalyzer analyzer) {
        List<Sections.Section> sections = Sections.of(article.body(), sectionWords);
        ArticleAnalysis sofar = job.partial() == null ? null : json.readValue(job.partial(), ArticleAnalysis.class);
        for (int i = job.sectionsDone(); i < sections.size(); i++) {
            Sections.Section section = sections.get(i);
            ArticleAnalysis part = Sections.shifted(analyzer.analyse(section.text(), i == 0 ? article.headline() : null,
                    article.published()), section.start());
            sofar = sofar == null ? part : Sections.joined(sofar, part);
            boolean last = i == sections.size() - 1;
            if (!last && jobs.othersWaiting(job.article())) {
                if (jobs.yieldTurn(job, node, i + 1, json.writeValueAsString(sofar))) {
                    log.info("Analysed section {} of {} of article {}; the articles waiting go first", i + 1, sections.size(), job.article());
                    wake();
                }
                return Optional.empty();
            }
        }
        return Optional.ofNullable(sofar);
    }

    private void renew(AnalysisJobs.Job job) {
        try {
            jobs.renew(job, node);
        } catch (RuntimeException e) {
            log.warn("Could not renew the claim on article {}: {}", job.article(), e.getMessage());
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
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        for (Thread worker : threads) {
            worker.interrupt();
        }
        for (Thread worker : threads) {
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
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
