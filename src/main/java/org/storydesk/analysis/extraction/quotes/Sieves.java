package org.storydesk.analysis.extraction.quotes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.TermRule;

/**
 * The rules in the order they are tried, most certain first: for the body, the rules that read a
 * quote's own sentence, then those that read its neighbours; for a headline, its own. The orders
 * here and in the enums are the same, and a test keeps them so.
 */
final class Sieves {

    static final List<SpeakerSieve> SPEAKERS = List.of(
            new GoverningSpeechVerb(),
            new SpeechVerbAfterQuote(),
            new AccordingTo(),
            new SpeechVerbInSentence(),
            new DocumentSubject(),
            new ContinuesOpenQuote(),
            new SpeechNounAfterQuote(),
            new ContinuesQuoteInParagraph(),
            new NamedInNextSentence(),
            new ContinuesPreviousQuote(),
            new SpeakerOfSentenceBefore(),
            new DocumentOfSentenceBefore(),
            new HeadlineSpeakerPrefix(),
            new HeadlineSpeechVerb(),
            new HeadlineSameWordsInBody(),
            new HeadlineReportingClause());

    static final List<TermSieve> TERMS = List.of(
            new TitleCaseName(),
            new NamingVerb(),
            new MarkedAsAName(),
            new RepeatedTerm(),
            new UnspokenLabel(),
            new QuotedModifier(),
            new IntroducedAsName(),
            new HeadlineBodyTerm(),
            new HeadlineTitleCaseName(),
            new HeadlineUnattributedName());

    private Sieves() {
    }

    static List<SpeakerSieve> speakers(AttributionRule.Stage stage, Set<AttributionRule> off) {
        return SPEAKERS.stream().filter(sieve -> sieve.rule().stage() == stage && !off.contains(sieve.rule())).toList();
    }

    static List<TermSieve> terms(Set<TermRule> rules, Set<TermRule> off) {
        return TERMS.stream().filter(sieve -> rules.contains(sieve.rule()) && !off.contains(sieve.rule())).toList();
    }

    static final Set<TermRule> BODY_TERMS = EnumSet.of(TermRule.TITLE_CASE_NAME, TermRule.NAMING_VERB, TermRule.MARKED_AS_A_NAME,
            TermRule.REPEATED_TERM, TermRule.UNSPOKEN_LABEL, TermRule.QUOTED_MODIFIER, TermRule.INTRODUCED_AS_NAME);

    static final Set<TermRule> HEADLINE_TERMS_FIRST = EnumSet.of(TermRule.HEADLINE_BODY_TERM, TermRule.HEADLINE_TITLE_CASE_NAME);

    static final Set<TermRule> HEADLINE_TERMS_UNATTRIBUTED = EnumSet.of(TermRule.HEADLINE_UNATTRIBUTED_NAME);
}
