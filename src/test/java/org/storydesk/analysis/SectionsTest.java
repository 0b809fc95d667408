package org.storydesk.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.storydesk.analysis.extraction.ArticleAnalysis;
import org.storydesk.analysis.extraction.ArticleAnalysis.PersonFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.QuoteFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.Span;
import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Gender;
import org.storydesk.analysis.extraction.QuoteKind;
import org.storydesk.analysis.extraction.TextPart;

import static org.assertj.core.api.Assertions.assertThat;

/** A long article in sections of whole paragraphs, and what the sections said put back together. */
class SectionsTest {

    @Test
    void anArticleIsCutBetweenParagraphsIntoSectionsOfAtMostSoManyWords() {
        String paragraph = "one two three four five six seven eight nine ten";
        String body = String.join("\n\n", paragraph, paragraph, paragraph, paragraph, paragraph);

        List<Sections.Section> sections = Sections.of(body, 25);

        assertThat(sections).hasSize(3);
        assertThat(sections).allSatisfy(section -> assertThat(body.substring(section.start(), section.start() + section.text().length()))
                .isEqualTo(section.text()));
        assertThat(String.join("", sections.stream().map(Sections.Section::text).toList())).isEqualTo(body);
    }

    @Test
    void aParagraphLongerThanASectionIsASectionOfItsOwn() {
        String longParagraph = "word ".repeat(40).strip();
        List<Sections.Section> sections = Sections.of("short one\n\n" + longParagraph + "\n\nshort two", 10);

        assertThat(sections).extracting(s -> s.text().strip()).containsExactly("short one", longParagraph, "short two");
    }

    @Test
    void whatTheSectionsSaidIsOneArticlesAnalysisWithOffsetsInTheWholeBody() {
        ArticleAnalysis first = new ArticleAnalysis(List.of(new PersonFound("Ada Brooks", List.of("Ada Brooks"), List.of("mayor"), Gender.FEMALE,
                List.of(new Span(0, 10)))), List.of(quote(20, "Ada Brooks")), List.of(), List.of());
        ArticleAnalysis second = new ArticleAnalysis(List.of(new PersonFound("Ada Brooks", List.of("Brooks"), List.of(), null,
                List.of(new Span(5, 11)))), List.of(quote(30, "Ada Brooks")), List.of(), List.of());

        ArticleAnalysis whole = Sections.joined(first, Sections.shifted(second, 1000));

        assertThat(whole.people()).singleElement().satisfies(person -> {
            assertThat(person.variants()).containsExactly("Ada Brooks", "Brooks");
            assertThat(person.mentions()).containsExactly(new Span(0, 10), new Span(1005, 1011));
            assertThat(person.gender()).isEqualTo(Gender.FEMALE);
        });
        assertThat(whole.quotes()).extracting(QuoteFound::start).containsExactly(20, 1030);
        assertThat(whole.quotes().get(1).sentenceStart()).isEqualTo(1000);
    }

    private static QuoteFound quote(int start, String speaker) {
        return new QuoteFound(TextPart.BODY, start, start + 12, "We will win,", QuoteKind.FULL, speaker, null,
                AttributionRule.GOVERNING_SPEECH_VERB, 0, 100, null, null);
    }
}
