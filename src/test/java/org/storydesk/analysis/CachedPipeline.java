package org.storydesk.analysis;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.storydesk.analysis.extraction.NlpDocument;
import org.storydesk.analysis.extraction.NlpPipeline;

/**
 * A pipeline that parses each text once: the ablation evaluates the same articles again and
 * again with different rules, and the parse (the slow part) does not depend on the rules.
 */
public final class CachedPipeline implements NlpPipeline {

    private record Key(String text, LocalDate date) {
    }

    private final NlpPipeline pipeline;
    private final Map<Key, NlpDocument> parsed = new ConcurrentHashMap<>();

    public CachedPipeline(NlpPipeline pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline);
    }

    @Override
    public NlpDocument annotate(String text, LocalDate documentDate) {
        return parsed.computeIfAbsent(new Key(text, documentDate), key -> pipeline.annotate(key.text(), key.date()));
    }

    @Override
    public CompletableFuture<?> load() {
        return pipeline.load();
    }

    @Override
    public boolean isLoading() {
        return pipeline.isLoading();
    }
}
