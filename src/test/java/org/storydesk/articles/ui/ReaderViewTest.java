package org.storydesk.articles.ui;

import org.storydesk.Seeds;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.IntegrationTest;
import org.storydesk.base.StoryFilter;
import org.storydesk.quotes.Quote;
import org.storydesk.quotes.QuoteQuery;
import org.storydesk.quotes.Quotes;
import org.storydesk.support.ViewTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader: the clean text with quotes and people marked, opened at the passage a source link points to. */
@IntegrationTest
@WithMockUser(username = "viewer", roles = "VIEWER")
class ReaderViewTest extends ViewTest {

    @Autowired
    Quotes quotes;

    private Quote.Source source;

    @BeforeEach
    void pickTheQuoteMostOutletsCarry() {
        Quote widest = quotes.list(new QuoteQuery(Seeds.STORY, StoryFilter.EVERYTHING, null, "reach"), 0, 1).getFirst();
        source = widest.sources().stream().filter(s -> !s.part().equals("headline")).findFirst().orElseThrow();
    }

    @Test
    void aSourceLinkOpensTheArticleWithThatPassageMarked() {
        ReaderView reader = open("stories/" + source.article().value() + "?at=" + source.start() + "-" + source.end(), ReaderView.class);

        List<Span> target = marked(reader, "sd-mark-target");
        String passage = String.join("", target.stream().map(Span::getText).toList());
        assertThat(passage.strip()).isEqualTo(source.text().strip());
    }

    @Test
    void quotesAreTintedBySpeakerAndPeopleMarkedAndAClickExplainsThem() {
        ReaderView reader = navigate("stories/" + source.article().value(), ReaderView.class);

        List<Span> quoted = marked(reader, "sd-mark-quote");
        assertThat(quoted).isNotEmpty();
        assertThat(marked(reader, "sd-mark-person")).isNotEmpty();
        assertThat(marked(reader, "sd-mark-target")).isEmpty();
        assertThat(reader.aside.getElement().getTextRecursively()).contains("tinted by speaker");

        test(quoted.getFirst()).click();

        // The aside explains the quote clicked (after the other stories the article is on, where there are any).
        assertThat(reader.aside.getElement().getTextRecursively()).containsPattern("Quote.*(unverified|verified|disputed|corrected)")
                .contains("Speaker found by").doesNotContain("tinted by speaker");
    }

    @Test
    void aLinkToAnArticleThatDoesNotExistSaysSo() {
        navigate("stories/999999", ReaderView.class);

        assertThat($(H2.class).single().getText()).isEqualTo("This article does not exist");
    }

    private List<Span> marked(ReaderView reader, String className) {
        return $(Span.class, reader.body).withClassName(className).all();
    }
}
