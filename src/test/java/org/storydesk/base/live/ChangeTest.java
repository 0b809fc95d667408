package org.storydesk.base.live;

import org.storydesk.Seeds;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a merge's notice says it changed, item by item, so each open view can tell whether it shows one. */
class ChangeTest {

    @Test
    void aMergeNamesTheItemsItChangedByType() {
        Change change = Change.merged(Seeds.STORY, Map.of("quote", List.of("q-1", "q-2"), "person", List.of("ada-brooks"), "article", List.of("12")));

        Change heard = Change.of(change.payload());

        assertThat(heard.kind()).isEqualTo(Change.MERGE);
        assertThat(heard.ids("quote")).containsExactlyInAnyOrder("q-1", "q-2");
        assertThat(heard.ids("person")).containsExactly("ada-brooks");
        assertThat(heard.ids("event")).isEmpty();
        assertThat(heard.anything()).isFalse();
        assertThat(heard.byTheAnalysis()).isTrue();
    }

    @Test
    void aMergeTooLargeForOneNoticeSaysAnythingMayHaveChanged() {
        List<String> many = IntStream.range(0, 2_000).mapToObj(i -> "q-" + i).toList();

        Change change = Change.merged(Seeds.STORY, Map.of("quote", many));

        assertThat(change.anything()).isTrue();
        assertThat(change.payload().length()).isLessThan(8_000);
    }

    @Test
    void anEditorsWriteIsNotTheAnalysis() {
        assertThat(new Change(Seeds.STORY, "note", "quote:q-1").byTheAnalysis()).isFalse();
        assertThat(new Change(Seeds.STORY, "note", "quote:q-1").ids("quote")).isEmpty();
    }
}
