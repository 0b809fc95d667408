package org.storydesk.analysis.extraction;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stanford CoreNLP, loaded once per JVM on a thread of its own (tens of seconds, a gigabyte or
 * two), never on a request thread. The bean is light; the loaded pipeline it reads with is held
 * once per JVM, so every Spring context of a test run, and every evaluation, shares it.
 */
@Component
public final class CoreNlpPipeline implements NlpPipeline {

    private static final Logger log = LoggerFactory.getLogger(CoreNlpPipeline.class);

    /** One pipeline per JVM: each test context building its own would cost tens of seconds and gigabytes. */
    private static volatile CompletableFuture<StanfordCoreNLP> pipeline;

    @Override
    public CompletableFuture<StanfordCoreNLP> load() {
        CompletableFuture<StanfordCoreNLP> loading = pipeline;
        if (loading != null) {
            return loading;
        }
        synchronized (CoreNlpPipeline.class) {
            if (pipeline == null) {
                CompletableFuture<StanfordCoreNLP> future = new CompletableFuture<>();
                Thread loader = new Thread(() -> {
                    long start = System.nanoTime();
                    try {
                        StanfordCoreNLP loaded = new StanfordCoreNLP(properties());
                        log.info("NLP pipeline loaded in {} s", Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);
                        future.complete(loaded);
                    } catch (Throwable e) {
                        log.error("The NLP pipeline could not be loaded", e);
                        future.completeExceptionally(e);
                    }
                }, "nlp-pipeline-loader");
                loader.setDaemon(true);
                loader.start();
                pipeline = future;
            }
            return pipeline;
        }
    }

    @Override
    public boolean isLoading() {
        CompletableFuture<StanfordCoreNLP> loading = pipeline;
        return loading != null && !loading.isDone();
    }

    @Override
    public NlpDocument annotate(String text, LocalDate documentDate) {
        Annotation annotation = new Annotation(withSentenceBreaks(text));
        if (documentDate != null) {
            annotation.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        StanfordCoreNLP nlp;
        try {
            nlp = load().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the NLP pipeline was loading", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The NLP pipeline could not be loaded: " + e.getCause().getMessage(), e.getCause());
        }
        nlp.annotate(annotation);
        return NlpDocument.of(text, annotation);
    }

    /**
     * The text as the pipeline reads it: the same characters at the same offsets, but with a line
     * break where a quotation ends a sentence on an abbreviation ("… support of the U.S.” French
     * President …") or opens one after it ("… Harlan & Co. “Every …"), which the sentence
     * splitter cannot see, and between paragraphs.
     */
    static String withSentenceBreaks(String text) {
        char[] chars = text.toCharArray();
        for (int i = 2; i + 1 < chars.length; i++) {
            boolean endsQuotedSentence = (chars[i - 2] == '.' || chars[i - 2] == '!' || chars[i - 2] == '?')
                    && (chars[i - 1] == '”' || chars[i - 1] == '"' || chars[i - 1] == '’');
            if (endsQuotedSentence && chars[i] == ' ' && (Character.isUpperCase(chars[i + 1]) || chars[i + 1] == '“' || chars[i + 1] == '"')) {
                chars[i] = '\n';
            }
            // "… said Jeff Landry, an analyst at Harlan & Co. “Every quarter …": a quotation opening after a full stop opens a sentence.
            boolean quoteAfterFullStop = chars[i - 1] == '.' && chars[i] == ' ' && (chars[i + 1] == '“'
                    || chars[i + 1] == '"' && i + 2 < chars.length && Character.isUpperCase(chars[i + 2]));
            if (quoteAfterFullStop) {
                chars[i] = '\n';
            }
        }
        return new String(chars);
    }

    private static Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,gender,depparse");
        // Paragraphs are separated by blank lines; a paragraph never runs on into the next sentence.
        properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
        properties.setProperty("ner.applyFineGrained", "true");
        properties.setProperty("ner.buildEntityMentions", "true");
        properties.setProperty("ner.useSUTime", "true");
        properties.setProperty("sutime.includeRange", "true");
        properties.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return properties;
    }
}
