package org.storydesk.base;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The filter as it travels in a URL: what goes out comes back, and a bad URL says what is wrong. */
class StoryFilterTest {

    @Test
    void aFilterSurvivesTheRoundTripThroughItsQuery() {
        StoryFilter filter = new StoryFilter(Set.of(PersonSlug.of("mark-carney"), PersonSlug.of("jennie-carignan")),
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6));

        Map<String, List<String>> query = filter.toQuery();

        assertThat(query).containsExactly(
                Map.entry("person", List.of("jennie-carignan", "mark-carney")),
                Map.entry("from", List.of("2026-01-05")),
                Map.entry("to", List.of("2026-01-06")));
        assertThat(StoryFilter.fromQuery(query)).isEqualTo(filter);
    }

    @Test
    void noParametersMeanEverythingAndAnOpenEndedRangeIsKeptOpen() {
        assertThat(StoryFilter.fromQuery(Map.of())).isEqualTo(StoryFilter.EVERYTHING);
        assertThat(StoryFilter.EVERYTHING.toQuery()).isEmpty();

        StoryFilter since = StoryFilter.fromQuery(Map.of("from", List.of("2026-01-06"), "to", List.of("")));

        assertThat(since.from()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(since.to()).isNull();
        assertThat(since.toQuery()).containsOnlyKeys("from");
    }

    @Test
    void peopleMayAlsoComeCommaSeparatedAsAnIntegratorMightWriteThem() {
        StoryFilter filter = StoryFilter.fromQuery(Map.of("person", List.of("mark-carney, jennie-carignan,")));

        assertThat(filter.slugs()).containsExactly("jennie-carignan", "mark-carney");
    }

    @Test
    void aMalformedOrBackwardsDateIsRefusedWithAMessageThatSaysWhatToWrite() {
        assertThatThrownBy(() -> StoryFilter.fromQuery(Map.of("from", List.of("6 January"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("YYYY-MM-DD").hasMessageContaining("6 January");
        assertThatThrownBy(() -> StoryFilter.fromQuery(Map.of("from", List.of("2026-01-07"), "to", List.of("2026-01-06"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backwards");
    }
}
