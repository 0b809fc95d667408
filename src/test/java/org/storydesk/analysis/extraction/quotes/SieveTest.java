package org.storydesk.analysis.extraction.quotes;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.storydesk.analysis.extraction.AnalysisRules;
import org.storydesk.analysis.extraction.ArticleAnalysis.QuoteFound;
import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.ArticlePeople;
import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.Clauses;
import org.storydesk.analysis.extraction.NlpDocument;
import org.storydesk.analysis.extraction.TermRule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The sieve as a whole: its order, the name each finding keeps, and rules switched off one by one. */
class SieveTest {

    private static final String MARSH_CALLED_IT_A_FAIR_DEAL = """
            # text = Mayor Helena Marsh called the “Green Loop” plan “a fair deal.”
            1   Mayor          _              NNP   TITLE        3   compound
            2   Helena         _              NNP   PERSON       3   compound
            3   Marsh          _              NNP   PERSON       4   nsubj
            4   called         call           VBD   O            0   root
            5   the            _              DT    O            10  det
            6   “              _              ``    O            8   punct
            7   Green          _              NNP   O            8   compound
            8   Loop           _              NNP   O            10  compound
            9   ”              _              ''    O            8   punct
            10  plan           _              NN    O            4   obj
            11  “              _              ``    O            14  punct
            12  a              _              DT    O            14  det
            13  fair           _              JJ    O            14  amod
            14  deal           _              NN    O            4   xcomp
            15  .              _              .     O            4   punct
            16  ”              _              ''    O            4   punct
            """;

    @Test
    void theSieveTriesItsRulesInTheOrderTheirNamesAreDeclared() {
        assertThat(Sieves.SPEAKERS).extracting(SpeakerSieve::rule).containsExactly(AttributionRule.values());
        assertThat(Sieves.TERMS).extracting(TermSieve::rule).containsExactly(TermRule.values());
    }

    @Test
    void everyQuoteAndTermKeepsTheNameOfTheRuleThatDecidedIt() {
        Quotations.Found found = quotations(MARSH_CALLED_IT_A_FAIR_DEAL, AnalysisRules.ALL).inBody(Map.of());

        assertThat(found.quotes()).extracting(QuoteFound::text, QuoteFound::speaker, QuoteFound::rule)
                .containsExactly(tuple("a fair deal.", "Helena Marsh", AttributionRule.GOVERNING_SPEECH_VERB));
        assertThat(found.terms()).extracting(TermFound::text, TermFound::rule)
                .containsExactly(tuple("Green Loop", TermRule.TITLE_CASE_NAME));
    }

    @Test
    void withARuleSwitchedOffTheNextRuleThatCanTellDecides() {
        Quotations.Found found = quotations(MARSH_CALLED_IT_A_FAIR_DEAL, AnalysisRules.without(AttributionRule.GOVERNING_SPEECH_VERB))
                .inBody(Map.of());

        assertThat(found.quotes()).extracting(QuoteFound::speaker, QuoteFound::rule)
                .containsExactly(tuple("Helena Marsh", AttributionRule.SPEECH_VERB_IN_SENTENCE));
    }

    @Test
    void withEveryTermRuleThatFindsANameSwitchedOffTheNameIsTakenForAQuote() {
        String greenLoop = """
                # text = Council approved the “Green Loop” on Wednesday.
                1   Council        _              NNP   O            2   nsubj
                2   approved       approve        VBD   O            0   root
                3   the            _              DT    O            6   det
                4   “              _              ``    O            6   punct
                5   Green          _              NNP   O            6   compound
                6   Loop           _              NNP   O            2   obj
                7   ”              _              ''    O            6   punct
                8   on             _              IN    O            9   case
                9   Wednesday      _              NNP   DATE         2   obl          2026-03-04
                10  .              _              .     O            2   punct
                """;
        AnalysisRules noNames = new AnalysisRules(Set.of(),
                EnumSet.of(TermRule.TITLE_CASE_NAME, TermRule.INTRODUCED_AS_NAME, TermRule.UNSPOKEN_LABEL));

        assertThat(quotations(greenLoop, AnalysisRules.without(TermRule.TITLE_CASE_NAME)).inBody(Map.of()).terms())
                .extracting(TermFound::rule).containsExactly(TermRule.UNSPOKEN_LABEL);
        assertThat(quotations(greenLoop, noNames).inBody(Map.of()).quotes()).extracting(QuoteFound::text).containsExactly("Green Loop");
    }

    @Test
    void wordsAttributedInTheirOwnClauseAreNeverAShortLabel() {
        AnalysisRules onlyUnattributedTermRules = new AnalysisRules(Set.of(), EnumSet.of(TermRule.TITLE_CASE_NAME, TermRule.NAMING_VERB));
        Quotations.Found found = quotations("""
                # text = Mayor Helena Marsh called it “Fair Play.”
                1   Mayor          _              NNP   TITLE        3   compound
                2   Helena         _              NNP   PERSON       3   compound
                3   Marsh          _              NNP   PERSON       4   nsubj
                4   called         call           VBD   O            0   root
                5   it             _              PRP   O            4   obj
                6   “              _              ``    O            8   punct
                7   Fair           fair           NNP   O            8   compound
                8   Play           play           NNP   O            4   xcomp
                9   .              _              .     O            4   punct
                10  ”              _              ''    O            4   punct
                """, onlyUnattributedTermRules).inBody(Map.of());

        assertThat(found.terms()).isEmpty();
        assertThat(found.quotes()).extracting(QuoteFound::speaker).containsExactly("Helena Marsh");
    }

    @Test
    void aQuoteWithNothingToSayWhoseItIsKeepsNoRule() {
        Quotations.Found found = quotations("""
                # text = “Then show us the numbers.”
                1   “              _              ``    O            3   punct
                2   Then           then           RB    O            3   advmod
                3   show           _              VB    O            0   root
                4   us             we             PRP   O            3   iobj
                5   the            _              DT    O            6   det
                6   numbers        number         NNS   O            3   obj
                7   .              _              .     O            3   punct
                8   ”              _              ''    O            3   punct
                """, AnalysisRules.ALL).inBody(Map.of());

        assertThat(found.quotes()).singleElement().satisfies(quote -> {
            assertThat(quote.speaker()).isNull();
            assertThat(quote.speakerLabel()).isNull();
            assertThat(quote.rule()).isNull();
        });
    }

    @Test
    void aSpeakerNamedByTheirOwnVerbIsSurerThanOneAQuoteContinuesAndNobodyIsNotSureAtAll() {
        Quotations.Found found = quotations("""
                # text = “We are done waiting,” Mayor Helena Marsh said.
                1   “              _              ``    O            11  punct
                2   We             we             PRP   O            4   nsubj:pass
                3   are            be             VBP   O            4   aux:pass
                4   done           do             VBN   O            11  ccomp
                5   waiting        _              NN    O            4   obj
                6   ,              _              ,     O            11  punct
                7   ”              _              ''    O            11  punct
                8   Mayor          _              NNP   TITLE        10  compound
                9   Helena         _              NNP   PERSON       10  compound
                10  Marsh          _              NNP   PERSON       11  nsubj
                11  said           say            VBD   O            0   root
                12  .              _              .     O            11  punct
                # text = “The city can afford it.”
                1   “              _              ``    O            5   punct
                2   The            the            DT    O            3   det
                3   city           _              NN    O            5   nsubj
                4   can            _              MD    O            5   aux
                5   afford         _              VB    O            0   root
                6   it             _              PRP   O            5   obj
                7   .              _              .     O            5   punct
                8   ”              _              ''    O            5   punct
                """, AnalysisRules.ALL).inBody(Map.of());
        Quotations.Found nobody = quotations("""
                # text = “Then show us the numbers.”
                1   “              _              ``    O            3   punct
                2   Then           then           RB    O            3   advmod
                3   show           _              VB    O            0   root
                4   us             we             PRP   O            3   iobj
                5   the            _              DT    O            6   det
                6   numbers        number         NNS   O            3   obj
                7   .              _              .     O            3   punct
                8   ”              _              ''    O            3   punct
                """, AnalysisRules.ALL).inBody(Map.of());

        assertThat(found.quotes()).extracting(QuoteFound::rule, QuoteFound::confidence).containsExactly(
                tuple(AttributionRule.GOVERNING_SPEECH_VERB, 0.95),
                tuple(AttributionRule.CONTINUES_QUOTE_IN_PARAGRAPH, 0.86));
        assertThat(nobody.quotes()).extracting(QuoteFound::confidence).containsExactly(0.0);
    }

    private static Quotations quotations(String conll, AnalysisRules rules) {
        NlpDocument document = NlpDocument.fromConll(conll);
        ArticlePeople people = ArticlePeople.of(document);
        return new Quotations(document, people, new Clauses(document, people), rules);
    }
}
