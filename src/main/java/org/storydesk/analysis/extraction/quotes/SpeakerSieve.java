package org.storydesk.analysis.extraction.quotes;

import java.util.Optional;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;

/** One rule of the attribution sieve: who said a quote, where this rule can tell. */
interface SpeakerSieve {

    AttributionRule rule();

    /** The quote's speaker (a person, or a label for a document or unnamed source) by this rule; empty if it cannot tell. */
    Optional<Source> speaker(Candidate quote);
}
