package org.storydesk.quotes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonName;

/**
 * A quote as editors see it: the words, who said them, and every outlet that carries them.
 *
 * @param speakerLabel how the text names a speaker who is not a person of the story: a document, an unnamed source
 * @param speaker      who said it: as an editor corrected it, else as the analysis found it
 * @param verdict      the editors' verification: unverified until an editor says otherwise
 * @param rule         which attribution rule decided the speaker, so an editor can judge how sure it is
 * @param fullQuote    for a fragment, the full quote it is part of
 * @param correction   where an editor corrected the speaker: what the machine had said
 * @param confidence   how sure the analysis is of the speaker, 0–1 (0: it found nobody)
 * @param fragments    on the board, the partial quotes that are fragments of this one, with their own sources
 */
public record Quote(QuoteId id, String text, String kind, @Nullable PersonName speaker, @Nullable String speakerLabel, Verdict verdict,
                    @Nullable String rule, @Nullable LocalDate saidOn, @Nullable QuoteId fullQuote, List<Source> sources,
                    @Nullable SpeakerCorrection correction, double confidence, List<Quote> fragments) {

    /** Below this confidence an unverified speaker goes to the review queue, and its card says so. */
    public static final double REVIEW_BELOW = 0.7;

    /** Whether an editor should check who said it first: the analysis is not sure, and no editor has looked yet. */
    public boolean needsReview() {
        return confidence < REVIEW_BELOW && correction == null && verdict.status() == QuoteStatus.UNVERIFIED;
    }

    /** The same quote with the fragments the board shows under it. */
    public Quote withFragments(List<Quote> parts) {
        return new Quote(id, text, kind, speaker, speakerLabel, verdict, rule, saidOn, fullQuote, sources, correction, confidence,
                List.copyOf(parts));
    }

    /** {@code unverified}, {@code verified}, {@code disputed} or {@code corrected}. */
    public String status() {
        return verdict.status().code();
    }

    /** The words alone, for showing between quotation marks: without the marks the text came in and the comma the reporter put inside. */
    public String words() {
        return text.replaceAll("^[\\s“\"]+|[\\s”\",;:]+$", "");
    }

    /** Who said it, in words. */
    public String speakerName() {
        return speaker != null ? speaker.name() : speakerLabel != null ? speakerLabel : "Speaker not identified";
    }

    /** Where an outlet carries the quote. Offsets are into the article's body (or headline, by {@code part}). */
    public record Source(ArticleId article, String source, String outlet, String part, int start, int end, String text,
                         String sentence, int sentenceStart, String articleTitle) {
    }

    /** Each outlet's wording once (the same words in other typography are one wording), in order of the sources. */
    public List<String> variants() {
        return List.copyOf(wordings().keySet());
    }

    /** Each wording with the sources that carry it. */
    public Map<String, List<Source>> wordings() {
        Map<String, String> shown = new LinkedHashMap<>();
        Map<String, List<Source>> wordings = new LinkedHashMap<>();
        for (Source source : sources) {
            String form = form(source.text());
            String wording = shown.computeIfAbsent(form, key -> source.text().strip());
            wordings.computeIfAbsent(wording, key -> new ArrayList<>()).add(source);
        }
        return wordings;
    }

    /** The words as said, whatever the outlet's typography: straight or curly quotes, the comma the reporter put inside. */
    private static String form(String text) {
        return text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .strip().replaceAll("^[\"']+|[\"',.;:\\s]+$", "");
    }

    public long outlets() {
        return sources.stream().map(source -> source.outlet() == null ? "article " + source.article() : source.outlet()).distinct().count();
    }
}
