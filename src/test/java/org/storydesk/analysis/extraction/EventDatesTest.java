package org.storydesk.analysis.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A happening's date as its clause tells it, on hand-parsed sentences whose time expressions carry
 * values SUTime could have given: a weekday or a month without its year is read by tense, never by
 * what SUTime carried over from the article it read before.
 */
class EventDatesTest {

    /** Thursday 5 March 2026. */
    private static final LocalDate THURSDAY = LocalDate.of(2026, 3, 5);

    @Test
    void aWeekdayOfWhatHappenedIsTheLastOneAndOfWhatWillTheNextOne() {
        assertThat(dateOf("""
                # text = The council met on Monday.
                1   The            the            DT    O            2   det
                2   council        _              NN    O            3   nsubj
                3   met            meet           VBD   O            0   root
                4   on             _              IN    O            5   case
                5   Monday         _              NNP   DATE         3   obl          2026-03-09
                6   .              _              .     O            3   punct
                """)).isEqualTo("2026-03-02");
        assertThat(dateOf("""
                # text = The council will vote on Monday.
                1   The            the            DT    O            2   det
                2   council        _              NN    O            4   nsubj
                3   will           _              MD    O            4   aux
                4   vote           _              VB    O            0   root
                5   on             _              IN    O            6   case
                6   Monday         _              NNP   DATE         4   obl          2026-03-02
                7   .              _              .     O            4   punct
                """)).isEqualTo("2026-03-09");
    }

    @Test
    void aWeekdayInThePresentTenseIsTheNearestOne() {
        assertThat(dateOf("""
                # text = The assembly sits on Saturday.
                1   The            the            DT    O            2   det
                2   assembly       _              NN    O            3   nsubj
                3   sits           sit            VBZ   O            0   root
                4   on             _              IN    O            5   case
                5   Saturday       _              NNP   DATE         3   obl          2026-02-28
                6   .              _              .     O            3   punct
                """)).isEqualTo("2026-03-07");
    }

    @Test
    void theWeekdayOfThePaperItselfIsThatDayForWhatWillHappenToo() {
        assertThat(dateOf("""
                # text = Leaders will meet on Thursday.
                1   Leaders        leader         NNS   O            3   nsubj
                2   will           _              MD    O            3   aux
                3   meet           _              VB    O            0   root
                4   on             _              IN    O            5   case
                5   Thursday       _              NNP   DATE         3   obl          2026-03-12
                6   .              _              .     O            3   punct
                """)).isEqualTo("2026-03-05");
    }

    @Test
    void aMonthWithoutItsYearIsLastYearsForWhatHappenedAndThisYearsForWhatWill() {
        assertThat(dateOf("""
                # text = The operators made a commitment in July.
                1   The            the            DT    O            2   det
                2   operators      operator       NNS   O            3   nsubj
                3   made           make           VBD   O            0   root
                4   a              _              DT    O            5   det
                5   commitment     _              NN    O            3   obj
                6   in             _              IN    O            7   case
                7   July           _              NNP   DATE         3   obl          2026-07
                8   .              _              .     O            3   punct
                """)).isEqualTo("2025-07");
        assertThat(dateOf("""
                # text = The team will return in October.
                1   The            the            DT    O            2   det
                2   team           _              NN    O            4   nsubj
                3   will           _              MD    O            4   aux
                4   return         _              VB    O            0   root
                5   in             _              IN    O            6   case
                6   October        _              NNP   DATE         4   obl          2025-10
                7   .              _              .     O            4   punct
                """)).isEqualTo("2026-10");
    }

    private static String dateOf(String conll) {
        NlpDocument document = NlpDocument.fromConll(conll);
        ArticlePeople people = ArticlePeople.of(document);
        List<ArticleAnalysis.EventFound> events = new Events(document, people, new Clauses(document, people), THURSDAY).find();
        assertThat(events).hasSize(1);
        return events.getFirst().date().toString();
    }
}
