package org.storydesk.analysis.extraction.quotes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.storydesk.analysis.extraction.ArticleAnalysis.TermFound;
import org.storydesk.analysis.extraction.TermRule;
import org.storydesk.analysis.extraction.TextPart;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule that tells a quoted name or term from someone's words, on hand-parsed sentences (no pipeline). */
class TermSievesTest {

    private static final String GREEN_LOOP = """
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

    @Test
    void titleCasedWordsInsideASentenceAreAName() {
        Parsed article = Parsed.article(GREEN_LOOP);

        assertThat(new TitleCaseName().isTerm(article.quote("Green Loop"), List.of())).isTrue();
    }

    @Test
    void titleCasedWordsOpeningASentenceMayBeSomeonesWords() {
        Parsed article = Parsed.article("""
                # text = “Welcome Home,” Marsh said.
                1   “              _              ``    O            6   punct
                2   Welcome        welcome        VB    O            6   ccomp
                3   Home           home           NN    O            2   obj
                4   ,              _              ,     O            6   punct
                5   ”              _              ''    O            6   punct
                6   Marsh          _              NNP   PERSON       7   nsubj
                7   said           say            VBD   O            0   root
                8   .              _              .     O            7   punct
                """);

        assertThat(new TitleCaseName().isTerm(article.quote("Welcome Home"), List.of())).isFalse();
    }

    @Test
    void whatPeopleInGeneralCallSomethingIsAName() {
        Parsed article = Parsed.article("""
                # text = What negotiators call a “snapback” is back on the table.
                1   What           what           WDT   O            2   det
                2   negotiators    negotiator     NNS   O            3   nsubj
                3   call           _              VBP   O            12  csubj
                4   a              _              DT    O            6   det
                5   “              _              ``    O            6   punct
                6   snapback       _              NN    O            3   obj
                7   ”              _              ''    O            6   punct
                8   is             be             VBZ   O            12  cop
                9   back           _              RB    O            12  advmod
                10  on             _              IN    O            12  case
                11  the            _              DT    O            12  det
                12  table          _              NN    O            0   root
                13  .              _              .     O            12  punct
                """);

        assertThat(new NamingVerb().isTerm(article.quote("snapback"), List.of())).isTrue();
    }

    @Test
    void whatANamedPersonCallsSomethingIsTheirWords() {
        Parsed article = Parsed.article("""
                # text = Mayor Helena Marsh called the plan “a fair deal.”
                1   Mayor          _              NNP   TITLE        3   compound
                2   Helena         _              NNP   PERSON       3   compound
                3   Marsh          _              NNP   PERSON       4   nsubj
                4   called         call           VBD   O            0   root
                5   the            _              DT    O            6   det
                6   plan           _              NN    O            4   obj
                7   “              _              ``    O            10  punct
                8   a              _              DT    O            10  det
                9   fair           _              JJ    O            10  amod
                10  deal           _              NN    O            4   xcomp
                11  .              _              .     O            4   punct
                12  ”              _              ''    O            4   punct
                """);

        assertThat(new NamingVerb().isTerm(article.quote("a fair deal"), List.of())).isFalse();
    }

    @Test
    void wordsTheArticleAlreadyQuotedAsATermAreATermAgain() {
        Parsed article = Parsed.article("""
                # text = The “snapback” worries them.
                1   The            the            DT    O            3   det
                2   “              _              ``    O            3   punct
                3   snapback       _              NN    O            5   nsubj
                4   ”              _              ''    O            3   punct
                5   worries        worry          VBZ   O            0   root
                6   them           they           PRP   O            5   obj
                7   .              _              .     O            5   punct
                """);
        List<TermFound> earlier = List.of(new TermFound(TextPart.BODY, 0, 8, "snapback", TermRule.NAMING_VERB));

        assertThat(new RepeatedTerm().isTerm(article.quote("snapback"), earlier)).isTrue();
        assertThat(new RepeatedTerm().isTerm(article.quote("snapback"), List.of())).isFalse();
    }

    @Test
    void aShortLabelInASentenceWhereNobodySpeaksIsATerm() {
        Parsed article = Parsed.article("""
                # text = The deal is a textbook “cap dump,” a trade made to shed salary.
                1   The            the            DT    O            2   det
                2   deal           _              NN    O            8   nsubj
                3   is             be             VBZ   O            8   cop
                4   a              _              DT    O            8   det
                5   textbook       _              NN    O            8   compound
                6   “              _              ``    O            8   punct
                7   cap            _              NN    O            8   compound
                8   dump           _              NN    O            0   root
                9   ,              _              ,     O            8   punct
                10  ”              _              ''    O            8   punct
                11  a              _              DT    O            12  det
                12  trade          _              NN    O            8   dep
                13  made           make           VBN   O            12  acl
                14  to             _              TO    O            15  mark
                15  shed           _              VB    O            13  xcomp
                16  salary         _              NN    O            15  obj
                17  .              _              .     O            8   punct
                """);

        assertThat(new UnspokenLabel().isTerm(article.quote("cap dump"), List.of())).isTrue();
    }

    @Test
    void aShortSpanIntroducedByTheIsAName() {
        Parsed article = Parsed.article("""
                # text = Leaders of the “coalition of the willing” met in Paris.
                1   Leaders        leader         NNS   O            10  nsubj
                2   of             _              IN    O            5   case
                3   the            _              DT    O            5   det
                4   “              _              ``    O            5   punct
                5   coalition      _              NN    O            1   nmod
                6   of             _              IN    O            8   case
                7   the            _              DT    O            8   det
                8   willing        _              JJ    O            5   nmod
                9   ”              _              ''    O            10  punct
                10  met            meet           VBD   O            0   root
                11  in             _              IN    O            12  case
                12  Paris          _              NNP   CITY         10  obl
                13  .              _              .     O            10  punct
                """);

        assertThat(new IntroducedAsName().isTerm(article.quote("coalition of the willing"), List.of())).isTrue();
    }

    @Test
    void aHeadlineQuotingTheBodysTermQuotesNobody() {
        Parsed body = Parsed.article(GREEN_LOOP);
        Parsed headline = Parsed.headline("""
                # text = Council backs ‘Loop’ plan
                1   Council        _              NNP   O            2   nsubj
                2   backs          back           VBZ   O            0   root
                3   ‘              _              ``    O            6   punct
                4   Loop           _              NNP   O            6   compound
                5   ’              _              ''    O            4   punct
                6   plan           _              NN    O            2   obj
                """, body, List.of(), List.of(new TermFound(TextPart.BODY, 0, 4, "Loop", TermRule.TITLE_CASE_NAME)));

        assertThat(new HeadlineBodyTerm().isTerm(headline.quote("Loop"), List.of())).isTrue();
        assertThat(new HeadlineUnattributedName().isTerm(headline.quote("Loop"), List.of())).isTrue();
    }

    @Test
    void titleCasedWordsInAHeadlineAreAName() {
        Parsed body = Parsed.article(GREEN_LOOP);
        Parsed headline = Parsed.headline("""
                # text = Council approves “Green Loop”
                1   Council        _              NNP   O            2   nsubj
                2   approves       approve        VBZ   O            0   root
                3   “              _              ``    O            5   punct
                4   Green          _              NNP   O            5   compound
                5   Loop           _              NNP   O            2   obj
                6   ”              _              ''    O            5   punct
                """, body, List.of(), List.of());

        assertThat(new HeadlineTitleCaseName().isTerm(headline.quote("Green Loop"), List.of())).isTrue();
    }

    @Test
    void aNameInAHeadlineThatAVerbOfSayingGovernsIsSomeonesWords() {
        Parsed body = Parsed.article(GREEN_LOOP);
        Parsed headline = Parsed.headline("""
                # text = Marsh calls levy “Fair”
                1   Marsh          _              NNP   PERSON       2   nsubj
                2   calls          call           VBZ   O            0   root
                3   levy           _              NN    O            2   obj
                4   “              _              ``    O            5   punct
                5   Fair           fair           JJ    O            2   xcomp
                6   ”              _              ''    O            5   punct
                """, body, List.of(), List.of());

        assertThat(new HeadlineUnattributedName().isTerm(headline.quote("Fair"), List.of())).isFalse();
    }

    @Test
    void shortWordsWithNoCapitalInAHeadlineAreWordsNotAName() {
        Parsed body = Parsed.article(GREEN_LOOP);
        Parsed headline = Parsed.headline("""
                # text = Inflation fight “not yet won”
                1   Inflation      _              NN    O            2   compound
                2   fight          _              NN    O            0   root
                3   “              _              ``    O            6   punct
                4   not            _              RB    O            6   advmod
                5   yet            _              RB    O            6   advmod
                6   won            win            VBN   O            2   acl
                7   ”              _              ''    O            6   punct
                """, body, List.of(), List.of());

        assertThat(new HeadlineUnattributedName().isTerm(headline.quote("not yet won"), List.of())).isFalse();
    }

    @Test
    void wordsTheWriterMarksAsANameAreATermWhateverVerbGovernsThem() {
        Parsed article = Parsed.article("""
                # text = Students were less likely to report the so-called “revenge bedtime procrastination” at night.
                1   Students       student        NNS   O            4   nsubj
                2   were           be             VBD   O            4   cop
                3   less           _              RBR   O            4   advmod
                4   likely         _              JJ    O            0   root
                5   to             _              TO    O            6   mark
                6   report         _              VB    O            4   xcomp
                7   the            _              DT    O            14  det
                8   so             _              RB    O            10  advmod
                9   -              _              HYPH  O            10  punct
                10  called         call           VBN   O            14  amod
                11  “              _              ``    O            14  punct
                12  revenge        _              NN    O            14  compound
                13  bedtime        _              NN    O            14  compound
                14  procrastination _              NN    O            6   obj
                15  ”              _              ''    O            14  punct
                16  at             _              IN    O            17  case
                17  night          _              NN    TIME         6   obl          2026-03-05TNI
                18  .              _              .     O            4   punct
                """);

        assertThat(new MarkedAsAName().isTerm(article.quote("revenge bedtime procrastination"), List.of())).isTrue();
    }

    @Test
    void aShortSpanModifyingTheNounAfterItWhereNobodySpeaksIsALabel() {
        Parsed article = Parsed.article("""
                # text = The committee has considered placing the reef on its “in danger” list.
                1   The            the            DT    O            2   det
                2   committee      _              NN    O            4   nsubj
                3   has            have           VBZ   O            4   aux
                4   considered     consider       VBN   O            0   root
                5   placing        place          VBG   O            4   xcomp
                6   the            _              DT    O            7   det
                7   reef           _              NN    O            5   obj
                8   on             _              IN    O            14  case
                9   its            _              PRP$  O            14  nmod:poss
                10  “              _              ``    O            14  punct
                11  in             _              IN    O            12  case
                12  danger         _              NN    O            14  compound
                13  ”              _              ''    O            14  punct
                14  list           _              NN    O            5   obl
                15  .              _              .     O            4   punct
                """);

        assertThat(new QuotedModifier().isTerm(article.quote("in danger"), List.of())).isTrue();
    }

    @Test
    void whatAnIndustryOrStaffCallOrLogSomethingIsAName() {
        Parsed calls = Parsed.article("""
                # text = At the heart of the dispute is what the industry calls “rest-day working”.
                1   At             at             IN    O            3   case
                2   the            _              DT    O            3   det
                3   heart          _              NN    O            0   root
                4   of             _              IN    O            6   case
                5   the            _              DT    O            6   det
                6   dispute        _              NN    O            3   nmod
                7   is             be             VBZ   O            3   dep
                8   what           _              WP    O            11  obj
                9   the            _              DT    O            10  det
                10  industry       _              NN    O            11  nsubj
                11  calls          call           VBZ   O            7   ccomp
                12  “              _              ``    O            11  punct
                13  rest           _              NN    O            15  compound
                14  -              _              HYPH  O            15  punct
                15  day            _              NN    O            16  dep
                16  working        work           VBG   O            11  obj
                17  ”              _              ''    O            11  punct
                18  .              _              .     O            3   punct
                """);
        Parsed logged = Parsed.article("""
                # text = The report says staff logged some spills as “maintenance events”.
                1   The            the            DT    O            2   det
                2   report         _              NN    O            3   nsubj
                3   says           say            VBZ   O            0   root
                4   staff          _              NN    O            5   nsubj
                5   logged         log            VBD   O            3   ccomp
                6   some           _              DT    O            7   det
                7   spills         spill          NNS   O            5   obj
                8   as             _              IN    O            11  case
                9   “              _              ``    O            11  punct
                10  maintenance    _              NN    O            11  compound
                11  events         event          NNS   O            5   obl
                12  ”              _              ''    O            11  punct
                13  .              _              .     O            3   punct
                """);

        assertThat(new NamingVerb().isTerm(calls.quote("rest-day working"), List.of())).isTrue();
        assertThat(new NamingVerb().isTerm(logged.quote("maintenance events"), List.of())).isTrue();
    }

    @Test
    void aQuotedModifierInASentenceOfSayingIsSomeonesWords() {
        Parsed article = Parsed.article("""
                # text = An official familiar with the negotiations, who asked not to be identified because the contract terms are confidential, said Japan had offered a “very competitive” price to win the launch.
                1   An             a              DT    O            2   det
                2   official       _              JJ    O            24  nsubj
                3   familiar       _              JJ    O            2   amod
                4   with           _              IN    O            6   case
                5   the            _              DT    O            6   det
                6   negotiations   negotiation    NNS   O            3   obl
                7   ,              _              ,     O            2   punct
                8   who            _              WP    O            21  obj
                9   asked          ask            VBD   O            21  nsubj
                10  not            _              RB    O            13  advmod
                11  to             _              TO    O            13  mark
                12  be             _              VB    O            13  aux:pass
                13  identified     identify       VBN   O            9   acl
                14  because        _              IN    O            19  mark
                15  the            _              DT    O            17  det
                16  contract       _              NN    O            17  compound
                17  terms          term           NNS   O            19  nsubj
                18  are            be             VBP   O            19  cop
                19  confidential   _              JJ    O            13  advcl
                20  ,              _              ,     O            21  punct
                21  said           say            VBD   O            2   acl:relcl
                22  Japan          _              NNP   COUNTRY      21  obj
                23  had            have           VBD   O            24  aux
                24  offered        offer          VBN   O            0   root
                25  a              _              DT    O            30  det
                26  “              _              ``    O            30  punct
                27  very           _              RB    O            28  advmod
                28  competitive    _              JJ    O            30  amod
                29  ”              _              ''    O            30  punct
                30  price          _              NN    O            24  obj
                31  to             _              TO    O            32  mark
                32  win            _              VB    O            24  xcomp
                33  the            _              DT    O            34  det
                34  launch         _              NN    O            32  obj
                35  .              _              .     O            24  punct
                """);

        assertThat(new QuotedModifier().isTerm(article.quote("very competitive"), List.of())).isFalse();
    }
}
