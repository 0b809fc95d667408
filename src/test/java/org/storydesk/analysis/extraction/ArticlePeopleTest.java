package org.storydesk.analysis.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The people of an article however its house style names them, on hand-parsed sentences (no pipeline). */
class ArticlePeopleTest {

    @Test
    void aPeerNamedOnlyByTitleAndSurnameKeepsTheTitleInTheName() {
        ArticlePeople people = people("""
                # text = Mr Corrigan met the rail minister, Lord Danby, last Thursday.
                1   Mr             _              NNP   O            2   compound
                2   Corrigan       _              NNP   PERSON       3   nsubj
                3   met            meet           VBD   O            0   root
                4   the            _              DT    O            6   det
                5   rail           _              NN    O            6   compound
                6   minister       _              NN    TITLE        3   obj
                7   ,              _              ,     O            6   punct
                8   Lord           _              NNP   O            9   compound
                9   Danby          _              NNP   PERSON       6   appos
                10  ,              _              ,     O            6   punct
                11  last           _              JJ    DATE         12  amod         2026-02-26
                12  Thursday       _              NNP   DATE         3   obl:tmod     2026-02-26
                13  .              _              .     O            3   punct
                # newpar
                # text = Lord Danby said the government would "not be held to ransom".
                1   Lord           _              NNP   O            2   compound
                2   Danby          _              NNP   PERSON       3   nsubj
                3   said           say            VBD   O            0   root
                4   the            _              DT    O            5   det
                5   government     _              NN    O            10  nsubj:pass
                6   would          _              MD    O            10  aux
                7   "              _              ``    O            10  punct
                8   not            _              RB    O            10  advmod
                9   be             _              VB    O            10  aux:pass
                10  held           hold           VBN   O            3   ccomp
                11  to             _              IN    O            12  case
                12  ransom         _              NN    O            10  obl
                13  "              _              ''    O            10  punct
                14  .              _              .     O            3   punct
                """);

        assertThat(people.all()).extracting(ArticlePeople.Person::name).containsExactly("Corrigan", "Lord Danby");
        assertThat(people.named("Danby")).map(ArticlePeople.Person::gender).contains(Gender.MALE);
    }

    @Test
    void theGivenNamesAloneAreTheOnePersonWhoseFullNameTheyBegin() {
        ArticlePeople people = people("""
                # text = Dr Siti Aminah Rashid won the seat.
                1   Dr             _              NNP   O            4   compound
                2   Siti           _              NNP   PERSON       4   compound
                3   Aminah         _              NNP   PERSON       4   compound
                4   Rashid         _              NNP   PERSON       5   nsubj
                5   won            win            VBD   O            0   root
                6   the            _              DT    O            7   det
                7   seat           _              NN    O            5   obj
                8   .              _              .     O            5   punct
                # newpar
                # text = Dr Siti Aminah told supporters she was grateful.
                1   Dr             _              NNP   O            3   compound
                2   Siti           _              NNP   PERSON       3   compound
                3   Aminah         _              NNP   PERSON       4   nsubj
                4   told           tell           VBD   O            0   root
                5   supporters     supporter      NNS   O            4   obj
                6   she            _              PRP   O            8   nsubj
                7   was            be             VBD   O            8   cop
                8   grateful       _              JJ    O            4   ccomp
                9   .              _              .     O            4   punct
                """);

        assertThat(people.all()).extracting(ArticlePeople.Person::name).containsExactly("Siti Aminah Rashid");
    }

    @Test
    void aSurnameOfTwoWordsAloneIsThePersonWhoseNameItEnds() {
        ArticlePeople people = people("""
                # text = Aisha Al Mazrouei leads the team.
                1   Aisha          _              NNP   PERSON       3   compound
                2   Al             _              NNP   PERSON       3   compound
                3   Mazrouei       _              NNP   PERSON       4   nsubj
                4   leads          lead           VBZ   O            0   root
                5   the            _              DT    O            6   det
                6   team           _              NN    O            4   obj
                7   .              _              .     O            4   punct
                # newpar
                # text = Al Mazrouei said the probe was ready.
                1   Al             _              NNP   PERSON       2   compound
                2   Mazrouei       _              NNP   PERSON       3   nsubj
                3   said           say            VBD   O            0   root
                4   the            _              DT    O            5   det
                5   probe          _              NN    O            7   nsubj
                6   was            be             VBD   O            7   cop
                7   ready          _              JJ    O            3   ccomp
                8   .              _              .     O            3   punct
                """);

        assertThat(people.all()).extracting(ArticlePeople.Person::name).containsExactly("Aisha Al Mazrouei");
    }

    @Test
    void anHonorificOfTwoWordsIsNotPartOfTheNameAndTheFamilyNameFirstStillNamesThePerson() {
        ArticlePeople people = people("""
                # text = PH secretary-general Datuk Seri Tan Chee Meng spoke first.
                1   PH             _              NNP   COUNTRY      2   compound
                2   secretary      _              NN    TITLE        9   compound
                3   -              _              HYPH  TITLE        2   punct
                4   general        _              JJ    TITLE        2   amod
                5   Datuk          _              NNP   PERSON       9   compound
                6   Seri           _              NNP   PERSON       9   compound
                7   Tan            _              NNP   PERSON       9   compound
                8   Chee           _              NNP   PERSON       9   compound
                9   Meng           _              NNP   PERSON       10  nsubj
                10  spoke          speak          VBD   O            0   root
                11  first          _              RB    ORDINAL      10  advmod       1.0
                12  .              _              .     O            10  punct
                # newpar
                # text = "They want roads," Tan said.
                1   "              _              ``    O            8   punct
                2   They           they           PRP   O            3   nsubj
                3   want           _              VBP   O            8   ccomp
                4   roads          road           NNS   O            3   obj
                5   ,              _              ,     O            8   punct
                6   "              _              ''    O            8   punct
                7   Tan            _              NNP   PERSON       8   nsubj
                8   said           say            VBD   O            0   root
                9   .              _              .     O            8   punct
                """);

        assertThat(people.all()).extracting(ArticlePeople.Person::name).containsExactly("Tan Chee Meng");
        assertThat(people.all().getFirst().variants).contains("Tan");
    }

    @Test
    void aNameTheArticleGivesInitialsForInBracketsIsAnOrganisation() {
        ArticlePeople people = people("""
                # text = Pakatan Harapan (PH) retained the seat.
                1   Pakatan        _              NNP   PERSON       2   compound
                2   Harapan        _              NNP   PERSON       6   nsubj
                3   (              _              -LRB- O            2   punct
                4   PH             _              NNP   COUNTRY      2   dep
                5   )              _              -RRB- O            2   punct
                6   retained       retain         VBD   O            0   root
                7   the            _              DT    O            8   det
                8   seat           _              NN    O            6   obj
                9   .              _              .     O            6   punct
                """);

        assertThat(people.all()).isEmpty();
    }

    @Test
    void anHonorificThePipelineTookIntoTheNameStillSaysTheGender() {
        ArticlePeople people = people("""
                # text = Dame Rosalind Carey says the findings are "deeply distressing".
                1   Dame           _              NNP   PERSON       3   compound
                2   Rosalind       _              NNP   PERSON       3   compound
                3   Carey          _              NNP   PERSON       4   nsubj
                4   says           say            VBZ   O            0   root
                5   the            _              DT    O            6   det
                6   findings       finding        NNS   O            10  nsubj
                7   are            be             VBP   O            10  cop
                8   "              _              ``    O            10  punct
                9   deeply         _              RB    O            10  advmod
                10  distressing    _              JJ    O            4   ccomp
                11  "              _              ''    O            10  punct
                12  .              _              .     O            4   punct
                """);

        assertThat(people.all()).extracting(ArticlePeople.Person::name, ArticlePeople.Person::gender)
                .containsExactly(tuple("Rosalind Carey", Gender.FEMALE));
    }

    private static ArticlePeople people(String conll) {
        return ArticlePeople.of(NlpDocument.fromConll(conll));
    }
}
