package org.storydesk.analysis.extraction.quotes;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.storydesk.analysis.extraction.ArticleAnalysis.QuoteFound;
import org.storydesk.analysis.extraction.AttributionRule;
import org.storydesk.analysis.extraction.QuoteKind;
import org.storydesk.analysis.extraction.TextPart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.storydesk.analysis.extraction.quotes.Parsed.who;

/** Each rule of the attribution sieve on its own, on hand-parsed sentences (no pipeline). */
class SpeakerSievesTest {

    private static final String MARSH_SAID_FAIR = """
            # text = Mayor Helena Marsh said the plan was “fair to everyone.”
            1   Mayor          _              NNP   TITLE        3   compound
            2   Helena         _              NNP   PERSON       3   compound
            3   Marsh          _              NNP   PERSON       4   nsubj
            4   said           say            VBD   O            0   root
            5   the            _              DT    O            6   det
            6   plan           _              NN    O            9   nsubj
            7   was            be             VBD   O            9   cop
            8   “              _              ``    O            9   punct
            9   fair           _              JJ    O            4   ccomp
            10  to             _              IN    O            11  case
            11  everyone       _              NN    O            9   obl
            12  .              _              ,     O            4   punct
            13  ”              _              ''    O            4   punct
            """;

    @Test
    void theSubjectOfTheVerbOfSayingThatGovernsTheQuoteSaidIt() {
        Parsed article = Parsed.article(MARSH_SAID_FAIR);

        assertThat(who(new GoverningSpeechVerb().speaker(article.quote("fair to everyone")))).isEqualTo("Helena Marsh");
    }

    @Test
    void aQuoteThatNoVerbOfSayingGovernsIsNotTheSubjectsOfTheSentence() {
        Parsed article = Parsed.article("""
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
                """);

        assertThat(who(new GoverningSpeechVerb().speaker(article.quote("Green Loop")))).isEqualTo("nobody");
    }

    /** "“…,” Marsh said." as a parser sometimes reads it: the quote hung on nothing that says it. */
    private static final String MARSH_SAID_AFTER_A_LOOSE_QUOTE = """
            # text = “We are done waiting,” Marsh said.
            1   “              _              ``    O            4   punct
            2   We             we             PRP   O            4   nsubj:pass
            3   are            be             VBP   O            4   aux:pass
            4   done           do             VBN   O            0   root
            5   waiting        _              NN    O            4   obj
            6   ,              _              ,     O            4   punct
            7   ”              _              ''    O            4   punct
            8   Marsh          _              NNP   PERSON       9   nsubj
            9   said           say            VBD   O            4   parataxis
            10  .              _              .     O            4   punct
            """;

    @Test
    void aVerbOfSayingRightAfterAQuoteThatOpensTheSentenceReportsItWhereTheParseDoesNot() {
        Parsed article = Parsed.article(MARSH_SAID_AFTER_A_LOOSE_QUOTE);
        Candidate quote = article.quote("We are done waiting");

        assertThat(who(new GoverningSpeechVerb().speaker(quote))).isEqualTo("nobody");
        assertThat(who(new SpeechVerbAfterQuote().speaker(quote))).isEqualTo("Marsh");
    }

    @Test
    void aVerbOfSayingAfterAQuoteInsideTheReportersSentenceIsNotAQuoteThatOpensIt() {
        Parsed article = Parsed.article(OKAFOR_VOTED_NO);

        assertThat(who(new SpeechVerbAfterQuote().speaker(article.quote("a relief for nobody")))).isEqualTo("nobody");
    }

    @Test
    void thePersonAfterAccordingToSaidIt() {
        Parsed article = Parsed.article("""
                # text = The line would “cut travel times by a third,” according to transit director Paul Lindqvist.
                1   The            the            DT    O            2   det
                2   line           _              NN    O            5   nsubj
                3   would          _              MD    O            5   aux
                4   “              _              ``    O            5   punct
                5   cut            _              VB    O            0   root
                6   travel         _              NN    O            7   compound
                7   times          time           NNS   O            5   obj
                8   by             _              IN    O            10  case
                9   a              _              DT    O            10  det
                10  third          _              JJ    ORDINAL      5   obl          3.0
                11  ,              _              ,     O            5   punct
                12  ”              _              ''    O            5   punct
                13  according      accord         VBG   O            18  case
                14  to             _              IN    O            13  fixed
                15  transit        _              NN    O            16  compound
                16  director       _              NN    TITLE        18  compound
                17  Paul           _              NNP   PERSON:MALE  18  compound
                18  Lindqvist      _              NNP   PERSON:MALE  5   obl
                19  .              _              .     O            5   punct
                """);

        assertThat(who(new AccordingTo().speaker(article.quote("cut travel times")))).isEqualTo("Paul Lindqvist");
    }

    /** "Okafor voted no, and the result was “a relief for nobody,” he said", parsed with the quote under "voted". */
    private static final String OKAFOR_VOTED_NO = """
            # text = Councillor Raymond Okafor voted no, and the result was “a relief for nobody,” he said afterwards.
            1   Councillor     _              NNP   TITLE        3   compound
            2   Raymond        _              NNP   PERSON:MALE  3   compound
            3   Okafor         _              NNP   PERSON:MALE  4   nsubj
            4   voted          vote           VBD   O            0   root
            5   no             _              DT    O            4   dep
            6   ,              _              ,     O            5   punct
            7   and            _              CC    O            13  cc
            8   the            _              DT    O            9   det
            9   result         _              NN    O            13  nsubj
            10  was            be             VBD   O            13  cop
            11  “              _              ``    O            13  punct
            12  a              _              DT    O            13  det
            13  relief         _              NN    O            5   conj
            14  for            _              IN    O            15  case
            15  nobody         _              NN    O            13  nmod
            16  ,              _              ,     O            19  punct
            17  ”              _              ''    O            19  punct
            18  he             _              PRP   O            19  nsubj
            19  said           say            VBD   O            4   ccomp
            20  afterwards     _              RB    O            19  advmod
            21  .              _              .     O            4   punct
            """;

    @Test
    void aVerbOfSayingElsewhereInTheSentenceSaysWhoseWordsTheyAreWhereTheParseHangsTheQuoteElsewhere() {
        Parsed article = Parsed.article(OKAFOR_VOTED_NO);
        Candidate quote = article.quote("a relief for nobody");

        assertThat(who(new GoverningSpeechVerb().speaker(quote))).isEqualTo("nobody");
        assertThat(who(new SpeechVerbInSentence().speaker(quote))).isEqualTo("Raymond Okafor");
    }

    private static final String STAFF_REPORT_WARNS = """
            # text = The staff report warns that the corridor “will not meet its targets.”
            1   The            the            DT    O            3   det
            2   staff          _              NN    O            3   compound
            3   report         _              NN    O            4   nsubj
            4   warns          warn           VBZ   O            0   root
            5   that           _              IN    O            11  mark
            6   the            _              DT    O            7   det
            7   corridor       _              NN    O            11  nsubj
            8   “              _              ``    O            11  punct
            9   will           _              MD    O            11  aux
            10  not            _              RB    O            11  advmod
            11  meet           _              VB    O            4   ccomp
            12  its            _              PRP$  O            13  nmod:poss
            13  targets        target         NNS   O            11  obj
            14  .              _              .     O            4   punct
            15  ”              _              ''    O            4   punct
            """;

    @Test
    void aDocumentThatIsTheSentencesSubjectSpeaksItsWordsAsALabel() {
        Parsed article = Parsed.article(STAFF_REPORT_WARNS);

        assertThat(who(new DocumentSubject().speaker(article.quote("will not meet")))).isEqualTo("[the staff report]");
    }

    @Test
    void aNounOfSpeechAfterTheQuoteSaysWhoseItIs() {
        Parsed article = Parsed.article("""
                # text = “It ends forever” — that was the plea from Police Chief Dale Morrow.
                1   “              _              ``    O            3   punct
                2   It             it             PRP   O            3   nsubj
                3   ends           end            VBZ   O            0   root
                4   forever        _              RB    O            3   advmod
                5   ”              _              ''    O            3   punct
                6   —              _              :     O            3   punct
                7   that           _              DT    O            10  nsubj
                8   was            be             VBD   O            10  cop
                9   the            _              DT    O            10  det
                10  plea           _              NN    O            3   parataxis
                11  from           _              IN    O            15  case
                12  Police         police         NNS   TITLE        13  compound
                13  Chief          _              NNP   TITLE        15  compound
                14  Dale           _              NNP   PERSON:MALE  15  compound
                15  Morrow         _              NNP   PERSON:MALE  10  nmod
                16  .              _              .     O            3   punct
                """);

        assertThat(who(new SpeechNounAfterQuote().speaker(article.quote("It ends forever")))).isEqualTo("Dale Morrow");
    }

    private static final String MARSH_THEN_A_LONE_QUOTE = """
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
            """;

    @Test
    void aQuoteStandingAloneRightAfterAnAttributedOneInTheParagraphIsTheSameSpeakers() {
        Parsed article = Parsed.article(MARSH_THEN_A_LONE_QUOTE)
                .decided("We are done waiting", "Helena Marsh", AttributionRule.GOVERNING_SPEECH_VERB);

        assertThat(who(new ContinuesQuoteInParagraph().speaker(article.quote("The city can afford it")))).isEqualTo("Helena Marsh");
    }

    @Test
    void aQuoteAfterOneNobodyIsKnownToHaveSaidContinuesNobody() {
        Parsed article = Parsed.article(MARSH_THEN_A_LONE_QUOTE);

        assertThat(who(new ContinuesQuoteInParagraph().speaker(article.quote("The city can afford it")))).isEqualTo("nobody");
    }

    @Test
    void aSentenceThatPointsBackAtTheQuoteNamesItsSpeaker() {
        Parsed article = Parsed.article("""
                # text = “Then show us the numbers.”
                1   “              _              ``    O            3   punct
                2   Then           then           RB    O            3   advmod
                3   show           _              VB    O            0   root
                4   us             we             PRP   O            3   iobj
                5   the            _              DT    O            6   det
                6   numbers        number         NNS   O            3   obj
                7   .              _              .     O            3   punct
                8   ”              _              ''    O            3   punct
                # newpar
                # text = That was the reply of Mayor Helena Marsh.
                1   That           that           DT    O            4   nsubj
                2   was            be             VBD   O            4   cop
                3   the            _              DT    O            4   det
                4   reply          _              NN    O            0   root
                5   of             _              IN    O            8   case
                6   Mayor          _              NNP   TITLE        8   compound
                7   Helena         _              NNP   PERSON       8   compound
                8   Marsh          _              NNP   PERSON       4   nmod
                9   .              _              .     O            4   punct
                """);

        assertThat(who(new NamedInNextSentence().speaker(article.quote("Then show us the numbers")))).isEqualTo("Helena Marsh");
    }

    private static String loneQuoteTwoSentencesOn(String between) {
        return """
                # text = “We are done,” Mayor Helena Marsh said.
                1   “              _              ``    O            10  punct
                2   We             we             PRP   O            4   nsubj:pass
                3   are            be             VBP   O            4   aux:pass
                4   done           do             VBN   O            10  ccomp
                5   ,              _              ,     O            10  punct
                6   ”              _              ''    O            10  punct
                7   Mayor          _              NNP   TITLE        9   compound
                8   Helena         _              NNP   PERSON       9   compound
                9   Marsh          _              NNP   PERSON       10  nsubj
                10  said           say            VBD   O            0   root
                11  .              _              .     O            10  punct
                # newpar
                """ + between + """
                # newpar
                # text = “Now we build.”
                1   “              _              ``    O            4   punct
                2   Now            now            RB    O            4   advmod
                3   we             _              PRP   O            4   nsubj
                4   build          _              VBP   O            0   root
                5   .              _              .     O            4   punct
                6   ”              _              ''    O            4   punct
                """;
    }

    @Test
    void aQuoteStandingAloneContinuesThePreviousQuoteWhenNobodyElseSpokeInBetween() {
        Parsed article = Parsed.article(loneQuoteTwoSentencesOn("""
                # text = The council sat in silence.
                1   The            the            DT    O            2   det
                2   council        _              NN    O            3   nsubj
                3   sat            sit            VBD   O            0   root
                4   in             _              IN    O            5   case
                5   silence        _              NN    O            3   obl
                6   .              _              .     O            3   punct
                """)).decided("We are done", "Helena Marsh", AttributionRule.GOVERNING_SPEECH_VERB);

        assertThat(who(new ContinuesPreviousQuote().speaker(article.quote("Now we build")))).isEqualTo("Helena Marsh");
    }

    @Test
    void aQuoteStandingAloneDoesNotContinueAQuoteWhenSomeoneElseSpokeInBetween() {
        Parsed article = Parsed.article(loneQuoteTwoSentencesOn("""
                # text = Councillor Raymond Okafor said he disagreed.
                1   Councillor     _              NNP   TITLE        3   compound
                2   Raymond        _              NNP   PERSON:MALE  3   compound
                3   Okafor         _              NNP   PERSON:MALE  4   nsubj
                4   said           say            VBD   O            0   root
                5   he             _              PRP   O            6   nsubj
                6   disagreed      disagree       VBD   O            4   ccomp
                7   .              _              .     O            4   punct
                """)).decided("We are done", "Helena Marsh", AttributionRule.GOVERNING_SPEECH_VERB);

        assertThat(who(new ContinuesPreviousQuote().speaker(article.quote("Now we build")))).isEqualTo("nobody");
    }

    @Test
    void aQuoteAfterASentenceOfSayingIsThatSpeakersToo() {
        Parsed article = Parsed.article("""
                # text = Councillor Raymond Okafor added that the vote was close.
                1   Councillor     _              NNP   TITLE        3   compound
                2   Raymond        _              NNP   PERSON:MALE  3   compound
                3   Okafor         _              NNP   PERSON:MALE  4   nsubj
                4   added          add            VBD   O            0   root
                5   that           _              IN    O            9   mark
                6   the            _              DT    O            7   det
                7   vote           _              NN    O            9   nsubj
                8   was            be             VBD   O            9   cop
                9   close          _              JJ    O            4   ccomp
                10  .              _              .     O            4   punct
                # newpar
                # text = “We will try again next year.”
                1   “              _              ``    O            0   root
                2   We             we             PRP   O            4   nsubj
                3   will           _              MD    O            4   aux
                4   try            _              VB    O            1   dep
                5   again          _              RB    O            4   advmod
                6   next           _              JJ    DATE         7   amod         2027
                7   year           _              NN    DATE         4   obl:tmod     2027
                8   .              _              .     O            4   punct
                9   ”              _              ''    O            4   punct
                """);

        assertThat(who(new SpeakerOfSentenceBefore().speaker(article.quote("We will try again")))).isEqualTo("Raymond Okafor");
    }

    @Test
    void aQuoteAfterASentenceAboutADocumentIsTheDocuments() {
        Parsed article = Parsed.article("""
                # text = The declaration sets out the coalition's aims.
                1   The            the            DT    O            2   det
                2   declaration    _              NN    O            3   nsubj
                3   sets           set            VBZ   O            0   root
                4   out            _              RP    O            3   compound:prt
                5   the            _              DT    O            6   det
                6   coalition      _              NN    O            8   nmod:poss
                7   's             _              POS   O            6   case
                8   aims           aim            NNS   O            3   obj
                9   .              _              .     O            3   punct
                # newpar
                # text = “Peace must be lasting.”
                1   “              _              ``    O            5   punct
                2   Peace          peace          NN    O            5   nsubj
                3   must           _              MD    O            5   aux
                4   be             _              VB    O            5   aux
                5   lasting        last           VBG   O            0   root
                6   .              _              .     O            5   punct
                7   ”              _              ''    O            5   punct
                """);

        assertThat(who(new DocumentOfSentenceBefore().speaker(article.quote("Peace must be lasting")))).isEqualTo("[the declaration]");
    }

    private static final Parsed MAYOR_MARSH = Parsed.article(MARSH_SAID_FAIR);

    @Test
    void aHeadlineThatNamesItsSpeakerByTitleBeforeAColonQuotesThem() {
        Parsed headline = Parsed.headline("""
                # text = Mayor: levy is a “fair deal”
                1   Mayor          _              NNP   TITLE        0   root
                2   :              _              :     O            1   punct
                3   levy           _              NN    O            8   nsubj
                4   is             be             VBZ   O            8   cop
                5   a              _              DT    O            8   det
                6   “              _              ``    O            8   punct
                7   fair           _              JJ    O            8   amod
                8   deal           _              NN    O            1   parataxis
                9   ”              _              ''    O            1   punct
                """, MAYOR_MARSH, List.of(), List.of());

        assertThat(who(new HeadlineSpeakerPrefix().speaker(headline.quote("fair deal")))).isEqualTo("Helena Marsh");
    }

    @Test
    void aHeadlinesVerbOfSayingNamesTheBodysPerson() {
        Parsed headline = Parsed.headline("""
                # text = Marsh calls levy a “fair deal”
                1   Marsh          _              NNP   PERSON       2   nsubj
                2   calls          call           VBZ   O            0   root
                3   levy           _              NN    O            7   dep
                4   a              _              DT    O            7   det
                5   “              _              ``    O            7   punct
                6   fair           _              JJ    O            7   amod
                7   deal           _              NN    O            2   obj
                8   ”              _              ''    O            2   punct
                """, MAYOR_MARSH, List.of(), List.of());

        assertThat(who(new HeadlineSpeechVerb().speaker(headline.quote("fair deal")))).isEqualTo("Helena Marsh");
    }

    @Test
    void aHeadlineQuotingTheBodysWordsQuotesTheirSpeaker() {
        QuoteFound inBody = new QuoteFound(TextPart.BODY, 37, 54, "fair to everyone.", QuoteKind.PARTIAL, "Helena Marsh", null,
                AttributionRule.GOVERNING_SPEECH_VERB, 0, 56, null, 0.95);
        Parsed headline = Parsed.headline("""
                # text = Levy is “fair to everyone”
                1   Levy           levy           NN    O            3   nsubj
                2   is             be             VBZ   O            3   cop
                3   “              _              ``    O            4   punct
                4   fair           _              JJ    O            0   root
                5   to             _              IN    O            6   case
                6   everyone       _              NN    O            4   obl
                7   ”              _              ''    O            4   punct
                """, MAYOR_MARSH, List.of(inBody), List.of());

        assertThat(who(new HeadlineSameWordsInBody().speaker(headline.quote("fair to everyone")))).isEqualTo("Helena Marsh");
    }

    @Test
    void theNearestVerbOfSayingDecidesEvenForSomeoneTheArticleDoesNotName() {
        Parsed article = Parsed.article("""
                # text = He said that on the doorstep a pensioner had told him Labour had "forgotten towns like this".
                1   He             he             PRP   O            2   nsubj
                2   said           say            VBD   O            0   root
                3   that           _              IN    O            10  mark
                4   on             _              IN    O            6   case
                5   the            _              DT    O            6   det
                6   doorstep       _              NN    O            10  obl
                7   a              _              DT    O            8   det
                8   pensioner      _              NN    O            10  nsubj
                9   had            have           VBD   O            10  aux
                10  told           tell           VBN   O            2   ccomp
                11  him            he             PRP   O            10  iobj
                12  Labour         _              NNP   ORGANIZATION 10  obj
                13  had            have           VBD   O            15  aux
                14  "              _              ``    O            15  punct
                15  forgotten      forget         VBN   O            10  dep
                16  towns          town           NNS   O            15  obj
                17  like           _              IN    O            18  case
                18  this           _              DT    O            16  nmod
                19  "              _              ''    O            15  punct
                20  .              _              .     O            2   punct
                """);

        assertThat(who(new GoverningSpeechVerb().speaker(article.quote("forgotten towns")))).isEqualTo("[a pensioner]");
    }

    @Test
    void thoseSpokenToInThePassiveAreNotTheSpeakerButWhoeverReportsItIs() {
        Parsed article = Parsed.article("""
                # text = A nurse on the picket line said staff had been told last week to "expect the worst."
                1   A              a              DT    O            2   det
                2   nurse          _              NN    TITLE        7   nsubj
                3   on             _              IN    O            6   case
                4   the            _              DT    O            6   det
                5   picket         _              NN    O            6   compound
                6   line           _              NN    O            2   nmod
                7   said           say            VBD   O            0   root
                8   staff          _              NN    O            11  nsubj:pass
                9   had            have           VBD   O            11  aux
                10  been           be             VBN   O            11  aux:pass
                11  told           tell           VBN   O            7   ccomp
                12  last           _              JJ    DATE         13  amod         2026-W09
                13  week           _              NN    DATE         11  obl:tmod     2026-W09
                14  to             _              TO    O            16  mark
                15  "              _              ``    O            16  punct
                16  expect         _              VB    O            11  xcomp
                17  the            _              DT    O            18  det
                18  worst          bad            JJS   O            16  obj
                19  .              _              .     O            7   punct
                20  "              _              ''    O            7   punct
                """);

        assertThat(who(new GoverningSpeechVerb().speaker(article.quote("expect the worst")))).isEqualTo("[a nurse]");
    }

    @Test
    void aSpeakerThePipelineMisreadsPastAnAsideIsStillTheNounBeforeTheVerb() {
        Parsed article = Parsed.article("""
                # text = But one Labour MP, who asked not to be named, said the party's campaign had been "complacent from start to finish".
                1   But            but            CC    O            21  cc
                2   one            _              CD    NUMBER       4   nummod       1.0
                3   Labour         labour         NN    ORGANIZATION 4   compound
                4   MP             _              NNP   O            21  nsubj
                5   ,              _              ,     O            4   punct
                6   who            _              WP    O            13  obj
                7   asked          ask            VBD   O            13  nsubj
                8   not            _              RB    O            11  advmod
                9   to             _              TO    O            11  mark
                10  be             _              VB    O            11  aux:pass
                11  named          name           VBN   O            7   xcomp
                12  ,              _              ,     O            13  punct
                13  said           say            VBD   O            4   acl:relcl
                14  the            _              DT    O            15  det
                15  party          _              NN    O            17  nmod:poss
                16  's             _              POS   O            15  case
                17  campaign       _              NN    O            13  obj
                18  had            have           VBD   O            21  aux
                19  been           be             VBN   O            21  cop
                20  "              _              ``    O            21  punct
                21  complacent     _              JJ    O            0   root
                22  from           _              IN    O            23  case
                23  start          _              NN    O            21  obl
                24  to             _              IN    O            25  case
                25  finish         _              NN    O            23  obl
                26  "              _              ''    O            21  punct
                27  .              _              .     O            21  punct
                """);

        assertThat(who(new SpeechVerbInSentence().speaker(article.quote("complacent")))).isEqualTo("[MP]");
    }

    @Test
    void aDocumentsFindingIsTheDocumentsWordsWhereverItsVerbStands() {
        Parsed article = Parsed.article("""
                # text = An independent inquiry has found that families were "not listened to".
                1   An             a              DT    O            3   det
                2   independent    _              JJ    RELIGION     3   amod
                3   inquiry        _              NN    O            5   nsubj
                4   has            have           VBZ   O            5   aux
                5   found          find           VBN   O            0   root
                6   that           _              IN    O            11  mark
                7   families       family         NNS   O            11  nsubj:pass
                8   were           be             VBD   O            11  aux:pass
                9   "              _              ``    O            11  punct
                10  not            _              RB    O            11  advmod
                11  listened       listen         VBN   O            5   ccomp
                12  to             _              IN    O            13  case
                13  "              _              ''    O            11  punct
                14  .              _              .     O            5   punct
                """);

        assertThat(who(new GoverningSpeechVerb().speaker(article.quote("not listened to")))).isEqualTo("[an independent inquiry]");
    }

    @Test
    void aNationalityForSomeoneJustNamedStandsForThem() {
        Parsed article = Parsed.article("""
                # text = Thornbury manager Luis Ferreira, who took over in November with the club 14th, was more measured.
                1   Thornbury      _              NNP   PERSON       2   compound
                2   manager        _              NN    TITLE        4   compound
                3   Luis           _              NNP   PERSON:MALE  4   compound
                4   Ferreira       _              NNP   PERSON:MALE  18  nsubj:pass
                5   ,              _              ,     O            4   punct
                6   who            _              WP    O            7   nsubj
                7   took           take           VBD   O            4   acl:relcl
                8   over           _              RP    O            7   compound:prt
                9   in             _              IN    O            10  case
                10  November       _              NNP   DATE         7   obl          2025-11
                11  with           _              IN    O            14  case
                12  the            _              DT    O            14  det
                13  club           _              NN    O            14  compound
                14  14th           _              NN    ORDINAL      7   obl          14.0
                15  ,              _              ,     O            18  punct
                16  was            be             VBD   O            18  aux:pass
                17  more           _              RBR   O            18  advmod
                18  measured       measure        VBN   O            0   root
                19  .              _              .     O            18  punct
                # newpar
                # text = "We were not good in the first half," the Portuguese said.
                1   "              _              ``    O            14  punct
                2   We             we             PRP   O            5   nsubj
                3   were           be             VBD   O            5   cop
                4   not            _              RB    O            5   advmod
                5   good           _              JJ    O            14  ccomp
                6   in             _              IN    O            9   case
                7   the            _              DT    O            9   det
                8   first          _              JJ    ORDINAL      9   amod         1.0
                9   half           _              NN    O            5   obl
                10  ,              _              ,     O            14  punct
                11  "              _              ''    O            14  punct
                12  the            _              DT    O            13  det
                13  Portuguese     _              NNP   NATIONALITY  14  nsubj
                14  said           say            VBD   O            0   root
                15  .              _              .     O            14  punct
                """);

        assertThat(who(new GoverningSpeechVerb().speaker(article.quote("We were not good")))).isEqualTo("Luis Ferreira");
    }

    @Test
    void aWordThatNamesSomeoneAgainStandsForThePersonTheSentenceBeforeIsAbout() {
        Parsed article = Parsed.article("""
                # text = Hargan had no such doubts.
                1   Hargan         _              NNP   PERSON       2   nsubj
                2   had            have           VBD   O            0   root
                3   no             _              DT    O            5   det
                4   such           _              JJ    O            5   amod
                5   doubts         doubt          NNS   O            2   obj
                6   .              _              .     O            2   punct
                # newpar
                # text = "It's clear as day," the Castlegate boss said.
                1   "              _              ``    O            12  punct
                2   It             it             PRP   O            4   nsubj
                3   's             be             VBZ   O            4   cop
                4   clear          _              JJ    O            12  ccomp
                5   as             _              IN    O            6   case
                6   day            _              NN    DURATION     4   obl          P1D
                7   ,              _              ,     O            12  punct
                8   "              _              ''    O            12  punct
                9   the            _              DT    O            11  det
                10  Castlegate     _              NNP   MISC         11  compound
                11  boss           _              NN    TITLE        12  nsubj
                12  said           say            VBD   O            0   root
                13  .              _              .     O            12  punct
                """);

        assertThat(who(new GoverningSpeechVerb().speaker(article.quote("clear as day")))).isEqualTo("Hargan");
    }

    @Test
    void aRoleTheArticleGaveSomeoneInARelativeClauseNamesThemLater() {
        Parsed article = Parsed.article("""
                # text = Lord Brantwood, who was health minister when concerns were first raised, gave evidence in November.
                1   Lord           _              NNP   O            2   compound
                2   Brantwood      _              NNP   PERSON       0   root
                3   ,              _              ,     O            2   punct
                4   who            _              WP    O            7   nsubj
                5   was            be             VBD   O            7   cop
                6   health         _              NN    TITLE        7   compound
                7   minister       _              NN    TITLE        2   acl:relcl
                8   when           _              WRB   O            12  advmod
                9   concerns       concern        NNS   O            12  nsubj:pass
                10  were           be             VBD   O            12  aux:pass
                11  first          _              RB    ORDINAL      12  advmod       1.0
                12  raised         raise          VBN   O            7   advcl
                13  ,              _              ,     O            12  punct
                14  gave           give           VBD   O            15  amod
                15  evidence       _              NN    O            12  obj
                16  in             _              IN    O            17  case
                17  November       _              NNP   DATE         15  nmod         2025-11
                18  .              _              .     O            2   punct
                # text = The former minister told the inquiry he had "never been shown" a 2019 warning.
                1   The            the            DT    O            3   det
                2   former         _              JJ    O            3   amod
                3   minister       _              NN    TITLE        4   nsubj
                4   told           tell           VBD   O            0   root
                5   the            _              DT    O            6   det
                6   inquiry        _              NN    O            4   obj
                7   he             _              PRP   O            12  nsubj:pass
                8   had            have           VBD   O            12  aux
                9   "              _              ``    O            12  punct
                10  never          _              RB    O            12  advmod
                11  been           be             VBN   O            12  aux:pass
                12  shown          show           VBN   O            4   ccomp
                13  "              _              ``    O            12  punct
                14  a              _              DT    O            16  det
                15  2019           _              CD    DATE         16  nummod       2019
                16  warning        _              NN    O            12  obj
                17  .              _              .     O            4   punct
                """);

        assertThat(who(new GoverningSpeechVerb().speaker(article.quote("never been shown")))).isEqualTo("Lord Brantwood");
    }

    @Test
    void ofTwoPeopleWithTheRoleADescriptionStandsForTheOneNamedLast() {
        Parsed article = Parsed.article("""
                # text = Ofwat's chief executive, Fiona Strachan, says the company failed.
                1   Ofwat          _              NNP   ORGANIZATION 4   nmod:poss
                2   's             _              POS   O            1   case
                3   chief          _              JJ    TITLE        4   amod
                4   executive      _              NN    TITLE        9   nsubj
                5   ,              _              ,     O            4   punct
                6   Fiona          _              NNP   PERSON       7   compound
                7   Strachan       _              NNP   PERSON       4   appos
                8   ,              _              ,     O            4   punct
                9   says           say            VBZ   O            0   root
                10  the            _              DT    O            11  det
                11  company        _              NN    O            12  nsubj
                12  failed         fail           VBD   O            9   ccomp
                13  .              _              .     O            9   punct
                # newpar
                # text = Southvale's chief executive, Sir Nicholas Greaves, says he will not take a bonus.
                1   Southvale      _              NNP   PERSON       4   nmod:poss
                2   's             _              POS   O            1   case
                3   chief          _              JJ    TITLE        4   amod
                4   executive      _              NN    TITLE        10  nsubj
                5   ,              _              ,     O            4   punct
                6   Sir            _              NNP   O            8   compound
                7   Nicholas       _              NNP   PERSON:MALE  8   compound
                8   Greaves        _              NNP   PERSON:MALE  4   appos
                9   ,              _              ,     O            4   punct
                10  says           say            VBZ   O            0   root
                11  he             _              PRP   O            14  nsubj
                12  will           _              MD    O            14  aux
                13  not            _              RB    O            14  advmod
                14  take           _              VB    O            10  ccomp
                15  a              _              DT    O            16  det
                16  bonus          _              NN    O            14  obj
                17  .              _              .     O            10  punct
                # newpar
                # text = Asked whether he would resign, the chief executive said: "No."
                1   Asked          ask            VBN   O            10  advcl
                2   whether        _              IN    O            5   mark
                3   he             _              PRP   O            5   nsubj
                4   would          _              MD    O            5   aux
                5   resign         _              VB    O            1   ccomp
                6   ,              _              ,     O            10  punct
                7   the            _              DT    O            9   det
                8   chief          _              JJ    TITLE        9   amod
                9   executive      _              NN    TITLE        10  nsubj
                10  said           say            VBD   O            0   root
                11  :              _              :     O            10  punct
                12  "              _              ``    O            10  punct
                13  No             no             UH    O            10  discourse
                14  .              _              .     O            10  punct
                15  "              _              ''    O            10  punct
                """);

        assertThat(who(new SpeechVerbInSentence().speaker(article.quote("No")))).isEqualTo("Nicholas Greaves");
    }

    private static final String A_QUOTATION_OVER_TWO_PARAGRAPHS = """
            # text = Kate Ogilvie says: “The reef is telling us something different.
            1   Kate           _              NNP   PERSON:FEMALE 2  compound
            2   Ogilvie        _              NNP   PERSON:FEMALE 3  nsubj
            3   says           say            VBZ   O            0   root
            4   :              _              :     O            3   punct
            5   “              _              ``    O            9   punct
            6   The            the            DT    O            7   det
            7   reef           _              NN    O            9   nsubj
            8   is             be             VBZ   O            9   aux
            9   telling        tell           VBG   O            3   parataxis
            10  us             we             PRP   O            9   iobj
            11  something      _              NN    O            9   obj
            12  different      _              JJ    O            11  amod
            13  .              _              .     O            3   punct
            # newpar
            # text = “The decisions have to be made in this parliament.”
            1   “              _              ``    O            4   punct
            2   The            the            DT    O            3   det
            3   decisions      decision       NNS   O            4   nsubj
            4   have           _              VBP   O            0   root
            5   to             _              TO    O            7   mark
            6   be             _              VB    O            7   aux:pass
            7   made           make           VBN   O            4   xcomp
            8   in             _              IN    O            10  case
            9   this           _              DT    O            10  det
            10  parliament     _              NN    O            7   obl
            11  .              _              .     O            4   punct
            12  ”              _              ''    O            4   punct
            """;

    @Test
    void aQuoteOpeningTheParagraphAfterOneLeftOpenGoesOnWithTheSameSpeaker() {
        Parsed article = Parsed.article(A_QUOTATION_OVER_TWO_PARAGRAPHS)
                .decided("telling us something different", "Kate Ogilvie", AttributionRule.GOVERNING_SPEECH_VERB);

        assertThat(who(new ContinuesOpenQuote().speaker(article.quote("decisions have to be made")))).isEqualTo("Kate Ogilvie");
    }

    @Test
    void aDocumentNamedInsideTheQuotationIsTheSpeakersWordNotTheSource() {
        Parsed article = Parsed.article(A_QUOTATION_OVER_TWO_PARAGRAPHS);

        assertThat(who(new DocumentSubject().speaker(article.quote("decisions have to be made")))).isEqualTo("nobody");
    }

    @Test
    void theOneQuotedAsSayingIsTheSpeakerNotTheAgencyThatCarriesIt() {
        Parsed article = Parsed.article("""
                # text = PN chairman Tan Sri Mahadzir Osman was quoted by Bernama as saying the coalition had faced “an uneven playing field” because of the state government’s machinery.
                1   PN             _              NNP   ORGANIZATION 2   compound
                2   chairman       _              NN    TITLE        6   compound
                3   Tan            _              NNP   PERSON       6   compound
                4   Sri            _              NNP   PERSON       6   compound
                5   Mahadzir       _              NNP   PERSON       6   compound
                6   Osman          _              NNP   PERSON       8   nsubj:pass
                7   was            be             VBD   O            8   aux:pass
                8   quoted         quote          VBN   O            0   root
                9   by             _              IN    O            10  case
                10  Bernama        _              NNP   ORGANIZATION 8   obl
                11  as             _              IN    O            16  mark
                12  saying         say            VBG   O            16  discourse
                13  the            _              DT    O            14  det
                14  coalition      _              NN    O            16  nsubj
                15  had            have           VBD   O            16  aux
                16  faced          face           VBN   O            8   advcl
                17  “              _              ``    O            21  punct
                18  an             a              DT    O            21  det
                19  uneven         _              JJ    O            21  amod
                20  playing        _              NN    O            21  compound
                21  field          _              NN    O            16  obj
                22  ”              _              ''    O            21  punct
                23  because        _              IN    O            29  case
                24  of             _              IN    O            23  fixed
                25  the            _              DT    O            27  det
                26  state          _              NN    O            27  compound
                27  government     _              NN    O            29  nmod:poss
                28  ’s             's             POS   O            27  case
                29  machinery      _              NN    O            16  obl
                30  .              _              .     O            8   punct
                """);

        assertThat(who(new GoverningSpeechVerb().speaker(article.quote("uneven playing field")))).isEqualTo("Mahadzir Osman");
    }

    @Test
    void aDocumentsOwnVerbAfterTheQuoteSaysTheWordsAreTheDocuments() {
        Parsed article = Parsed.article("""
                # text = Mothers and families who raised concerns about maternity care at Eastfield Hospitals NHS Trust were "repeatedly dismissed, disbelieved and not listened to", an independent inquiry has found.
                1   Mothers        mother         NNS   O            18  nsubj:pass
                2   and            _              CC    O            3   cc
                3   families       family         NNS   O            1   conj
                4   who            _              WP    O            5   nsubj
                5   raised         raise          VBD   O            1   acl:relcl
                6   concerns       concern        NNS   O            5   obj
                7   about          _              IN    O            9   case
                8   maternity      _              NN    O            9   compound
                9   care           _              NN    O            6   nmod
                10  at             _              IN    O            14  case
                11  Eastfield      _              NNP   ORGANIZATION 14  compound
                12  Hospitals      hospital       NNS   ORGANIZATION 14  compound
                13  NHS            nhs            NN    ORGANIZATION 14  compound
                14  Trust          _              NNP   O            6   nmod
                15  were           be             VBD   O            18  aux:pass
                16  "              _              ``    O            18  punct
                17  repeatedly     _              RB    O            18  advmod
                18  dismissed      dismiss        VBN   O            0   root
                19  ,              _              ,     O            18  punct
                20  disbelieved    disbelieve     VBN   O            18  conj
                21  and            _              CC    O            23  cc
                22  not            _              RB    O            23  advmod
                23  listened       listen         VBD   O            18  conj
                24  to             _              IN    O            31  case
                25  "              _              ``    O            31  punct
                26  ,              _              ,     O            31  punct
                27  an             a              DT    O            29  det
                28  independent    _              JJ    RELIGION     29  amod
                29  inquiry        _              NN    O            31  nsubj
                30  has            have           VBZ   O            31  aux
                31  found          find           VBN   O            23  obl
                32  .              _              .     O            18  punct
                """);

        assertThat(who(new SpeechVerbInSentence().speaker(article.quote("repeatedly dismissed")))).isEqualTo("[an independent inquiry]");
    }

    @Test
    void theSubjectBeforeAnAsideIsTheNounItsModifiersHangOn() {
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

        assertThat(who(new SpeechVerbInSentence().speaker(article.quote("very competitive"))))
                .isEqualTo("[an official familiar with the negotiations]");
    }

    @Test
    void aHeadlinesReportingClauseAfterTheQuoteSaysWhoseWordsTheyAre() {
        Parsed headline = Parsed.headline("""
                # text = Maternity inquiry: Families ‘were not listened to’, report finds
                1   Maternity      maternity      NN    O            2   compound
                2   inquiry        _              NN    O            0   root
                3   :              _              :     O            2   punct
                4   Families       family         NNS   O            8   nsubj:pass
                5   ‘              _              ``    O            8   punct
                6   were           be             VBD   O            8   aux:pass
                7   not            _              RB    O            8   advmod
                8   listened       listen         VBN   O            2   dep
                9   to             _              IN    O            12  case
                10  ’              _              ''    O            12  punct
                11  ,              _              ,     O            12  punct
                12  report         _              NN    O            8   obl
                13  finds          find           VBZ   O            8   dep
                """, MAYOR_MARSH, List.of(), List.of());

        assertThat(who(new HeadlineSpeechVerb().speaker(headline.quote("were not listened to")))).isEqualTo("nobody");
        assertThat(who(new HeadlineReportingClause().speaker(headline.quote("were not listened to")))).isEqualTo("[report]");
    }

    @Test
    void aPronounPrefersTheSubjectOfTheSentenceBeforeEvenWhereThatSubjectIsADescription() {
        Parsed article = Parsed.article("""
                # text = Its leader, Tom Baxter, led the campaign himself.
                1   Its            its            PRP$  O            2   nmod:poss
                2   leader         _              NN    TITLE        7   nsubj
                3   ,              _              ,     O            2   punct
                4   Tom            _              NNP   PERSON:MALE  5   compound
                5   Baxter         _              NNP   PERSON:MALE  2   appos
                6   ,              _              ,     O            2   punct
                7   led            lead           VBD   O            0   root
                8   the            _              DT    O            9   det
                9   campaign       _              NN    O            7   obj
                10  himself        _              PRP   O            7   obl:npmod
                11  .              _              .     O            7   punct
                # newpar
                # text = The Green leader beat the Liberal candidate Sam Roe by 3,000 votes.
                1   The            the            DT    O            3   det
                2   Green          _              NNP   MISC         3   compound
                3   leader         _              NN    TITLE        4   nsubj
                4   beat           _              VBD   O            0   root
                5   the            _              DT    O            7   det
                6   Liberal        liberal        JJ    IDEOLOGY     7   amod
                7   candidate      _              NN    TITLE        4   obj
                8   Sam            _              NNP   PERSON:MALE  9   compound
                9   Roe            _              NNP   PERSON:MALE  7   dep
                10  by             _              IN    O            12  case
                11  3,000          3000           CD    NUMBER       12  nummod       3000.0
                12  votes          vote           NNS   O            4   obl
                13  .              _              .     O            4   punct
                # text = In his speech, he said: “This is a new beginning for the town.”
                1   In             in             IN    O            3   case
                2   his            he             PRP$  O            3   nmod:poss
                3   speech         _              NN    O            6   obl
                4   ,              _              ,     O            6   punct
                5   he             _              PRP   O            6   nsubj
                6   said           say            VBD   O            0   root
                7   :              _              :     O            6   punct
                8   “              _              ``    O            6   punct
                9   This           this           DT    O            13  nsubj
                10  is             be             VBZ   O            13  cop
                11  a              _              DT    O            13  det
                12  new            _              JJ    O            13  amod
                13  beginning      _              NN    O            6   ccomp
                14  for            _              IN    O            16  case
                15  the            _              DT    O            16  det
                16  town           _              NN    O            13  nmod
                17  .              _              .     O            6   punct
                18  ”              _              ''    O            6   punct
                """);

        assertThat(who(new GoverningSpeechVerb().speaker(article.quote("a new beginning")))).isEqualTo("Tom Baxter");
    }

    @Test
    void aBareRoleStandsForSomeoneTheStoryHasJustBeenAboutNotAnyoneItEverGaveTheRole() {
        Parsed article = Parsed.article("""
                # text = Everett Sloane, president of the union, spoke.
                1   Everett        _              NNP   PERSON       2   compound
                2   Sloane         _              NNP   PERSON       8   nsubj
                3   ,              _              ,     O            2   punct
                4   president      _              NN    TITLE        2   appos
                5   of             _              IN    O            7   case
                6   the            _              DT    O            7   det
                7   union          _              NN    O            4   nmod
                8   spoke          speak          VBD   O            0   root
                9   .              _              .     O            8   punct
                # text = It rained.
                1   It             it             PRP   O            2   nsubj
                2   rained         rain           VBD   O            0   root
                3   .              _              .     O            2   punct
                # text = It rained.
                1   It             it             PRP   O            2   nsubj
                2   rained         rain           VBD   O            0   root
                3   .              _              .     O            2   punct
                # text = It rained.
                1   It             it             PRP   O            2   nsubj
                2   rained         rain           VBD   O            0   root
                3   .              _              .     O            2   punct
                # text = It rained.
                1   It             it             PRP   O            2   nsubj
                2   rained         rain           VBD   O            0   root
                3   .              _              .     O            2   punct
                # text = “We will sign it,” the president said.
                1   “              _              ``    O            10  punct
                2   We             we             PRP   O            4   nsubj
                3   will           _              MD    O            4   aux
                4   sign           _              VB    O            10  ccomp
                5   it             _              PRP   O            4   obj
                6   ,              _              ,     O            10  punct
                7   ”              _              ''    O            10  punct
                8   the            _              DT    O            9   det
                9   president      _              NN    TITLE        10  nsubj
                10  said           say            VBD   O            0   root
                11  .              _              .     O            10  punct
                """);

        assertThat(who(new GoverningSpeechVerb().speaker(article.quote("We will sign it")))).isEqualTo("[the president]");
    }

    @Test
    void anOrganisationIsLabelledByTheWholeNameThePipelineFound() {
        Parsed article = Parsed.article("""
                # text = The Royal College of Midwives said the report was “damning.”
                1   The            the            DT    O            3   det
                2   Royal          _              NNP   ORGANIZATION 3   compound
                3   College        _              NNP   ORGANIZATION 6   nsubj
                4   of             _              IN    ORGANIZATION 5   case
                5   Midwives       _              NNP   ORGANIZATION 3   nmod
                6   said           say            VBD   O            0   root
                7   the            _              DT    O            8   det
                8   report         _              NN    O            11  nsubj
                9   was            be             VBD   O            11  cop
                10  “              _              ``    O            11  punct
                11  damning        _              JJ    O            6   ccomp
                12  .              _              .     O            6   punct
                13  ”              _              ''    O            6   punct
                """);

        assertThat(who(new GoverningSpeechVerb().speaker(article.quote("damning")))).isEqualTo("[the Royal College of Midwives]");
    }
}
