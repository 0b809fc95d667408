package org.storydesk.analysis.extraction;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.jspecify.annotations.Nullable;

/**
 * The rules that decide who said a quote, in the order the sieve tries them: most certain first
 * (after CoreNLP's quote attribution sieves). Rules that read the quote's own sentence come before
 * those that read its neighbours; a headline's quotes have rules of their own. Every quote keeps
 * the name of the rule that decided its speaker.
 */
public enum AttributionRule {

    /** "X said …", "said X", "X called it “…”", "his warning that “…”": the verb of saying whose clause holds the quote. */
    GOVERNING_SPEECH_VERB(Stage.OWN_SENTENCE, true, 0.95, "the verb of saying that governs the quote"),
    /** "“…,” Ruiz said." where the parse did not hang the quote on the verb that follows it. */
    SPEECH_VERB_AFTER_QUOTE(Stage.OWN_SENTENCE, true, 0.9, "a verb of saying right after the quote"),
    /** "…, according to X." */
    ACCORDING_TO(Stage.OWN_SENTENCE, true, 0.9, "“according to”"),
    /** A verb of saying elsewhere in the quote's sentence, outside the quote. */
    SPEECH_VERB_IN_SENTENCE(Stage.OWN_SENTENCE, false, 0.75, "a verb of saying in the same sentence"),
    /** The sentence's subject is a document: "The report warns that …". */
    DOCUMENT_SUBJECT(Stage.OWN_SENTENCE, false, 0.75, "a document is the sentence's subject"),

    /** A quotation that runs on over paragraphs: each paragraph opens with a mark, only the last closes; one speaker. */
    CONTINUES_OPEN_QUOTE(Stage.NEIGHBOURS, false, 0.95, "continues a quotation left open at the end of the paragraph before"),
    /** "“…” — that was the plea from X": a noun of speech after the quote, and whose it is. */
    SPEECH_NOUN_AFTER_QUOTE(Stage.NEIGHBOURS, false, 0.8, "a noun of speech after the quote says whose it is"),
    /** "“…,” she said. “…”": the quote right after an attributed one, in the same paragraph. */
    CONTINUES_QUOTE_IN_PARAGRAPH(Stage.NEIGHBOURS, false, 0.9, "continues the quote before it in the paragraph"),
    /** "“…” That was the reply of X." */
    NAMED_IN_NEXT_SENTENCE(Stage.NEIGHBOURS, false, 0.7, "the speaker is named in the next sentence"),
    /** A quote standing alone continues the quote just before it, if nobody else spoke in between. */
    CONTINUES_PREVIOUS_QUOTE(Stage.NEIGHBOURS, false, 0.75, "continues the previous quote"),
    /** The sentence before reports someone speaking: "He added that …". */
    SPEAKER_OF_SENTENCE_BEFORE(Stage.NEIGHBOURS, false, 0.6, "the speaker of the sentence before"),
    /** The sentence before is about a document: its words are the document's. */
    DOCUMENT_OF_SENTENCE_BEFORE(Stage.NEIGHBOURS, false, 0.55, "the document of the sentence before"),

    /** "PM: … “…”", "Mayor: …": the headline names its speaker before a colon. */
    HEADLINE_SPEAKER_PREFIX(Stage.HEADLINE, false, 0.85, "the headline names the speaker before a colon"),
    /** "Mayor calls levy a “fair deal”". */
    HEADLINE_SPEECH_VERB(Stage.HEADLINE, false, 0.8, "a verb of saying in the headline"),
    /** The headline quotes words the body attributes. */
    HEADLINE_SAME_WORDS_IN_BODY(Stage.HEADLINE_LOOSE, false, 0.8, "the same words in the body"),
    /** "Families ‘were not listened to’, report finds", "‘A drop in the ocean’, say campaigners": a reporting clause the parse lost. */
    HEADLINE_REPORTING_CLAUSE(Stage.HEADLINE_LOOSE, false, 0.6, "a reporting clause in the headline");

    /**
     * What a rule reads: the quote's own sentence, its neighbours; a headline's grammar, or, for a
     * headline's quote that is no name, looser evidence (the body's same words, a reporting clause).
     */
    public enum Stage {
        OWN_SENTENCE, NEIGHBOURS, HEADLINE, HEADLINE_LOOSE
    }

    private final Stage stage;
    private final boolean ownClause;
    private final double confidence;
    private final String description;

    AttributionRule(Stage stage, boolean ownClause, double confidence, String description) {
        this.stage = stage;
        this.ownClause = ownClause;
        this.confidence = confidence;
        this.description = description;
    }

    /**
     * How sure a speaker this rule decides is, before the evidence (a pronoun, a description) and,
     * for a rule that continues an earlier quote, that quote's own: set by what the rule reads,
     * most certain first, as the sieve orders them.
     */
    public double confidence() {
        return confidence;
    }

    /** Whether the rule gives a quote the speaker of another quote, so that quote's confidence carries over. */
    public boolean continuesAnother() {
        return this == CONTINUES_OPEN_QUOTE || this == CONTINUES_QUOTE_IN_PARAGRAPH || this == CONTINUES_PREVIOUS_QUOTE;
    }

    public Stage stage() {
        return stage;
    }

    /** Whether the rule reads the speaker off the quote's own clause: words so attributed are never a term. */
    public boolean ownClause() {
        return ownClause;
    }

    /** In an editor's words, for a tooltip: "the verb of saying that governs the quote". */
    public String description() {
        return description;
    }

    /**
     * Reads a stored rule: its name, or the free text analyses stored before rules had names
     * ("speech verb: say", "continues the previous quote"), so an existing desk's analyses still load.
     * Text that names no rule reads as none.
     */
    @JsonCreator
    public static @Nullable AttributionRule fromJson(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        for (AttributionRule rule : values()) {
            if (rule.name().equals(stored)) {
                return rule;
            }
        }
        String text = stored.toLowerCase(Locale.ROOT);
        if (text.startsWith("headline: the same words")) {
            return HEADLINE_SAME_WORDS_IN_BODY;
        }
        if (text.startsWith("headline: speech verb")) {
            return HEADLINE_SPEECH_VERB;
        }
        if (text.startsWith("headline:")) {
            return HEADLINE_SPEAKER_PREFIX;
        }
        if (text.startsWith("speech verb after the quote:") || text.startsWith("name, then said:") || text.startsWith("said, then the name:")) {
            return SPEECH_VERB_AFTER_QUOTE;
        }
        if (text.startsWith("speech verb in the sentence:")) {
            return SPEECH_VERB_IN_SENTENCE;
        }
        if (text.startsWith("speech verb:") || text.startsWith("speech noun:") || text.startsWith("written source:")) {
            return GOVERNING_SPEECH_VERB;
        }
        return switch (text) {
            case "according to" -> ACCORDING_TO;
            case "written source of the sentence" -> DOCUMENT_SUBJECT;
            case "named after the quote" -> SPEECH_NOUN_AFTER_QUOTE;
            case "continues the previous quote" -> CONTINUES_PREVIOUS_QUOTE;
            case "named in the next sentence" -> NAMED_IN_NEXT_SENTENCE;
            case "continues the speaker of the sentence before" -> SPEAKER_OF_SENTENCE_BEFORE;
            case "written source of the sentence before" -> DOCUMENT_OF_SENTENCE_BEFORE;
            default -> null;
        };
    }
}
