package org.storydesk.analysis.extraction.quotes;

import org.storydesk.analysis.extraction.Names;

/** The words of a span as the term rules weigh them: without trailing punctuation, and whether few enough to be a name. */
final class ShortSpan {

    /** A term is a name or a label: a handful of words, never a sentence. */
    static final int TERM_MAX_WORDS = 5;

    private ShortSpan() {
    }

    static String words(Candidate span) {
        return span.text().strip().replaceAll("[,.;:!?]+$", "");
    }

    /** Short enough to be a term, and closed within its paragraph (an open quote runs on: it is words). */
    static boolean shortEnough(Candidate span) {
        return Names.words(words(span)) <= TERM_MAX_WORDS && !span.span().open();
    }
}
