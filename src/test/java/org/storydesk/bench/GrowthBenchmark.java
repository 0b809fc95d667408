package org.storydesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.storydesk.analysis.merging.GrowingStory;
import org.storydesk.analysis.merging.StoryMerger;
import org.storydesk.support.SyntheticStory;

/**
 * How the merge of a story grows with the story: for each size, a full merge of that many
 * articles, then one more article added at a time (each timed), and the heap the merged story
 * holds with its articles' analyses. The articles' analyses come from {@link SyntheticStory}, which follows the seed story's
 * shape; the merge is the app's own ({@link GrowingStory}), the code the app runs when an
 * analysis finishes. {@link StoryGrowthBenchmark} measures the same through the database.
 *
 * <p>{@code MAVEN_OPTS=-Xmx6g ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.storydesk.bench.GrowthBenchmark -Dexec.args="1000 10000 100000"}
 */
public final class GrowthBenchmark {

    private static final int ADDED = 50;
    /** CPU time of this thread alone: on a machine busy with other work, wall time says little about the merge. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private GrowthBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {1_000, 10_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf(Locale.ROOT, "%-8s %12s %10s %10s %10s %8s %8s %10s   %s%n", "articles", "full s (cpu)", "add p50 ms",
                "add p95 ms", "add max ms", "full", "", "heap MB", "story");
        for (int size : sizes) {
            run(size);
        }
        System.exit(0);
    }

    private static void run(int size) {
        long heapBefore = usedHeap();
        SyntheticStory generator = new SyntheticStory(size, 42);
        List<StoryMerger.Analysed> articles = generator.articles(size);
        List<StoryMerger.Analysed> more = generator.articles(ADDED);

        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        GrowingStory story = GrowingStory.of(articles, List.of());
        double fullSeconds = (System.nanoTime() - start) / 1e9;
        double fullCpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        StoryMerger.Story merged = story.story();
        long heap = usedHeap() - heapBefore;

        List<Double> adds = new ArrayList<>();
        int fullMerges = 0;
        List<StoryMerger.Analysed> sofar = new ArrayList<>(articles);
        for (StoryMerger.Analysed article : more) {
            sofar.add(article);
            long begin = System.nanoTime();
            if (story.add(article) instanceof GrowingStory.Growth.NeedsFullMerge) {
                fullMerges++;
                story = GrowingStory.of(sofar, List.of());
            }
            adds.add((System.nanoTime() - begin) / 1e6);
        }
        adds.sort(null);
        System.out.printf(Locale.ROOT, "%-8d %12s %10.1f %10.1f %10.1f %8s %8s %10d   %d people, %d quotes, %d events%n", size,
                String.format(Locale.ROOT, "%.1f (%.1f)", fullSeconds, fullCpuSeconds),
                adds.get(adds.size() / 2), adds.get((int) Math.ceil(adds.size() * 0.95) - 1), adds.getLast(),
                fullMerges + "/" + ADDED, "", heap / (1024 * 1024), merged.people().size(), merged.quotes().size(), merged.events().size());
        // Keep the story alive until its heap was measured.
        if (story.size() < 0) {
            System.out.println(merged);
        }
    }

    private static long usedHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
