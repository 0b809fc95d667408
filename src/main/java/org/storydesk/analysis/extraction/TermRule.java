package org.storydesk.analysis.extraction;

/**
 * The rules that tell a quoted name or term ("the so-called “Green Loop”") from someone's words,
 * in the order they are tried. The first two hold whatever the sentence says; the others only for
 * a short span no verb of saying or "according to" in its own clause attributes. A headline has
 * its own. Every term keeps the name of the rule that found it.
 */
public enum TermRule {

    /** "the “Iron Bridge” crossing": two or more title-cased words, not opening the sentence. */
    TITLE_CASE_NAME(false),
    /** "what negotiators call a “snapback”", "a pattern known as a “crown run”": a name given by people in general. */
    NAMING_VERB(false),
    /** "the so-called “Green Loop”", "dubbed “Project Harvest”", "known as a “crown run”": the writer marks a name as such. */
    MARKED_AS_A_NAME(false),
    /** The same words the article already quoted as a term. */
    REPEATED_TERM(true),
    /** "a textbook “cap dump”": a bare noun phrase of up to three words in a sentence where nobody speaks. */
    UNSPOKEN_LABEL(true),
    /** "its “in danger” list": a short span that modifies the noun after it, in a sentence where nobody speaks. */
    QUOTED_MODIFIER(true),
    /** "the “coalition of the willing”", "a group called “…”": a short title-cased span or one introduced as a name. */
    INTRODUCED_AS_NAME(true),

    /** A headline quoting what the body quotes as a term. */
    HEADLINE_BODY_TERM(false),
    /** "… approves “Green Loop”": two or more title-cased words in a headline. */
    HEADLINE_TITLE_CASE_NAME(false),
    /** A short title-cased span in a headline that nobody is said to have said. */
    HEADLINE_UNATTRIBUTED_NAME(true);

    private final boolean onlyUnattributed;

    TermRule(boolean onlyUnattributed) {
        this.onlyUnattributed = onlyUnattributed;
    }

    /** Whether the rule holds only for a span that no rule of its own clause attributes to anyone. */
    public boolean onlyUnattributed() {
        return onlyUnattributed;
    }
}
