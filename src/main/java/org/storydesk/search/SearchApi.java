package org.storydesk.search;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.storydesk.base.SearchWords;
import org.storydesk.base.StoryName;
import org.storydesk.base.api.BadRequest;
import org.storydesk.base.api.Csv;
import org.storydesk.base.api.StoryParameter;

/**
 * {@code GET /api/search?q=…}: the quotes, then the articles, that hold some words, across the
 * desk or in one story ({@code story=<slug>}), newest first, each with the words around the match.
 */
@RestController
@RequestMapping("/api/search")
class SearchApi {

    private final Search search;
    private final StoryParameter stories;

    SearchApi(Search search, StoryParameter stories) {
        this.search = search;
        this.stories = stories;
    }

    /**
     * A hit.
     *
     * @param kind       {@code quote} or {@code article}
     * @param story      the slug of the quote's story, or of the story the article is read in (null: an article on no story)
     * @param stories    the slugs of the stories an article is on
     * @param articleId  the article that carries the match (a quote's first source)
     * @param quoteId    the quote's id within its story
     * @param snippet    the words around the match, as they are in the text
     * @param highlights where the matching words are in {@code snippet}, each {@code [start, end]}
     * @param part       where the match is: {@code quote}, an article's {@code body} or its {@code headline}
     * @param start      where the first match (or the quote) is in the article's body or headline (-1: not placed)
     * @param link       the desk's page that opens the reader there
     */
    @Schema(description = "A quote or an article that holds the words searched for")
    record HitRow(@Schema(description = "quote or article", allowableValues = {"quote", "article"}) String kind,
                  @Schema(description = "The slug of the quote's story, or of the story the article is read in (null: on no story)") @Nullable String story,
                  @ArraySchema(arraySchema = @Schema(description = "The slugs of the stories the article is on")) List<String> stories,
                  @Schema(description = "The article that carries the match (for a quote, its first source)") @Nullable Long articleId,
                  @Schema(description = "The quote's id within its story") @Nullable String quoteId,
                  @Schema(description = "The article's headline") @Nullable String headline,
                  @Schema(description = "The article's outlet") @Nullable String outlet,
                  @Schema(description = "Who said the quote") @Nullable String speaker,
                  @Schema(description = "When the quote was said, or the article published (YYYY-MM-DD)") @Nullable String date,
                  @Schema(description = "The words around the match, as they are in the text") String snippet,
                  @ArraySchema(arraySchema = @Schema(description = "Where the matching words are in the snippet, each [start, end]")) List<int[]> highlights,
                  @Schema(description = "Where the match is: quote, or an article's body or headline") String part,
                  @Schema(description = "Where the first match (or the quote) starts in the article's body or headline; -1 if not placed") int start,
                  @Schema(description = "Where it ends") int end,
                  @Schema(description = "The desk's page that opens the reader at the match") @Nullable String link) {
    }

    private static final List<Csv.Column<HitRow>> CSV = List.of(
            Csv.Column.of("kind", HitRow::kind), Csv.Column.of("story", HitRow::story), Csv.Column.of("stories", HitRow::stories),
            Csv.Column.of("articleId", HitRow::articleId), Csv.Column.of("quoteId", HitRow::quoteId),
            Csv.Column.of("headline", HitRow::headline), Csv.Column.of("outlet", HitRow::outlet), Csv.Column.of("speaker", HitRow::speaker),
            Csv.Column.of("date", HitRow::date), Csv.Column.of("snippet", HitRow::snippet), Csv.Column.of("part", HitRow::part),
            Csv.Column.of("start", HitRow::start), Csv.Column.of("end", HitRow::end), Csv.Column.of("link", HitRow::link));

    /**
     * @param q     the words, as on a web search engine: a phrase in quotation marks, {@code -word} for without, {@code or}
     * @param limit how many quotes and how many articles, each (default 50, at most 200)
     */
    @GetMapping
    // The answer is JSON rows or, with format=csv, the same rows as CSV: its rows' schema is said here.
    @ApiResponse(responseCode = "200", description = "Headlines, bodies and quotes holding the words, newest first", content = {
            @Content(mediaType = "application/json", array = @ArraySchema(schema = @Schema(implementation = HitRow.class))),
            @Content(mediaType = "text/csv")})
    ResponseEntity<?> find(@RequestParam(required = false) String q, @RequestParam(required = false) String story,
                           @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit,
                           @RequestParam(required = false) String format) {
        SearchWords words;
        try {
            words = SearchWords.of(q);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        if (offset != null && offset < 0 || limit != null && limit < 1) {
            throw new BadRequest("offset is 0 or more, limit 1 or more");
        }
        StoryName in = story == null || story.isBlank() ? null : stories.named(story.strip());
        Results found = search.find(words, in, offset == null ? 0 : offset, limit == null ? 50 : limit);
        List<HitRow> rows = new ArrayList<>();
        found.quotes().forEach(hit -> rows.add(row(hit)));
        found.articles().forEach(hit -> rows.add(row(hit)));
        return Csv.requested(format) ? Csv.response("search", rows, CSV) : ResponseEntity.ok(rows);
    }

    private static HitRow row(Hit hit) {
        return new HitRow(hit.kind().code(), hit.story() == null ? null : hit.story().slug(), hit.stories().stream().map(StoryName::slug).toList(),
                hit.article() == null ? null : hit.article().value(), hit.quote(), hit.headline(), hit.outlet(), hit.speaker(),
                hit.date() == null ? null : hit.date().toString(), hit.snippet().text(), hit.snippet().marks(), hit.part(), hit.start(),
                hit.end(), hit.link() == null ? null : "/" + hit.link());
    }
}
