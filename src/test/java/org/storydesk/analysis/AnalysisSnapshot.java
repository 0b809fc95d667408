package org.storydesk.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.analysis.extraction.ArticleAnalyzer;
import org.storydesk.analysis.extraction.CoreNlpPipeline;
import org.storydesk.articles.cleaning.CleanPage;
import org.storydesk.articles.cleaning.PageCleaner;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the whole analysis of every evaluation article (the seeds and the gold sets named) as
 * JSON, one file each, so a change meant to keep behaviour can be shown to keep all of it, not
 * only the figures: run it before and after, and compare the folders.
 *
 * <p>{@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.storydesk.analysis.AnalysisSnapshot -Dexec.args="target/snapshot extra heldout"}
 */
public final class AnalysisSnapshot {

    private AnalysisSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/analysis-snapshot");
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            seeds.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(texts::add);
        }
        for (int i = 1; i < args.length; i++) {
            try (Stream<Path> gold = Files.list(Evaluation.GOLD.resolve(args[i]))) {
                gold.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(texts::add);
            }
        }
        Files.createDirectories(out);
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(new CoreNlpPipeline());
        PageCleaner cleaner = new PageCleaner();
        for (Path text : texts) {
            CleanPage page = cleaner.cleanText(Files.readString(text));
            LocalDate published = page.metadata().published().orElse(null);
            ArticleAnalysis analysis = analyzer.analyse(page.body(), page.metadata().headline().orElse(null), published);
            Files.writeString(out.resolve(text.getFileName().toString().replace(".txt", ".json")), json.writeValueAsString(analysis));
        }
        System.out.println(texts.size() + " analyses written to " + out);
        System.exit(0);
    }
}
