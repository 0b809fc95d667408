package org.storydesk.analysis.extraction;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates as articles give them: a day, a week or a month, with or without a year. */
class TimexDateTest {

    @Test
    void aDayAWeekAndAMonthReadAndWriteInTimexForm() {
        assertThat(TimexDate.parse("2026-01-05")).contains(TimexDate.ofDay(LocalDate.of(2026, 1, 5)));
        assertThat(TimexDate.parse("XXXX-01-05")).contains(TimexDate.ofDayWithoutYear(1, 5));
        assertThat(TimexDate.parse("2026-W02")).contains(TimexDate.ofWeek(2026, 2));
        assertThat(TimexDate.parse("2026-01")).contains(TimexDate.ofMonth(2026, 1));
        for (String timex : new String[] {"2026-01-05", "XXXX-01-05", "2026-W02", "2026-01"}) {
            assertThat(TimexDate.fromJson(timex).toString()).isEqualTo(timex);
        }
    }

    @Test
    void whatIsNotAWholeDayWeekOrMonthIsNoDate() {
        assertThat(TimexDate.parse("2026-SU")).isEmpty();
        assertThat(TimexDate.parse("P5Y")).isEmpty();
        assertThat(TimexDate.parse("2026-13-01")).isEmpty();
        assertThat(TimexDate.parse("XXXX-W02")).isEmpty();
        assertThatThrownBy(() -> TimexDate.fromJson("next week")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDayBeforeADayWithoutAYearStaysWithoutAYear() {
        assertThat(TimexDate.ofDayWithoutYear(3, 1).plusDays(-1)).isEqualTo(TimexDate.ofDayWithoutYear(2, 29));
        assertThat(TimexDate.ofDay(LocalDate.of(2026, 3, 1)).plusDays(-1)).isEqualTo(TimexDate.ofDay(LocalDate.of(2026, 2, 28)));
    }

    @Test
    void aDayThatDoesNotExistInTheYearIsNoCalendarDay() {
        assertThat(TimexDate.ofDayWithoutYear(2, 29).toLocalDate(2026)).isEmpty();
        assertThat(TimexDate.ofDayWithoutYear(2, 29).toLocalDate(2028)).contains(LocalDate.of(2028, 2, 29));
        assertThat(TimexDate.ofMonth(2026, 1).toLocalDate()).isEmpty();
    }
}
