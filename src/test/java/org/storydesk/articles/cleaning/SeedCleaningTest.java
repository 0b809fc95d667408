package org.storydesk.articles.cleaning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.storydesk.Seeds;

import static org.assertj.core.api.Assertions.assertThat;

/** Each seed page cleans down to its article, start to end, and tells what it says of itself. */
class SeedCleaningTest {

    record Expected(Seeds seed, String startsWith, String endsWith, List<String> keeps, List<String> furniture,
                    Optional<String> outlet, Optional<String> headline, Optional<String> byline, Optional<LocalDate> published) {
    }

    private static final LocalDate SUMMIT_DAY = LocalDate.of(2026, 1, 6);

    static Stream<Expected> seeds() {
        return Stream.of(
                new Expected(Seeds.CANADIAN_PRESS_PARIS,
                        "Prime Minister Mark Carney says Canada will continue to build up its military might",
                        "and heads of state from Denmark and Finland.",
                        List.of("Other support could come in the form of logistics"),
                        List.of("Barrie's News Delivered To Your Inbox", "By submitting this form", "SafeUnsubscribe",
                                "Constant Contact", "This report by The Canadian Press"),
                        Optional.of("The Canadian Press"), Optional.empty(), Optional.empty(), Optional.of(SUMMIT_DAY)),
                new Expected(Seeds.TROOPS_ONLY_POSSIBILITY,
                        "At the meeting of the \"coalition of the willing\" in Paris on January 6",
                        "along with Greenland, the “western flank” of NATO.",
                        List.of("called the declaration “a big, big milestone,”"),
                        List.of("By Tamilla Hasanova", "PM: Troops to Ukraine only"),
                        Optional.empty(), Optional.of("PM: Troops to Ukraine only \"possibility\" as Canada boosts defence spending"),
                        Optional.of("Tamilla Hasanova"), Optional.empty()),
                new Expected(Seeds.INFONEWS_COALITION_STATEMENT,
                        "PARIS — Canada and Ukraine’s other allies in the “coalition of the willing” signed a statement Tuesday",
                        "we are making heavy investments in the Arctic,” he said.",
                        List.of("Rutte also praised Canada for taking a leadership role"),
                        List.of("Elevate your local knowledge", "Sign up for the iNFOnews newsletter", "Selecting your primary region",
                                "This report by The Canadian Press", "reCAPTCHA", "Want to share your thoughts",
                                "You must be logged in to post a comment"),
                        Optional.of("iNFOnews"), Optional.empty(), Optional.empty(), Optional.of(SUMMIT_DAY)),
                new Expected(Seeds.GLOBAL_NEWS_CARNEY_IN_PARIS,
                        "Prime Minister Mark Carney says Canada will continue to build up its military might",
                        "the focus of the leaders’ conversations Tuesday will be on Ukraine.",
                        List.of("He says that’s according to Ukrainian President Volodymyr Zelenskyy",
                                "A senior government official briefing reporters on the plane to Paris"),
                        List.of("SKIP TO MAIN CONTENT", "Trending Now", "Add Global News to Home Screen", "Press the share icon",
                                "Commenting Policy", "Click to play video", "Mackenzie Gray is travelling", "Share this item",
                                "sign up for breaking news alerts", "Get breaking National news", "By providing your email address",
                                "Story continues below advertisement", "appoints Chrystia Freeland as economic advisor",
                                "© 2026", "Sponsored content", "AdChoices", "2 min read", "Posted January", "By Craig Lord",
                                "Carney in Paris to discuss Canada’s role"),
                        Optional.of("Global News"), Optional.of("Carney in Paris to discuss Canada’s role in potential Ukraine ceasefire"),
                        Optional.of("Craig Lord"), Optional.of(SUMMIT_DAY)),
                new Expected(Seeds.CARNEY_ARRIVES_IN_PARIS,
                        "Mark Carney arrived in Paris on Monday as Canada prepared to take part in critical talks",
                        "Carney returns to Canada Tuesday evening after completing his meetings.",
                        List.of("Wide International Participation Expected", "Meetings With Key Leaders",
                                "Carney’s schedule includes meetings with NATO Secretary-General Mark Rutte"),
                        List.of("steps onto a government aircraft", "Tags:", "How useful was this post?", "Click on a star",
                                "Average rating", "No votes so far", "You may also like", "Most Wanted Fugitive", "Dingoes",
                                "Epstein", "Canadian Man in ICE Custody", "Gripen"),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(SUMMIT_DAY)));
    }

    private final PageCleaner cleaner = new PageCleaner();

    @ParameterizedTest
    @MethodSource("seeds")
    void theBodyRunsFromTheArticlesFirstSentenceToItsLast(Expected expected) {
        String body = cleaner.cleanText(expected.seed().text()).body();

        assertThat(body).startsWith(expected.startsWith()).endsWith(expected.endsWith());
        assertThat(body).contains(expected.keeps());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noPageFurnitureIsLeftInTheBody(Expected expected) {
        String body = cleaner.cleanText(expected.seed().text()).body();

        for (String furniture : expected.furniture()) {
            assertThat(body).as("furniture left in %s", expected.seed()).doesNotContain(furniture);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theMetadataIsWhatThePageSaysAndNothingIsGuessed(Expected expected) {
        PageMetadata metadata = cleaner.cleanText(expected.seed().text()).metadata();

        assertThat(metadata.outlet()).as("outlet").isEqualTo(expected.outlet());
        assertThat(metadata.headline()).as("headline").isEqualTo(expected.headline());
        assertThat(metadata.byline()).as("byline").isEqualTo(expected.byline());
        assertThat(metadata.published()).as("published").isEqualTo(expected.published());
    }
}
