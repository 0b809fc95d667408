package org.storydesk.analysis;

import org.storydesk.Seeds;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.storydesk.Application;
import org.storydesk.analysis.merging.StoryMerger;
import org.storydesk.support.SyntheticDesk;
import org.storydesk.support.SyntheticStory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The story's merge through the app's own code path, on a real (embedded) PostgreSQL: a story of
 * N articles' analyses (from {@link SyntheticStory}, written as the analysis leaves them) merged
 * as a whole and written; then articles added one at a time, each taken in as the app takes in a
 * finished analysis (its changes written in one short transaction); then the story merged as a
 * whole again (as after an editor parts two people), and the heap the app holds for it. The
 * merging thread is off, so each step is timed on this thread alone.
 *
 * <p>{@code MAVEN_OPTS=-Xmx6g ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.storydesk.analysis.StoryGrowthBenchmark -Dexec.args="1000 10000"}
 */
public final class StoryGrowthBenchmark {

    private static final int ADDED = 50;
    /** The merging thread's own CPU time: on a machine busy with other work, wall time says little of the merge. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private StoryGrowthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "%-8s %14s %10s %10s %10s %8s %14s %9s   %s%n", "articles", "full s (cpu)", "add p50 ms", "add p95 ms",
                "add max ms", "full", "again s", "heap MB", "story");
        for (int size : sizes) {
            run(size);
        }
        System.exit(0);
    }

    private static void run(int size) throws Exception {
        Path data = Files.createTempDirectory("storydesk-growth-data");
        Path noSeeds = Files.createTempDirectory("storydesk-growth-noseeds");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--storydesk.data-dir=" + data, "--storydesk.seeds-dir=" + noSeeds, "--storydesk.analysis.enabled=false",
                "--storydesk.analysis.merge=false", "--logging.level.root=warn")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            SyntheticDesk desk = new SyntheticDesk(jdbc, app.getBean(NamedParameterJdbcTemplate.class), app.getBean(JsonMapper.class));
            SyntheticStory generator = new SyntheticStory(size, 42);
            desk.write(generator.articles(size));
            StoryMerges merges = app.getBean(StoryMerges.class);
            MergeLog log = app.getBean(MergeLog.class);
            TransactionTemplate transaction = app.getBean(TransactionTemplate.class);
            long heapBefore = usedHeap();

            transaction.executeWithoutResult(status -> log.askForFullMerge(Seeds.STORY, "the benchmark asked for it"));
            long start = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            merges.mergeWaiting();
            double full = (System.nanoTime() - start) / 1e9;
            double fullCpu = (CPU.getCurrentThreadCpuTime() - cpu) / 1e9;

            List<Double> adds = new ArrayList<>();
            int fullMerges = 0;
            for (StoryMerger.Analysed article : generator.articles(ADDED)) {
                desk.write(List.of(article));
                // As the worker does when it saves an analysis: the stories the article is on are to look at it.
                transaction.executeWithoutResult(status -> merges.analysed(article.article()));
                int generation = log.state(Seeds.STORY).generation();
                long begin = System.nanoTime();
                while (merges.mergeWaiting()) {
                    // a full merge asked for by the article, or the article itself: until nothing waits
                }
                adds.add((System.nanoTime() - begin) / 1e6);
                if (log.state(Seeds.STORY).generation() != generation) {
                    fullMerges++;
                }
                if (!log.logged(Seeds.STORY).contains(article.article())) {
                    throw new IllegalStateException("Article " + article.article() + " was not taken into the story");
                }
            }
            adds.sort(null);

            transaction.executeWithoutResult(status -> log.askForFullMerge(Seeds.STORY, "the benchmark asked for it again"));
            start = System.nanoTime();
            merges.mergeWaiting();
            double again = (System.nanoTime() - start) / 1e9;
            long heap = usedHeap() - heapBefore;

            String story = jdbc.sql("SELECT people || ' people, ' || quotes || ' quotes, ' || events || ' events' FROM story_merges")
                    .query(String.class).single();
            System.out.printf(Locale.ROOT, "%-8d %14s %10.1f %10.1f %10.1f %8s %14.1f %9d   %s%n", size,
                    String.format(Locale.ROOT, "%.1f (%.1f)", full, fullCpu), adds.get(adds.size() / 2),
                    adds.get((int) Math.ceil(adds.size() * 0.95) - 1), adds.getLast(), fullMerges + "/" + ADDED, again,
                    heap / (1024 * 1024), story);
        }
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
