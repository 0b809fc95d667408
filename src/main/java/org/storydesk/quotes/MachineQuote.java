package org.storydesk.quotes;

import java.time.LocalDate;
import java.util.List;

import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonSlug;

/**
 * A quote as the analysis found it across the story: its words, who said them (a person, or a
 * label for a document or an unnamed source), and every place an outlet carries it.
 *
 * @param rule       which attribution rule decided the speaker, so an editor can judge it
 * @param confidence how sure the analysis is of the speaker, 0–1 (0: nobody found)
 * @param saidOn    when it was said, as far as the text tells (else the day it was published)
 * @param fullQuote the full quote this partial quote is a fragment of, if any
 */
public record MachineQuote(QuoteId id, String text, String kind, PersonSlug speaker, String speakerLabel, String rule,
                           double confidence, LocalDate saidOn, QuoteId fullQuote, List<Source> sources) {

    /** Where an outlet carries the quote: the exact words between its marks and the sentence around them. */
    public record Source(ArticleId article, String part, int start, int end, String text, int sentenceStart, int sentenceEnd) {
    }
}
