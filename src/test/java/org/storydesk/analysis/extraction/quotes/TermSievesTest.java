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
}
