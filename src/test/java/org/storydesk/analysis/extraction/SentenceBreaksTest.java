package org.storydesk.analysis.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the sentence splitter needs telling that a sentence ends: around quotations next to an abbreviation. */
class SentenceBreaksTest {

    @Test
    void aQuotationEndingOnAnAbbreviationEndsTheSentence() {
        assertThat(CoreNlpPipeline.withSentenceBreaks("for the support of the U.S.” French President Lenoir said."))
                .isEqualTo("for the support of the U.S.”\nFrench President Lenoir said.");
    }

    @Test
    void aQuotationOpeningAfterAnAbbreviationOpensASentence() {
        assertThat(CoreNlpPipeline.withSentenceBreaks("said Jeff Landry, an analyst at Harlan & Co. “Every quarter"))
                .isEqualTo("said Jeff Landry, an analyst at Harlan & Co.\n“Every quarter");
        assertThat(CoreNlpPipeline.withSentenceBreaks("said Jeff Landry, an analyst at Harlan & Co. \"Every quarter"))
                .isEqualTo("said Jeff Landry, an analyst at Harlan & Co.\n\"Every quarter");
    }

    @Test
    void theTextKeepsItsLengthSoEveryOffsetStaysTrue() {
        String text = "He said so. “Then go,” she said. \"Fine.\" Done.";

        assertThat(CoreNlpPipeline.withSentenceBreaks(text)).hasSameSizeAs(text);
    }
}
