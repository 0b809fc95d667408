package org.storydesk.analysis.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A hand-made parse reads like the pipeline's, and words are cut from the text by their offsets. */
class NlpDocumentTest {

    private static final String TWO_PARAGRAPHS = """
            # text = “We are done,” Mayor Helena Marsh said (on Monday).
            1   “              _              ``    O            10  punct
            2   We             we             PRP   O            4   nsubj:pass
            3   are            be             VBP   O            4   aux:pass
            4   done           do             VBN   O            10  ccomp
            5   ,              _              ,     O            10  punct
            6   ”              _              ''    O            10  punct
            7   Mayor          _              NNP   TITLE        9   compound
            8   Helena         _              NNP   PERSON:FEMALE 9  compound
            9   Marsh          _              NNP   PERSON:FEMALE 10 nsubj
            10  said           say            VBD   O            0   root
            11  (              _              -LRB- O            13  punct
            12  on             _              IN    O            13  case
            13  Monday         _              NNP   DATE         10  obl          2026-03-02
            14  )              _              -RRB- O            13  punct
            15  .              _              .     O            10  punct
            # newpar
            # text = Lopez’s  envoy left.
            1   Lopez          _              NNP   PERSON       3   nmod:poss
            2   ’s             's             POS   O            1   case
            3   envoy          _              NN    O            4   nsubj
            4   left           leave          VBD   O            0   root
            5   .              _              .     O            4   punct
            """;

    @Test
    void aListedParseHasTheTextItsTokensAndItsMentionsAtTheirOffsets() {
        NlpDocument document = NlpDocument.fromConll(TWO_PARAGRAPHS);

        assertThat(document.text()).isEqualTo("“We are done,” Mayor Helena Marsh said (on Monday).\n\nLopez’s  envoy left.");
        assertThat(document.sentences()).hasSize(2);
        NlpDocument.Sentence first = document.sentences().getFirst();
        assertThat(first.token(9).head()).isEqualTo(-1);
        assertThat(first.token(8).head()).isEqualTo(9);
        assertThat(first.mentions()).extracting(NlpDocument.Mention::type, NlpDocument.Mention::text, NlpDocument.Mention::gender)
                .containsExactly(tuple("TITLE", "Mayor", null),
                        tuple("PERSON", "Helena Marsh", Gender.FEMALE),
                        tuple("DATE", "Monday", null));
        assertThat(first.mentions().get(2).normalized()).isEqualTo("2026-03-02");
        assertThat(document.sentenceAt(document.text().indexOf("envoy")).index()).isEqualTo(1);
    }

    @Test
    void aParseWrittenOutReadsBackTheSame() {
        NlpDocument document = NlpDocument.fromConll(TWO_PARAGRAPHS);
        NlpDocument again = NlpDocument.fromConll(document.toConll());

        assertThat(again.sentences()).isEqualTo(document.sentences());
    }

    @Test
    void wordsAreCutFromTheTextAsWrittenWithRunsApartByOneSpace() {
        NlpDocument document = NlpDocument.fromConll(TWO_PARAGRAPHS);
        NlpDocument.Sentence first = document.sentences().getFirst();
        NlpDocument.Sentence second = document.sentences().get(1);

        assertThat(document.words(first, 10, 14)).isEqualTo("(on Monday)");
        assertThat(document.words(first, List.of(6, 7, 8, 9, 11, 12))).isEqualTo("Mayor Helena Marsh said on Monday");
        assertThat(document.words(second, 0, 3)).isEqualTo("Lopez’s envoy");
        assertThat(document.words(second, List.of())).isEmpty();
    }

    @Test
    void aWordThatIsNotInTheSentenceSaysWhere() {
        assertThatThrownBy(() -> NlpDocument.fromConll("""
                # text = Marsh said.
                1   Marsh   _   NNP   PERSON   2   nsubj
                2   told    tell   VBD   O   0   root
                """)).hasMessageContaining("“told” is not in “Marsh said.”");
    }
}
