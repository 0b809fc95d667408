package org.storydesk.articles.cleaning;

import java.time.LocalDate;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page as text, one block element to a line, read with jsoup and never rendered.
 * Scripts, styles and the page's own navigation, asides and footers are dropped by their
 * elements; the rest goes through the same cleaning as pasted text. The markup's own
 * statements (the {@code h1}, {@code time datetime}, a byline element, {@code og:site_name}) are kept as metadata.
 */
final class HtmlPages {

    record HtmlText(String text, PageMetadata metadata) {
    }

    private static final String DROPPED = "script, style, noscript, template, iframe, svg, canvas, nav, aside, footer, form, "
            + "button, select, figure, figcaption, [hidden], [aria-hidden=true], .advertisement, .ad, .ads, .share, .social, "
            + ".newsletter, .related, .comments, .cookie, .cookies";

    HtmlText toText(String html) {
        Document document = Jsoup.parse(html);
        PageMetadata metadata = metadata(document);
        Element root = document.selectFirst("article");
        if (root == null) {
            root = document.body();
        }
        root.select(DROPPED).remove();
        root.select("h1").remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    text.append('\n');
                }
            }
        }, root);
        return new HtmlText(text.toString().replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll(" ?\n ?", "\n"), metadata);
    }

    private static PageMetadata metadata(Document document) {
        Optional<String> headline = first(document, "article h1, h1").or(() -> meta(document, "og:title"));
        Optional<String> byline = first(document, ".byline, [rel=author], [itemprop=author]")
                .flatMap(text -> Bylines.parse(text.matches("(?i)^(by|written by)\\b.*") ? text : "By " + text))
                .or(() -> meta(document, "author").flatMap(name -> Bylines.parse("By " + name)));
        Optional<String> outlet = meta(document, "og:site_name");
        Optional<LocalDate> published = Optional.ofNullable(document.selectFirst("time[datetime]"))
                .map(time -> time.attr("datetime"))
                .flatMap(PublicationDates::find)
                .or(() -> meta(document, "article:published_time").flatMap(PublicationDates::find));
        return new PageMetadata(outlet, headline, byline, published);
    }

    private static Optional<String> first(Document document, String selector) {
        return Optional.ofNullable(document.selectFirst(selector))
                .map(Element::text)
                .map(String::strip)
                .filter(text -> !text.isEmpty());
    }

    private static Optional<String> meta(Document document, String property) {
        Element meta = document.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return Optional.ofNullable(meta).map(element -> element.attr("content").strip()).filter(text -> !text.isEmpty());
    }
}
