package org.storydesk.stories.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.storydesk.base.ArticleId;
import org.storydesk.base.ui.Formats;
import org.storydesk.stories.Article;
import org.storydesk.stories.Articles;

/** One article, read as it was written; the page as it was copied is one click away. */
@Route("stories/:article(\\d+)")
@PermitAll
public class ReaderView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Tabs tabs = new Tabs();
    final Tab cleanTab = new Tab("Article");
    final Tab rawTab = new Tab("Raw text");
    final Div body = new Div();
    final Pre raw = new Pre();
    final H2 headline = new H2();

    private final Articles articles;
    private String title = "Reader";

    ReaderView(Articles articles) {
        this.articles = articles;
        addClassName("sd-page");
    }

    static RouteParameters parameters(ArticleId article) {
        return new RouteParameters("article", Long.toString(article.value()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Article> article = event.getRouteParameters().getLong("article").map(ArticleId::of).flatMap(articles::find);
        removeAll();
        Anchor back = new Anchor("stories", "← All stories");
        back.addClassName("sd-back");
        if (article.isEmpty()) {
            Div missing = new Div(new H2("This article does not exist"),
                    new Paragraph("It may have been a link to an article of another database. Go back to the list of stories."));
            missing.addClassNames("sd-empty", "sd-panel");
            add(back, missing);
            title = "Article not found";
            return;
        }
        show(article.get());
        add(back, readerOf(article.get()));
    }

    private void show(Article article) {
        title = article.title();
        headline.setText(article.title());
        headline.setClassName("sd-untitled", !article.hasHeadline());
        body.removeAll();
        body.addClassName("sd-body");
        for (String paragraph : article.body().split("\n\n")) {
            body.add(new Paragraph(paragraph));
        }
        raw.setText(article.raw());
        raw.addClassName("sd-raw");
    }

    private Div readerOf(Article article) {
        Div kicker = new Div();
        kicker.addClassName("sd-kicker");
        Span outlet = new Span(article.outlet() == null ? "Unknown outlet" : article.outlet());
        outlet.addClassName(article.outlet() == null ? "sd-unknown" : "sd-outlet");
        kicker.add(outlet, new Span(article.byline() == null ? "No byline" : "By " + article.byline()),
                new Span(Formats.date(article.published())));

        Div facts = new Div(new Span(Formats.count(article.words(), "word", "words")),
                new Span("Source: " + article.source() + (article.version() > 1 ? " (version " + article.version() + ")" : "")),
                new Span(article.mediaType().equals("text/html") ? "From an HTML page" : "From plain text"));
        facts.addClassName("sd-facts");

        tabs.removeAll();
        tabs.add(cleanTab, rawTab);
        tabs.setSelectedTab(cleanTab);
        raw.setVisible(false);
        body.setVisible(true);
        tabs.addSelectedChangeListener(change -> {
            boolean showRaw = change.getSelectedTab() == rawTab;
            raw.setVisible(showRaw);
            body.setVisible(!showRaw);
        });

        Div paper = new Div(kicker, headline, facts, tabs, body, raw);
        paper.addClassName("sd-article");
        Div reader = new Div(paper);
        reader.addClassName("sd-reader");
        return reader;
    }

    @Override
    public String getPageTitle() {
        return title + " · Story Desk";
    }
}
