package org.storydesk.analysis.extraction;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

/** Reads a text into sentences, tokens, entities, dates and their dependency parse: what the rules work on. */
public interface NlpPipeline {

    /**
     * Annotates a text, with relative dates ("Tuesday", "last month") read against the given date,
     * or left unresolved where there is none. Waits for the pipeline if it is still loading.
     */
    NlpDocument annotate(String text, @Nullable LocalDate documentDate);

    /** Starts loading in the background, if it has not started yet; completes when the pipeline is ready. */
    CompletableFuture<?> load();

    /** Whether loading has started and not yet finished. */
    boolean isLoading();
}
