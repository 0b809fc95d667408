package org.storydesk.articles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.storydesk.base.ArticleId;
import org.storydesk.base.ListOrder;
import org.storydesk.base.StoryDeskProperties;
import org.storydesk.base.SearchWords;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryId;
import org.storydesk.base.StoryName;
import org.storydesk.base.security.Editors;
import org.storydesk.base.Text;
import org.storydesk.history.History;
import org.storydesk.articles.cleaning.CleanPage;
import org.storydesk.articles.cleaning.PageCleaner;
import org.storydesk.articles.cleaning.PageMetadata;
import org.storydesk.articles.cleaning.Words;

/**
 * The desk's articles: reading them (a story's, or every one), and adding one to a story (an
 * editor's paste or upload, a script's POST, or a seed file). An article is stored once per
 * distinct text, cleaned of page furniture, with what the page says of it; the raw text is kept
 * as given. The same text added to another story is the same article, on both.
 */
@Service
public class Articles {

    private static final Logger log = LoggerFactory.getLogger(Articles.class);

    private final ArticleRepository repository;
    private final PageCleaner cleaner = new PageCleaner();
    private final StoryDeskProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final History audit;

    Articles(ArticleRepository repository, StoryDeskProperties properties, ApplicationEventPublisher events,
             TransactionTemplate transaction, History audit) {
        this.audit = audit;
        this.repository = repository;
        this.properties = properties;
        this.events = events;
        this.transaction = transaction;
    }

    /** A page of the articles of a story (null: of the whole desk) a filter asks for, in the order given. */
    @Transactional(readOnly = true)
    public List<ArticleSummary> page(@Nullable StoryId story, StoryFilter filter, @Nullable ListOrder order, int offset, int limit) {
        return repository.page(story, filter, order == null ? ListOrder.USUAL : order, offset, limit);
    }

    @Transactional(readOnly = true)
    public int count(@Nullable StoryId story, StoryFilter filter) {
        return repository.count(story, filter);
    }

    /** How many articles of a story (null: of the desk) a filter asks for, from which outlets, over which days. */
    @Transactional(readOnly = true)
    public Coverage coverage(@Nullable StoryId story, StoryFilter filter) {
        return repository.coverage(story, filter);
    }

    /** A page of the articles of a story (null: of the desk) whose headline or body holds the words, newest first. */
    @Transactional(readOnly = true)
    public List<ArticleHit> search(@Nullable StoryId story, SearchWords words, int offset, int limit) {
        return repository.search(story, words.text(), offset, limit);
    }

    /** How many articles hold the words, counted up to {@code most}. */
    @Transactional(readOnly = true)
    public int countHits(@Nullable StoryId story, SearchWords words, int most) {
        return repository.countHits(story, words.text(), most);
    }

    /** The newest article of each of these stories, for the desk home. */
    @Transactional(readOnly = true)
    public Map<StoryId, ArticleSummary> latest(List<StoryId> stories) {
        return repository.latest(stories);
    }

    @Transactional(readOnly = true)
    public Optional<Article> find(ArticleId id) {
        return repository.find(id);
    }

    /** An editor adds an article to a story, recorded in the story's History with the article. Viewers may not. */
    @PreAuthorize("hasRole('EDITOR')")
    public AddOutcome add(NewArticle article, StoryName story) {
        if (story.archived()) {
            return new AddOutcome.Rejected(archived(story));
        }
        return store(article, story.id(), Editors.current());
    }

    /**
     * An editor adds many articles at once (the files of a .zip, the lines of a JSON Lines
     * request): each is stored whole, or refused with its reason, on its own; {@code progress}
     * hears how many are done after each.
     */
    @PreAuthorize("hasRole('EDITOR')")
    public List<ArticleBatch.Result> addAll(List<ArticleBatch.Item> items, StoryName story, IntConsumer progress) {
        List<ArticleBatch.Result> results = new ArrayList<>();
        String editor = Editors.current();
        for (ArticleBatch.Item item : items) {
            AddOutcome outcome = item.article() == null ? new AddOutcome.Rejected(item.refusal())
                    : story.archived() ? new AddOutcome.Rejected(archived(story)) : store(item.article(), story.id(), editor);
            results.add(new ArticleBatch.Result(item.name(), outcome));
            progress.accept(results.size());
        }
        log.info("Batch of {} articles: {} added, {} refused", items.size(),
                results.stream().filter(r -> r.outcome() instanceof AddOutcome.Added).count(),
                results.stream().filter(r -> r.outcome() instanceof AddOutcome.Rejected).count());
        return results;
    }

    /** Why an archived story takes no article. */
    static String archived(StoryName story) {
        return "The story “" + story.name() + "” is archived: it takes no new articles. Open it again first, or add the article to an open story.";
    }

    /**
     * Stores a seed file on a story (the desk's first) unless its text is already there. A seed
     * file whose text changed becomes a new version of the same article; nothing is overwritten.
     */
    AddOutcome store(NewArticle submitted, StoryId story) {
        return store(submitted, story, null);
    }

    /** @param editor who adds it, or null for the desk itself (a seed file) */
    private AddOutcome store(NewArticle submitted, StoryId story, @Nullable String editor) {
        boolean byEditor = editor != null;
        String by = byEditor ? editor : History.THE_DESK;
        ArticleText.Result read = ArticleText.read(submitted.content(), properties.maxArticleSize());
        if (read.refusal().isPresent()) {
            return new AddOutcome.Rejected(read.refusal().get());
        }
        String raw = read.text().orElseThrow();
        CleanPage page = submitted.html() ? cleaner.cleanHtml(raw) : cleaner.cleanText(raw);
        if (page.body().isBlank()) {
            return new AddOutcome.Rejected("No article text was found: the page holds only menus, sign-ups and "
                    + "similar page furniture. Paste the article itself.");
        }
        Optional<String> refusal = Text.nulIn("The outlet", submitted.outlet())
                .or(() -> Text.nulIn("The headline", submitted.headline()))
                .or(() -> Text.nulIn("The byline", submitted.byline()))
                .or(() -> Text.nulIn("The article", raw));
        if (refusal.isPresent()) {
            return new AddOutcome.Rejected(refusal.get());
        }
        if (!PlausibleDates.plausible(submitted.published())) {
            return new AddOutcome.Rejected(PlausibleDates.refusal("The publication date", submitted.published()));
        }
        // A date read off the page that no article can have is a placeholder or a misreading: the article goes undated.
        PageMetadata onPage = page.metadata();
        PageMetadata fromPage = PlausibleDates.plausible(onPage.published().orElse(null)) ? onPage
                : new PageMetadata(onPage.outlet(), onPage.headline(), onPage.byline(), Optional.empty());
        int words = Words.count(page.body());
        if (words > properties.maxArticleWords()) {
            // Longer texts (a report, a transcript, a book) would hold the analysis for minutes and are not one article.
            return new AddOutcome.Rejected(String.format(Locale.ROOT, "The article is %,d words long; the desk takes articles of up to %,d "
                    + "words. Split it into parts and add each.", words, properties.maxArticleWords()));
        }
        PageMetadata metadata = new PageMetadata(
                Optional.ofNullable(submitted.outlet()), Optional.ofNullable(submitted.headline()),
                Optional.ofNullable(submitted.byline()), Optional.ofNullable(submitted.published()))
                .orElse(fromPage);
        String hash = sha256(raw);

        Stored stored = transaction.execute(status -> {
            repository.lockIngestion();
            Optional<ArticleId> existing = repository.withContent(hash);
            if (existing.isPresent()) {
                events.publishEvent(new ArticleFiled(existing.get(), story, by));
                return new Stored(existing.get(), false, 0);
            }
            Optional<ArticleRepository.SeedSource> seed = NewArticle.UPLOAD.equals(submitted.source())
                    ? Optional.empty() : repository.seed(submitted.source());
            ArticleId id = seed.map(ArticleRepository.SeedSource::id).orElseGet(() -> repository.insertArticle(submitted.source()));
            int version = seed.map(source -> source.version() + 1).orElse(1);
            long versionId = repository.insertVersion(id, version, hash, submitted.html(), raw, page.body(), metadata, words);
            if (byEditor) {
                audit.record(story, "add article", "article", id.toString(), label(metadata, page.body()), null,
                        added(submitted, metadata, version, words));
            }
            events.publishEvent(new ArticleStored(id, versionId));
            events.publishEvent(new ArticleFiled(id, story, by));
            return new Stored(id, true, version);
        });
        Article article = repository.find(stored.id()).orElseThrow();
        if (!stored.isNew()) {
            return new AddOutcome.AlreadyStored(article);
        }
        log.info("Stored article {} ({}, version {}): {} words", stored.id(), submitted.source(), stored.version(), article.words());
        return new AddOutcome.Added(article);
    }

    private record Stored(ArticleId id, boolean isNew, int version) {
    }

    /** How the audit log names an article: its headline, or its first words. */
    private static String label(PageMetadata metadata, String body) {
        String words = metadata.headline().orElse(body).replaceAll("\\s+", " ").strip();
        return words.length() <= 80 ? words : words.substring(0, 79) + "…";
    }

    private static Map<String, Object> added(NewArticle submitted, PageMetadata metadata, int version, int words) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("source", submitted.source());
        content.put("outlet", metadata.outlet().orElse(null));
        content.put("headline", metadata.headline().orElse(null));
        content.put("byline", metadata.byline().orElse(null));
        content.put("published", metadata.published().map(Object::toString).orElse(null));
        content.put("version", version);
        content.put("words", words);
        return content;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
