package org.storydesk.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.storydesk.analysis.extraction.NlpDocument;
import org.storydesk.analysis.extraction.NlpPipeline;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * For working on the rules: keeps each parse in {@code target/parse-cache}, so an evaluation
 * run again after a change to the rules skips the pipeline. Only with
 * {@code -Dstorydesk.parse-cache=true}; the figures a README reports come from the pipeline itself.
 */
final class ParseCache implements NlpPipeline {

    private static final Path FOLDER = Path.of("target/parse-cache");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NlpPipeline pipeline;

    ParseCache(NlpPipeline pipeline) {
        this.pipeline = pipeline;
    }

    static NlpPipeline ifAsked(NlpPipeline pipeline) {
        return Boolean.getBoolean("storydesk.parse-cache") ? new ParseCache(pipeline) : pipeline;
    }

    @Override
    public NlpDocument annotate(String text, LocalDate documentDate) {
        Path file = FOLDER.resolve(key(text, documentDate) + ".json");
        try {
            if (Files.exists(file)) {
                return NlpDocument.of(text, JSON.readValue(Files.readString(file), new TypeReference<List<NlpDocument.Sentence>>() { }));
            }
            NlpDocument parsed = pipeline.annotate(text, documentDate);
            Files.createDirectories(FOLDER);
            Files.writeString(file, JSON.writeValueAsString(parsed.sentences()));
            return parsed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String text, LocalDate date) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((date + "|" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
