package org.storydesk.articles.cleaning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages the cleaner was not written against, in other outlets' styles (a TV station, a wire story
 * on a town site, a magazine, an HTML page, a paywalled paper, a short piece in heavy furniture,
 * and an article whose own text looks like furniture), each with what a careful reader expects.
 */
class UnseenPagesTest {

    private static final Path PAGES = Path.of("src/test/resources/pages");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final PageCleaner cleaner = new PageCleaner();

    static Stream<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.filter(file -> file.toString().endsWith(".txt") || file.toString().endsWith(".html")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void anUnseenPageIsCleanedToItsArticle(Path page) throws IOException {
        JsonNode expected = expected(page);
        CleanPage clean = clean(page);

        assertThat(clean.body()).startsWith(expected.get("bodyStartsWith").asString());
        assertThat(clean.body()).endsWith(expected.get("bodyEndsWith").asString());
        expected.get("mustContain").forEach(text -> assertThat(clean.body()).contains(text.asString()));
        expected.get("mustNotContain").forEach(text -> assertThat(clean.body()).doesNotContain(text.asString()));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void anUnseenPageTellsItsHeadlineBylineOutletAndDate(Path page) throws IOException {
        JsonNode expected = expected(page);
        PageMetadata metadata = clean(page).metadata();

        assertThat(metadata.headline()).as("headline").isEqualTo(optional(expected, "headline"));
        assertThat(metadata.byline()).as("byline").isEqualTo(optional(expected, "byline"));
        assertThat(metadata.outlet()).as("outlet").isEqualTo(optional(expected, "outlet"));
        assertThat(metadata.published()).as("published").isEqualTo(optional(expected, "published").map(LocalDate::parse));
    }

    private CleanPage clean(Path page) throws IOException {
        String raw = Files.readString(page);
        return page.toString().endsWith(".html") ? cleaner.cleanHtml(raw) : cleaner.cleanText(raw);
    }

    private static JsonNode expected(Path page) throws IOException {
        return JSON.readTree(Files.readString(Path.of(page.toString().replaceFirst("\\.(txt|html)$", ".expected.json"))));
    }

    private static Optional<String> optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asString());
    }
}
