package org.storydesk.analysis.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline holds real happenings, each summed up in a complete clause: never cut mid-phrase, never only a saying. */
class TimelineSummariesTest {

    /** Tuesday 3 March 2026. */
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);

    @Test
    void aLongClauseLosesWholePhrasesFromItsEndNeverWordsFromTheMiddleOfOne() {
        List<ArticleAnalysis.EventFound> events = events("""
                # text = Canada and Ukraine’s other allies in the coalition of the willing signed a statement Tuesday pledging to help secure Ukraine’s future if a ceasefire is reached with Russia.
                1   Canada         _              NNP   COUNTRY      13  nsubj
                2   and            _              CC    O            6   cc
                3   Ukraine        _              NNP   COUNTRY      6   nmod:poss
                4   ’s             's             POS   O            3   case
                5   other          _              JJ    O            6   amod
                6   allies         ally           NNS   O            1   conj
                7   in             _              IN    O            9   case
                8   the            _              DT    O            9   det
                9   coalition      _              NN    O            6   nmod
                10  of             _              IN    O            12  case
                11  the            _              DT    O            12  det
                12  willing        _              JJ    O            9   nmod
                13  signed         sign           VBN   O            0   root
                14  a              _              DT    O            15  det
                15  statement      _              NN    O            13  obj
                16  Tuesday        _              NNP   DATE         13  obl:tmod     2026-03-03
                17  pledging       pledge         VBG   O            13  dep
                18  to             _              TO    O            19  mark
                19  help           _              VB    O            17  xcomp
                20  secure         _              VB    O            19  xcomp
                21  Ukraine        _              NNP   COUNTRY      23  nmod:poss
                22  ’s             's             POS   O            21  case
                23  future         _              NN    DATE         20  obj          FUTURE_REF
                24  if             _              IN    O            28  mark
                25  a              _              DT    O            26  det
                26  ceasefire      _              NN    O            28  nsubj:pass
                27  is             be             VBZ   O            28  aux:pass
                28  reached        reach          VBN   O            20  advcl
                29  with           _              IN    O            30  case
                30  Russia         _              NNP   COUNTRY      28  obl
                31  .              _              .     O            13  punct
                """);

        assertThat(events).extracting(ArticleAnalysis.EventFound::summary)
                .containsExactly("Canada and Ukraine’s other allies in the coalition of the willing signed a statement");
    }

    @Test
    void aSayingWithNothingSaidOutsideItsQuotationMarksIsNoHappeningButStillDatesItsQuote() {
        NlpDocument document = NlpDocument.fromConll("""
                # text = “We are almost there,” Carney told reporters Tuesday.
                1   “              _              ``    O            5   punct
                2   We             we             PRP   O            5   nsubj
                3   are            be             VBP   O            5   cop
                4   almost         _              RB    O            5   advmod
                5   there          _              RB    O            9   ccomp
                6   ,              _              ,     O            9   punct
                7   ”              _              ''    O            9   punct
                8   Carney         _              NNP   PERSON       9   nsubj
                9   told           tell           VBD   O            0   root
                10  reporters      reporter       NNS   O            9   obj
                11  Tuesday        _              NNP   DATE         9   obl:tmod     2026-03-03
                12  .              _              .     O            9   punct
                """);
        Events events = events(document);

        assertThat(events.find()).isEmpty();
        assertThat(events.sentenceDates()).containsEntry(0, TimexDate.ofDay(TUESDAY));
    }

    @Test
    void aSubordinatorGivesWayToTheClauseAndARelativePronounToTheNounItStandsFor() {
        List<ArticleAnalysis.EventFound> events = events("""
                # text = When Carney met Zelenskyy in Halifax on Monday, they spoke for an hour.
                1   When           when           WRB   O            3   advmod
                2   Carney         _              NNP   PERSON       3   nsubj
                3   met            meet           VBD   O            11  advcl
                4   Zelenskyy      _              NNP   PERSON       3   obj
                5   in             _              IN    O            6   case
                6   Halifax        _              NNP   CITY         3   obl
                7   on             _              IN    O            8   case
                8   Monday         _              NNP   DATE         3   obl          2026-03-02
                9   ,              _              ,     O            11  punct
                10  they           _              PRP   O            11  nsubj
                11  spoke          speak          VBD   O            0   root
                12  for            _              IN    O            14  case
                13  an             a              DT    O            14  det
                14  hour           _              NN    DURATION     11  obl          PT1H
                15  .              _              .     O            11  punct
                # newpar
                # text = Members backed a ballot that closed on Monday.
                1   Members        member         NNS   O            2   nsubj
                2   backed         back           VBD   O            0   root
                3   a              _              DT    O            4   det
                4   ballot         _              NN    O            2   obj
                5   that           _              WDT   O            6   nsubj
                6   closed         close          VBD   O            4   acl:relcl
                7   on             _              IN    O            8   case
                8   Monday         _              NNP   DATE         6   obl          2026-03-02
                9   .              _              .     O            2   punct
                """);

        assertThat(events).extracting(ArticleAnalysis.EventFound::summary)
                .containsExactly("Carney met Zelenskyy in Halifax", "A ballot closed");
    }

    @Test
    void anotherHappeningsDateInTheSentenceIsNotWhenItsQuotesWereSaid() {
        Events events = events(NlpDocument.fromConll("""
                # text = The agency, which opened an inquiry in December, said it would “act quickly.”
                1   The            the            DT    O            2   det
                2   agency         _              NN    O            11  nsubj
                3   ,              _              ,     O            2   punct
                4   which          _              WDT   O            5   nsubj
                5   opened         open           VBD   O            2   acl:relcl
                6   an             a              DT    O            7   det
                7   inquiry        _              NN    O            5   obj
                8   in             _              IN    O            9   case
                9   December       _              NNP   DATE         5   obl          2025-12
                10  ,              _              ,     O            2   punct
                11  said           say            VBD   O            0   root
                12  it             _              PRP   O            15  nsubj
                13  would          _              MD    O            15  aux
                14  “              _              ``    O            15  punct
                15  act            _              VB    O            11  ccomp
                16  quickly        _              RB    O            15  advmod
                17  .              _              .     O            11  punct
                18  ”              _              ''    O            11  punct
                """));

        assertThat(events.find()).extracting(ArticleAnalysis.EventFound::summary).containsExactly("The agency opened an inquiry");
        assertThat(events.sentenceDates()).isEmpty();
    }

    private static List<ArticleAnalysis.EventFound> events(String conll) {
        return events(NlpDocument.fromConll(conll)).find();
    }

    private static Events events(NlpDocument document) {
        ArticlePeople people = ArticlePeople.of(document);
        return new Events(document, people, new Clauses(document, people), TUESDAY);
    }
}
