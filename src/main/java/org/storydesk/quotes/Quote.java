package org.storydesk.quotes;

import java.time.LocalDate;
import java.util.List;

import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonName;

/**
 * A quote as editors see it: the words, who said them, and every outlet that carries them.
 *
 * @param speakerLabel how the text names a speaker who is not a person of the story: a document, an unnamed source
 * @param status       the editors' verification status: unverified until an editor says otherwise
 * @param rule         which attribution rule decided the speaker, so an editor can judge how sure it is
 * @param fullQuote    for a fragment, the full quote it is part of
 */
public record Quote(QuoteId id, String text, String kind, PersonName speaker, String speakerLabel, String status, String rule,
                    LocalDate saidOn, QuoteId fullQuote, List<Source> sources) {

    /** Where an outlet carries the quote. Offsets are into the article's body (or headline, by {@code part}). */
    public record Source(ArticleId article, String source, String outlet, String part, int start, int end, String text,
                         String sentence) {
    }

    /** Each outlet's wording, once. */
    public List<String> variants() {
        return sources.stream().map(Source::text).map(String::strip).distinct().toList();
    }

    public long outlets() {
        return sources.stream().map(source -> source.outlet() == null ? "article " + source.article() : source.outlet()).distinct().count();
    }
}
