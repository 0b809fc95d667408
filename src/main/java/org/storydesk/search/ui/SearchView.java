package org.storydesk.search.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.storydesk.base.SearchWords;
import org.storydesk.base.Snippet;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryName;
import org.storydesk.base.ui.EmptyState;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.StoryNavigation;
import org.storydesk.search.Hit;
import org.storydesk.search.Results;
import org.storydesk.search.Search;

/**
 * What a search from the header found, in the story open (or across the desk): the quotes that hold
 * the words, then the articles, newest first, each with the words around the match marked and a
 * link that opens the reader at them. The words are in the URL ({@code ?q=}), so a search is a link.
 */
@Route("stories/:story/search")
@RouteAlias("search")
@PageTitle("Search")
@PermitAll
public class SearchView extends Div implements BeforeEnterObserver {

    private static final int PAGE = 50;

    final H2 title = new H2("Search");
    final Paragraph summary = new Paragraph();
    final Div quotes = new Div();
    final Div articles = new Div();
    final EmptyState empty = new EmptyState();
    final Anchor wider = new Anchor();

    private final Search search;
    private final StoryDirectory stories;

    SearchView(Search search, StoryDirectory stories) {
        this.search = search;
        this.stories = stories;
        addClassNames("sd-page", "sd-search");
        summary.addClassName("sd-lede");
        wider.addClassName("sd-toolbar-link");
        quotes.addClassName("sd-section");
        articles.addClassName("sd-section");
        Div head = new Div(title, summary, wider);
        head.addClassName("sd-page-head-stack");
        add(head, empty, quotes, articles);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StoryName story = null;
        if (event.getRouteParameters().get(StoryNavigation.STORY).isPresent()) {
            Optional<StoryName> named = StoryNavigation.storyOf(event, stories);
            if (named.isEmpty()) {
                return;
            }
            story = named.get();
        }
        String typed = event.getLocation().getQueryParameters().getParameters().getOrDefault("q", List.of("")).getFirst();
        quotes.removeAll();
        articles.removeAll();
        wider.setVisible(false);
        Optional<String> problem = SearchWords.problemWith(typed);
        if (problem.isPresent()) {
            summary.setText("");
            empty.show("Nothing to search for", problem.get() + ". Type words in the search box above and press Enter.");
            return;
        }
        Results found = search.find(SearchWords.of(typed), story, 0, PAGE);
        String where = story == null ? " across the desk" : " in " + story.name();
        title.setText("“" + found.words() + "”");
        summary.setText(count(found.quoteCount(), "quote", "quotes") + " and " + count(found.articleCount(), "article", "articles")
                + where + ", newest first.");
        if (story != null) {
            wider.setText("Search every story →");
            wider.setHref("search?q=" + java.net.URLEncoder.encode(found.words(), java.nio.charset.StandardCharsets.UTF_8));
            wider.setVisible(true);
        }
        if (found.isEmpty()) {
            empty.show("No quotes or articles" + where + " hold “" + found.words() + "”",
                    "Try other words, fewer of them, or search every story.");
        } else {
            empty.setVisible(false);
        }
        section(quotes, "Quotes", found.quotes(), found.quoteCount(), story == null);
        section(articles, "Articles", found.articles(), found.articleCount(), story == null);
    }

    private static String count(int n, String one, String many) {
        return n > Search.COUNTED ? "More than " + String.format(java.util.Locale.ROOT, "%,d", Search.COUNTED) + " " + many
                : Formats.count(n, one, many);
    }

    private void section(Div into, String heading, List<Hit> hits, int total, boolean acrossTheDesk) {
        into.setVisible(!hits.isEmpty());
        if (hits.isEmpty()) {
            return;
        }
        into.add(new H3(heading + (total > hits.size() ? " (the latest " + hits.size() + ")" : "")));
        for (Hit hit : hits) {
            into.add(card(hit, acrossTheDesk));
        }
    }

    private static Div card(Hit hit, boolean acrossTheDesk) {
        Div card = new Div();
        card.addClassNames("sd-card", "sd-hit");
        card.getElement().setAttribute("data-kind", hit.kind().code());
        Div meta = new Div();
        meta.addClassName("sd-hit-meta");
        if (acrossTheDesk) {
            Span story = new Span(hit.story() == null ? "On no story" : hit.story().name());
            story.addClassNames("sd-badge", "sd-story-chip");
            meta.add(story);
        }
        String who = hit.kind() == Hit.Kind.QUOTE ? hit.speaker() : hit.outlet() == null ? "Unknown outlet" : hit.outlet();
        meta.add(new Span(who + (hit.date() == null ? "" : " · " + Formats.date(hit.date()))));
        Div words = new Div();
        words.addClassName(hit.kind() == Hit.Kind.QUOTE ? "sd-quote-text" : "sd-hit-snippet");
        marked(words, hit.snippet());
        card.add(meta, words);
        String link = hit.link();
        if (hit.kind() == Hit.Kind.ARTICLE && hit.headline() != null) {
            Div headline = new Div(link == null ? new Span(hit.headline()) : new Anchor(link, hit.headline()));
            headline.addClassName("sd-headline");
            card.addComponentAsFirst(headline);
        }
        if (link != null) {
            Anchor open = new Anchor(link, hit.kind() == Hit.Kind.QUOTE ? "Read it in " + (hit.headline() == null ? "its article" : "“" + hit.headline() + "”") + " →"
                    : "Open the article at these words →");
            open.addClassName("sd-source-link");
            card.add(open);
        }
        return card;
    }

    /** The snippet's words, the matching ones marked: as text, never as markup. */
    private static void marked(Div into, Snippet snippet) {
        String text = snippet.text();
        int at = 0;
        for (int[] mark : snippet.marks()) {
            if (mark[0] > at) {
                into.add(new Span(text.substring(at, mark[0])));
            }
            Span match = new Span(text.substring(mark[0], mark[1]));
            match.addClassName("sd-search-mark");
            into.add(match);
            at = mark[1];
        }
        if (at < text.length()) {
            into.add(new Span(text.substring(at)));
        }
    }
}
