package org.storydesk.articles.cleaning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShortAndOddPagesTest {

    private final PageCleaner cleaner = new PageCleaner();

    @Test
    void aPastedParagraphWithNoPageAroundItIsAllArticle() {
        CleanPage page = cleaner.cleanText("The mayor resigned on Friday. She gave no reason.\n");

        assertThat(page.body()).isEqualTo("The mayor resigned on Friday. She gave no reason.");
    }

    @Test
    void aPastedArticleOpeningWithItsHeadlineKeepsItAsTheHeadline() {
        CleanPage page = cleaner.cleanText("""
                Icebreaker fleet to double by 2030

                OTTAWA — The coast guard will double its icebreaker fleet by 2030, the fisheries minister said on Monday.

                "The passage is our front door now," she told reporters in Ottawa.
                """);

        assertThat(page.metadata().headline()).contains("Icebreaker fleet to double by 2030");
        assertThat(page.body()).startsWith("OTTAWA — The coast guard").doesNotContain("Icebreaker fleet to double");
    }

    @Test
    void aPastedParagraphWhoseFirstLineIsASentenceHasNoHeadline() {
        CleanPage page = cleaner.cleanText("""
                The mayor resigned on Friday.

                She gave no reason for leaving the office she had held for nine years, the council said.
                """);

        assertThat(page.metadata().headline()).isEmpty();
        assertThat(page.body()).startsWith("The mayor resigned on Friday.");
    }

    @Test
    void aPageOfNothingButFurnitureHasNoBody() {
        CleanPage page = cleaner.cleanText("""
                Home
                News
                Sign up for our newsletter today!
                Share this story on Facebook
                © 2026 Example Media. All rights reserved.
                """);

        assertThat(page.body()).isEmpty();
    }

    @Test
    void htmlScriptsAndStylesNeverReachTheText() {
        CleanPage page = cleaner.cleanHtml("""
                <html><head><style>p { color: red }</style><script>alert('x')</script></head>
                <body><article><h1>Council votes to close the pool</h1>
                <p>The council voted 7-2 on Tuesday to close the municipal pool at the end of the summer season.</p>
                <p>Residents who spoke at the meeting asked the council to reconsider the decision next year.</p>
                <script>track()</script></article></body></html>
                """);

        assertThat(page.body()).contains("The council voted 7-2").doesNotContain("alert", "color: red", "track()", "<p>");
        assertThat(page.metadata().headline()).hasValue("Council votes to close the pool");
    }

    @Test
    void aDateWithoutAYearIsNeverAPublicationDate() {
        CleanPage page = cleaner.cleanText("""
                Posted January 6
                The summit opened in Paris with more than thirty leaders in attendance and a draft statement on the table.
                """);

        assertThat(page.metadata().published()).isEmpty();
    }

    @Test
    void aBylineThatSetsTheNameBesideItsDeskWithABarLeavesTheHeadlineAboveIt() {
        CleanPage page = cleaner.cleanText("""
                Ferry crews to strike over ‘broken promise’ on pay
                Jane Doe | Transport correspondent
                Published: 17 March 2026
                Ferry crews on three routes are to walk out for 48 hours next week in a row over pay, their union has announced.
                The operators say their offer is fair and should be put to members before any strike goes ahead.
                """);

        assertThat(page.metadata().headline()).hasValue("Ferry crews to strike over ‘broken promise’ on pay");
        assertThat(page.metadata().byline()).hasValue("Jane Doe");
        assertThat(page.body()).startsWith("Ferry crews on three routes").doesNotContain("Jane Doe");
    }

    @Test
    void aLineOfPlacesApartByBarsIsNoByline() {
        CleanPage page = cleaner.cleanText("""
                Ferry crews to strike over pay
                Leeds | Manchester
                Published: 17 March 2026
                Ferry crews on three routes are to walk out for 48 hours next week in a row over pay, their union has announced.
                """);

        assertThat(page.metadata().byline()).isEmpty();
    }
}
