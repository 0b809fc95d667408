package org.storydesk.analysis.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where quotations are in a text, whatever marks the outlet uses. */
class QuoteSpansTest {

    @Test
    void aHeadlineQuotesInCurlyOrStraightSingleMarksAndAnApostropheIsNoMark() {
        assertThat(words("Castlegate boss fumes at ‘shocking’ penalty", true)).containsExactly("shocking");
        assertThat(words("Tornado kills 6 in town: 'It sounded like a train'", true)).containsExactly("It sounded like a train");
        assertThat(words("Rovers' fans can't wait for 'the big one' at the Shed", true)).containsExactly("the big one");
    }

    @Test
    void aBodyQuotesInDoubleMarksOnly() {
        assertThat(words("She said it was 'fine' and “over”.", false)).containsExactly("over");
    }

    @Test
    void aQuotationLeftOpenAtTheEndOfAParagraphEndsWithIt() {
        List<QuoteSpans.Span> spans = QuoteSpans.in("“We will win.\n\n“And we will win again,” she said.", false);

        assertThat(spans).extracting(QuoteSpans.Span::open).containsExactly(true, false);
    }

    private static List<String> words(String text, boolean singleQuotesToo) {
        return QuoteSpans.in(text, singleQuotesToo).stream().map(span -> span.text(text)).toList();
    }
}
