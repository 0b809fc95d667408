package org.storydesk.analysis.extraction.quotes;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses.Source;

/** Who said a quote, and the rule that decided it. */
record Attribution(Source source, AttributionRule rule) {
}
