package org.storydesk.analysis.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.storydesk.analysis.extraction.quotes.Quotations;

/** Reads one article: its people, its quotes and their speakers, its dated events. */
@Component
public final class ArticleAnalyzer {

    private final NlpPipeline pipeline;
    private final AnalysisRules rules;

    @Autowired
    public ArticleAnalyzer(NlpPipeline pipeline) {
        this(pipeline, AnalysisRules.ALL);
    }

    /** An analyzer with some rules switched off, to see what each is worth. */
    public ArticleAnalyzer(NlpPipeline pipeline, AnalysisRules rules) {
        this.pipeline = pipeline;
        this.rules = rules;
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
        Map<Integer, TimexDate> sentenceDates = events.sentenceDates();
        Quotations quotations = new Quotations(document, people, clauses, rules);
        Quotations.Found found = quotations.inBody(sentenceDates);

        List<ArticleAnalysis.QuoteFound> quotes = new ArrayList<>(found.quotes());
        if (headline != null && !headline.isBlank() && !QuoteSpans.in(headline, true).isEmpty()) {
            quotes.addAll(0, quotations.inHeadline(pipeline.annotate(headline, published), found));
        }
        return new ArticleAnalysis(
                people.all().stream().map(ArticlePeople.Person::found).toList(),
                List.copyOf(quotes), found.terms(), dated);
    }
}
