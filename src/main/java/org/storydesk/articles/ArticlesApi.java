package org.storydesk.articles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.storydesk.base.ArticleId;
import org.storydesk.base.ListOrder;
import org.storydesk.base.StoryDeskProperties;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryName;
import org.storydesk.base.api.BadRequest;
import org.storydesk.base.api.Csv;
import org.storydesk.base.api.JsonBodies;
import org.storydesk.base.api.NotFound;
import org.storydesk.base.api.StoryParameter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/articles}: a story's articles for integrations ({@code story=<slug>}, the first story
 * without it), each listing the stories it is on, and adding one to a story.
 */
@RestController
@RequestMapping("/api/articles")
class ArticlesApi {

    private final Articles articles;
    private final AnalysisStatus analysis;
    private final StoryDeskProperties properties;
    private final JsonMapper json;
    private final Validator validator;
    private final StoryParameter stories;
    private final StoryDirectory directory;

    ArticlesApi(Articles articles, ObjectProvider<AnalysisStatus> analysis, StoryDeskProperties properties, JsonMapper json,
                Validator validator, StoryParameter stories, StoryDirectory directory) {
        this.stories = stories;
        this.directory = directory;
        this.articles = articles;
        this.analysis = analysis.getIfAvailable(() -> AnalysisStatus.NONE);
        this.properties = properties;
        this.json = json;
        this.validator = validator;
    }

    /**
     * An article.
     *
     * @param id       the desk's id of it, the same on every story it is on
     * @param source   the seed file it came from, or {@code upload}
     * @param analysis {@code pending}, {@code running}, {@code done} or {@code failed}
     * @param stories  the slugs of the stories it is on (none: taken out of every one)
     */
    @Schema(description = "An article")
    record ArticleRow(@Schema(description = "The desk's id of it, the same on every story it is on") long id,
                      @Schema(description = "The seed file it came from, or upload") String source,
                      @Schema(description = "The outlet, as the page or the sender says") @Nullable String outlet,
                      @Schema(description = "The headline") @Nullable String headline,
                      @Schema(description = "The byline") @Nullable String byline,
                      @Schema(description = "When it was published (YYYY-MM-DD)") @Nullable LocalDate published,
                      @Schema(description = "How many words its clean text has") int words,
                      @Schema(description = "How far its analysis is", allowableValues = {"pending", "running", "done", "failed"}) String analysis,
                      @ArraySchema(arraySchema = @Schema(description = "The slugs of the stories it is on (none: taken out of every one)")) List<String> stories) {
    }

    /** One article with its clean text ({@code text}, paragraphs apart by blank lines) and its raw text as given. */
    record ArticleDetail(long id, String source, @Nullable String outlet, @Nullable String headline, @Nullable String byline,
                         @Nullable LocalDate published, int words, String analysis, List<String> stories, String text, String raw) {
    }

    private static final ListOrder IN_ORDER_OF_PUBLICATION = new ListOrder("published", false);

    private static final List<Csv.Column<ArticleRow>> CSV = List.of(
            Csv.Column.of("id", ArticleRow::id), Csv.Column.of("source", ArticleRow::source),
            Csv.Column.of("outlet", ArticleRow::outlet), Csv.Column.of("headline", ArticleRow::headline),
            Csv.Column.of("byline", ArticleRow::byline), Csv.Column.of("published", ArticleRow::published),
            Csv.Column.of("words", ArticleRow::words), Csv.Column.of("analysis", ArticleRow::analysis),
            Csv.Column.of("stories", ArticleRow::stories));

    @GetMapping
    // The answer is JSON rows or, with format=csv, the same rows as CSV: its rows' schema is said here.
    @ApiResponse(responseCode = "200", description = "The story's articles", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = ArticleRow.class))),
            @Content(mediaType = "text/csv")})
    ResponseEntity<?> list(@RequestParam(required = false) String story, @RequestParam(required = false) String format) {
        Map<ArticleId, AnalysisStatus.Status> states = analysis.all();
        StoryName in = stories.resolve(story);
        List<ArticleRow> rows = articles.page(in.id(), StoryFilter.EVERYTHING, IN_ORDER_OF_PUBLICATION, 0, Integer.MAX_VALUE).stream()
                .map(article -> new ArticleRow(article.id().value(), article.source(), article.outlet(), article.headline(),
                        article.byline(), article.published(), article.words(),
                        states.getOrDefault(article.id(), AnalysisStatus.Status.PENDING).state().label(), slugs(article.id())))
                .toList();
        return Csv.requested(format) ? Csv.response("articles", rows, CSV) : ResponseEntity.ok(rows);
    }

    @GetMapping("/{id}")
    ArticleDetail one(@PathVariable long id) {
        Article article = articles.find(ArticleId.of(id)).orElseThrow(() -> new NotFound("There is no article " + id));
        ArticleRow row = row(article, analysis.of(article.id()));
        return new ArticleDetail(row.id(), row.source(), row.outlet(), row.headline(), row.byline(), row.published(),
                row.words(), row.analysis(), row.stories(), article.body(), article.raw());
    }

    /** What became of each article of a JSON Lines request: by line, stored, already on the desk, or refused and why. */
    record BatchReport(int stored, int alreadyStored, int refused, List<BatchLine> articles) {
    }

    /** @param outcome {@code stored}, {@code already stored} or {@code refused} */
    record BatchLine(int line, String outcome, @Nullable ArticleRow article, @Nullable String detail) {
    }

    static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson");

    /**
     * Adds an article: JSON {@code {text, published?, outlet?, headline?, byline?}}, or the text itself as
     * {@code text/plain} or {@code text/html}. The same text posted twice is one article (200, not 201).
     * Many at once as JSON Lines ({@code application/x-ndjson}, one such object per line): each line is
     * stored or refused on its own, and the answer says which, by line (400 if none could be stored).
     */
    @PostMapping
    ResponseEntity<?> add(@RequestParam(required = false) String story, HttpServletRequest request) throws IOException {
        // RequestHygiene has refused a Content-Type that is no media type.
        MediaType type = request.getContentType() == null ? MediaType.TEXT_PLAIN : MediaType.parseMediaType(request.getContentType());
        if (type.isCompatibleWith(JSON_LINES)) {
            return addAll(story, request);
        }
        // JSON escapes can double a text's size; anything beyond that is refused before it is read in full.
        long limit = properties.maxArticleSize().toBytes();
        long readLimit = type.isCompatibleWith(MediaType.APPLICATION_JSON) ? 2 * limit + 16_384 : limit;
        String tooLarge = "The article is larger than the " + ArticleText.size(limit) + " an article may be";
        if (request.getContentLengthLong() > readLimit) {
            throw new BadRequest(tooLarge);
        }
        byte[] body = readAtMost(request.getInputStream(), readLimit, tooLarge);
        NewArticle submitted;
        String named = story;
        if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            ArticleRequest json = request(body);
            submitted = fromJson(json);
            named = story != null ? story : json.story();
        } else if (type.isCompatibleWith(MediaType.TEXT_PLAIN) || type.isCompatibleWith(MediaType.TEXT_HTML)) {
            submitted = NewArticle.upload(body, type.isCompatibleWith(MediaType.TEXT_HTML));
        } else {
            throw new BadRequest("Send the article as application/json, text/plain or text/html, or many as application/x-ndjson (not "
                    + type + ")");
        }
        StoryName to = stories.resolve(named);
        return switch (articles.add(submitted, to)) {
            case AddOutcome.Added added -> ResponseEntity.created(URI.create("/api/articles/" + added.article().id()))
                    .body(row(added.article(), analysis.of(added.article().id())));
            case AddOutcome.AlreadyStored existing -> ResponseEntity.status(HttpStatus.OK)
                    .location(URI.create("/api/articles/" + existing.article().id()))
                    .body(row(existing.article(), analysis.of(existing.article().id())));
            case AddOutcome.Rejected rejected -> throw new BadRequest(rejected.reason());
        };
    }

    /**
     * Each line goes to the story the {@code story} parameter names; without it, to the story its
     * own {@code story} field names, or the first story. A line naming no story the desk has is
     * refused; the others are stored.
     */
    private ResponseEntity<BatchReport> addAll(@Nullable String story, HttpServletRequest request) throws IOException {
        StoryName batchStory = story == null || story.isBlank() ? null : stories.resolve(story);
        long limit = (long) ArticleBatch.MOST_ARTICLES * properties.maxArticleSize().toBytes();
        long readLimit = Math.min(limit, MOST_IN_A_BATCH);
        String tooLarge = "The request is larger than the " + ArticleText.size(readLimit) + " a batch may be: send the rest in another";
        if (request.getContentLengthLong() > readLimit) {
            throw new BadRequest(tooLarge);
        }
        String body = new String(readAtMost(request.getInputStream(), readLimit, tooLarge), StandardCharsets.UTF_8);
        List<ArticleBatch.Item> items;
        Map<NewArticle, String> storyOfLine = new IdentityHashMap<>();
        try {
            items = ArticleBatch.fromJsonLines(body, line -> {
                try {
                    ArticleRequest read = request(line.getBytes(StandardCharsets.UTF_8));
                    NewArticle article = fromJson(read);
                    if (read.story() != null && !read.story().isBlank()) {
                        storyOfLine.put(article, read.story());
                    }
                    return article;
                } catch (BadRequest e) {
                    throw new IllegalArgumentException(e.getMessage());
                }
            });
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        // The lines by the story each goes to, in their order; a refused line is reported with the first group.
        Map<StoryName, List<ArticleBatch.Item>> byStory = new LinkedHashMap<>();
        List<ArticleBatch.Result> results = new ArrayList<>();
        // Each story named is looked up once, not once a line: a batch holds up to 5,000 lines.
        Map<String, Destination> named = new HashMap<>();
        for (ArticleBatch.Item item : items) {
            String slug = item.article() == null ? null : storyOfLine.get(item.article());
            Destination to = batchStory != null ? new Destination(batchStory, null)
                    : named.computeIfAbsent(slug == null ? "" : slug, key -> destination(slug));
            if (to.story() == null) {
                results.add(new ArticleBatch.Result(item.name(), new AddOutcome.Rejected(to.refusal())));
                continue;
            }
            byStory.computeIfAbsent(to.story(), key -> new ArrayList<>()).add(item);
        }
        byStory.forEach((to, onIt) -> results.addAll(articles.addAll(onIt, to, done -> { })));
        results.sort(Comparator.comparingInt(result -> Integer.parseInt(result.name())));
        List<BatchLine> lines = new ArrayList<>();
        int stored = 0;
        int already = 0;
        int refused = 0;
        for (ArticleBatch.Result result : results) {
            switch (result.outcome()) {
                case AddOutcome.Added added -> {
                    stored++;
                    lines.add(new BatchLine(Integer.parseInt(result.name()), "stored", row(added.article(), analysis.of(added.article().id())), null));
                }
                case AddOutcome.AlreadyStored existing -> {
                    already++;
                    lines.add(new BatchLine(Integer.parseInt(result.name()), "already stored", row(existing.article(), analysis.of(existing.article().id())), null));
                }
                case AddOutcome.Rejected rejected -> {
                    refused++;
                    lines.add(new BatchLine(Integer.parseInt(result.name()), "refused", null, rejected.reason()));
                }
            }
        }
        BatchReport report = new BatchReport(stored, already, refused, lines);
        return ResponseEntity.status(stored + already == 0 ? HttpStatus.BAD_REQUEST : HttpStatus.OK).body(report);
    }

    /** The story a batch line goes to, or why there is none. */
    private record Destination(@Nullable StoryName story, @Nullable String refusal) {
    }

    private Destination destination(@Nullable String slug) {
        try {
            return new Destination(stories.resolve(slug), null);
        } catch (NotFound e) {
            return new Destination(null, e.getMessage());
        }
    }

    /** The most a JSON Lines request may be. */
    private static final long MOST_IN_A_BATCH = 64L * 1024 * 1024;

    /**
     * What a script posts as JSON: the text (or HTML), what it knows better than the page, and the
     * story to put it on (its slug; the {@code story} query parameter, or the first story, without it).
     */
    record ArticleRequest(@NotNull(message = "is required: the article's text (or its HTML)") String text,
                          @Nullable @PublicationDate LocalDate published, @Nullable String outlet,
                          @Nullable String headline, @Nullable String byline, @Nullable String story) {
    }

    private ArticleRequest request(byte[] body) {
        return JsonBodies.read(body, ArticleRequest.class, json, validator);
    }

    private static NewArticle fromJson(ArticleRequest request) {
        String content = request.text();
        boolean html = content.stripLeading().startsWith("<") && content.contains("</");
        return NewArticle.upload(content.getBytes(StandardCharsets.UTF_8), html)
                .withMetadata(request.outlet(), request.headline(), request.byline(), request.published());
    }

    private static byte[] readAtMost(InputStream in, long limit, String tooLarge) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > limit) {
                throw new BadRequest(tooLarge);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private ArticleRow row(Article article, AnalysisStatus.Status status) {
        return new ArticleRow(article.id().value(), article.source(), article.outlet(), article.headline(), article.byline(),
                article.published(), article.words(), status.state().label(), slugs(article.id()));
    }

    private List<String> slugs(ArticleId article) {
        return directory.of(article).stream().map(StoryName::slug).toList();
    }
}
