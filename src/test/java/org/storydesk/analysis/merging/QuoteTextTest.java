package org.storydesk.analysis.merging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteTextTest {

    @Test
    void curlyAndStraightApostrophesCaseAndTrailingPunctuationDoNotMakeAnotherQuote() {
        assertThat(QuoteText.sameQuote(QuoteText.normalize("We’ve been building that bench,"),
                QuoteText.normalize("we've been building that bench."))).isTrue();
    }

    @Test
    void aWordAddedByOneOutletIsStillTheSameQuote() {
        assertThat(QuoteText.sameQuote(
                QuoteText.normalize("President Trump’s mandate is that he wants peace in Ukraine, and we are determined to attain that peace"),
                QuoteText.normalize("President Trump's mandate is that he wants a peace in Ukraine, and we are determined to attain that peace")))
                .isTrue();
    }

    @Test
    void anEllipsisStandsForTheWordsAnotherOutletKeeps() {
        assertThat(QuoteText.sameQuote(
                QuoteText.normalize("we are determined on his behalf to do everything … to attain that peace"),
                QuoteText.normalize("we are determined on his behalf to do everything on his behalf to attain that peace"))).isTrue();
    }

    @Test
    void aLeadingArticleIsNotPartOfTheQuotedIdea() {
        assertThat(QuoteText.normalize("a possibility,")).isEqualTo(QuoteText.normalize("possibility"));
    }

    @Test
    void differentWordsAreDifferentQuotes() {
        assertThat(QuoteText.sameQuote(QuoteText.normalize("We will win the vote tomorrow"),
                QuoteText.normalize("We will lose the vote tomorrow night"))).isFalse();
    }

    @Test
    void aFragmentIsRecognisedInsideTheFullQuote() {
        assertThat(QuoteText.isFragmentOf(QuoteText.normalize("the largest … in generations"),
                QuoteText.normalize("The largest military buildup in generations coming over the next five years"))).isTrue();
        assertThat(QuoteText.isFragmentOf(QuoteText.normalize("heavy investments"),
                QuoteText.normalize("we are making heavy investments in the Arctic"))).isTrue();
    }
}
