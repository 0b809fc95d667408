package org.storydesk.analysis.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/** Reads one article: its people, its quotes and their speakers, its dated events. */
@Component
public final class ArticleAnalyzer {

    private final NlpPipeline pipeline;

    public ArticleAnalyzer(NlpPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * @param body      the clean body, paragraphs separated by blank lines
     * @param headline  the headline, or null
     * @param published the publication date, against which "Tuesday" or "last month" is read; null if unknown
     */
    public ArticleAnalysis analyse(String body, String headline, LocalDate published) {
        NlpDocument document = pipeline.annotate(body, published);
        ArticlePeople people = ArticlePeople.of(document);
        Clauses clauses = new Clauses(document, people);
        Events events = new Events(document, people, clauses, published);
        List<ArticleAnalysis.EventFound> dated = events.find();
        Map<Integer, TimexDate> sentenceDates = events.sentenceDates(dated);
        Quotations quotations = new Quotations(document, people, clauses);
        Quotations.Found found = quotations.inBody(sentenceDates);

        List<ArticleAnalysis.QuoteFound> quotes = new ArrayList<>(found.quotes());
        if (headline != null && !headline.isBlank() && !QuoteSpans.in(headline, true).isEmpty()) {
            NlpDocument parsedHeadline = pipeline.annotate(headline, published);
            quotes.addAll(0, quotations.inHeadline(headline, parsedHeadline, found.quotes(), found.terms()));
        }
        return new ArticleAnalysis(
                people.all().stream().map(ArticlePeople.Person::found).toList(),
                List.copyOf(quotes), found.terms(), dated);
    }
}
