package org.storydesk.quotes.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.Links;
import org.storydesk.base.ui.PersonChip;
import org.storydesk.quotes.Quote;

/**
 * A quote on the board: the words, who said them, full or partial, its status and reach; opened,
 * each sentence that carries it (the quote marked, a link into the article) and each outlet's
 * wording side by side, with the words that differ marked.
 */
public class QuoteCard extends Div {

    public QuoteCard(Quote quote) {
        addClassName("sd-card");
        getElement().setAttribute("data-quote", quote.id().value());

        // As the board shows it: without the comma or full stop the reporter's sentence put inside the marks.
        Div text = new Div(quote.text().replaceAll("^[\\s“\"]+|[\\s”\",;:]+$", ""));
        text.addClassName("sd-quote-text");

        Div meta = new Div();
        meta.addClassName("sd-card-meta");
        if (quote.speaker() != null) {
            meta.add(new PersonChip(quote.speaker()));
        } else {
            Span label = new Span(quote.speakerLabel() == null ? "Speaker not identified" : quote.speakerLabel());
            label.addClassNames("sd-speaker", "sd-speaker-label");
            meta.add(label);
        }
        Span kind = new Span(quote.kind());
        kind.addClassName("sd-badge");
        kind.getElement().setAttribute("data-kind", quote.kind());
        kind.getElement().setAttribute("title", quote.kind().equals("full")
                ? "A sentence or clause as it was said" : "A fragment woven into the reporter's sentence");
        Span status = new Span(quote.status());
        status.addClassName("sd-badge");
        status.getElement().setAttribute("data-status", quote.status());
        long outlets = quote.outlets();
        Span reach = new Span(outlets == 1 ? "1 outlet" : outlets + " outlets");
        reach.addClassName("sd-reach");
        meta.add(kind, status, reach, new Span(Formats.date(quote.saidOn())));
        if (quote.rule() != null) {
            meta.getElement().setAttribute("title", "Speaker decided by: " + quote.rule());
        }

        UnorderedList sentences = new UnorderedList();
        sentences.addClassName("sd-sources");
        for (Quote.Source source : quote.sources()) {
            sentences.add(sourceItem(source));
        }
        Div body = new Div(sentences);
        if (quote.variants().size() > 1) {
            body.add(variants(quote));
        }
        Details details = new Details((quote.sources().size() == 1 ? "Where it appears" : "Where it appears, in " + quote.sources().size() + " places")
                + (quote.variants().size() > 1 ? " · " + quote.variants().size() + " wordings" : ""), body);
        add(text, meta, details);
    }

    private static ListItem sourceItem(Quote.Source source) {
        Span outlet = new Span(Formats.source(source.outlet(), source.articleTitle()));
        outlet.addClassName("sd-source-outlet");
        outlet.setClassName("sd-source-untitled", source.outlet() == null);
        ListItem item = new ListItem(outlet);
        String sentence = source.sentence() == null ? source.text() : source.sentence();
        int from = source.start() - source.sentenceStart();
        int to = source.end() - source.sentenceStart();
        if (from >= 0 && to <= sentence.length() && from < to) {
            Span quoted = new Span(sentence.substring(from, to));
            quoted.addClassName("sd-diff");
            item.add(new Span(sentence.substring(0, from)), quoted, new Span(sentence.substring(to)));
        } else {
            item.add(new Span(sentence));
        }
        if (source.part().equals("headline")) {
            item.add(new Span(" (headline)"));
        }
        Anchor read = new Anchor(Links.passage(source.article(), source.start(), source.end()), "Read in context →");
        read.addClassName("sd-source-link");
        if (!source.part().equals("headline")) {
            item.add(read);
        }
        return item;
    }

    private static Div variants(Quote quote) {
        Div variants = new Div();
        variants.addClassName("sd-variants");
        List<String> wordings = quote.variants();
        String reference = wordings.getFirst();
        quote.wordings().forEach((wording, sources) -> {
            Div variant = new Div();
            variant.addClassName("sd-variant");
            Span label = new Span(sources.stream().map(s -> Formats.source(s.outlet(), s.articleTitle())).distinct()
                    .collect(Collectors.joining(", ")));
            label.addClassName("sd-variant-outlet");
            label.setClassName("sd-source-untitled", sources.stream().anyMatch(s -> s.outlet() == null));
            variant.add(label);
            for (WordDiff.Word word : WordDiff.against(wording, wording.equals(reference) ? wordings.get(1) : reference)) {
                Span span = new Span(word.text() + " ");
                if (word.different()) {
                    span.addClassName("sd-diff");
                }
                variant.add(span);
            }
            variants.add(variant);
        });
        return variants;
    }
}
