package org.storydesk.stories.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import org.storydesk.base.PersonName;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.Links;
import org.storydesk.base.ui.StoryNavigation;
import org.storydesk.people.People;
import org.storydesk.people.PersonPlace;
import org.storydesk.quotes.Quote;
import org.storydesk.quotes.Quotes;
import org.storydesk.stories.Article;
import org.storydesk.stories.Articles;

/**
 * One article, read as it was written, with its quotes tinted by speaker and its people marked;
 * clicking either says what it is. A link from a source opens the reader on that passage, marked.
 * The page as it was copied is one click away.
 */
@Route("stories/:article(\\d+)")
@PermitAll
public class ReaderView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Tabs tabs = new Tabs();
    final Tab cleanTab = new Tab("Article");
    final Tab rawTab = new Tab("Raw text");
    final Div body = new Div();
    final Pre raw = new Pre();
    final H2 headline = new H2();
    final Div aside = new Div();

    private final Articles articles;
    private final Quotes quotes;
    private final People people;
    private String title = "Reader";
    private final Map<String, Integer> hues = new LinkedHashMap<>();

    ReaderView(Articles articles, Quotes quotes, People people) {
        this.articles = articles;
        this.quotes = quotes;
        this.people = people;
        addClassName("sd-page");
        aside.addClassName("sd-aside");
    }

    static RouteParameters parameters(ArticleId article) {
        return new RouteParameters("article", Long.toString(article.value()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Article> article = event.getRouteParameters().getLong("article").map(ArticleId::of).flatMap(articles::find);
        removeAll();
        Anchor back = new Anchor(StoryNavigation.link("stories", StoryNavigation.filterOf(event.getLocation())), "← All stories");
        back.addClassName("sd-back");
        if (article.isEmpty()) {
            Div missing = new Div(new H2("This article does not exist"),
                    new Paragraph("It may have been a link to an article of another database. Go back to the list of stories."));
            missing.addClassNames("sd-empty", "sd-panel");
            add(back, missing);
            title = "Article not found";
            return;
        }
        int[] target = target(event.getLocation().getQueryParameters().getParameters().getOrDefault("at", List.of()));
        show(article.get(), target);
        Div columns = new Div(readerOf(article.get()), aside);
        columns.addClassName("sd-reader-columns");
        add(back, columns);
    }

    /** "at=120-180": the passage a source link points at. */
    private static int[] target(List<String> at) {
        if (at.isEmpty()) {
            return new int[] {-1, -1};
        }
        String[] parts = at.getFirst().split("-");
        try {
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        } catch (RuntimeException e) {
            return new int[] {-1, -1};
        }
    }

    private void show(Article article, int[] target) {
        title = article.title();
        headline.setText(article.title());
        headline.setClassName("sd-untitled", !article.hasHeadline());
        List<Quote> carried = quotes.inArticle(article.id());
        List<PersonPlace> places = people.placesIn(article.id());
        body.removeAll();
        body.addClassName("sd-body");
        Span first = null;
        for (List<Marks.Run> paragraph : Marks.of(article.body(), carried, places, article.id().value(), target[0], target[1])) {
            Paragraph p = new Paragraph();
            for (Marks.Run run : paragraph) {
                Span span = span(run);
                if (run.target() && first == null) {
                    first = span;
                }
                p.add(span);
            }
            body.add(p);
        }
        if (first != null) {
            Span scrollTo = first;
            scrollTo.getElement().executeJs("setTimeout(() => $0.scrollIntoView({block: 'center'}), 200)");
        }
        raw.setText(article.raw());
        raw.addClassName("sd-raw");
        legend(carried);
    }

    private Span span(Marks.Run run) {
        Span span = new Span(run.text());
        if (run.quote() != null) {
            span.addClassName("sd-mark-quote");
            span.getElement().setAttribute("data-quote", run.quote().id().value());
            if (run.quote().speaker() != null) {
                span.getElement().setAttribute("data-speaker-hue", "");
                span.getStyle().set("--sd-hue", Integer.toString(hue(run.quote().speaker().slug().value())));
            }
            span.getElement().setAttribute("title", speakerOf(run.quote()));
            span.addClickListener(click -> explainQuote(run.quote()));
        }
        if (run.person() != null) {
            span.addClassName("sd-mark-person");
            span.getElement().setAttribute("data-person", run.person().slug().value());
            if (run.quote() == null) {
                span.addClickListener(click -> explainPerson(run.person()));
            }
        }
        if (run.target()) {
            span.addClassName("sd-mark-target");
        }
        return span;
    }

    private int hue(String slug) {
        return hues.computeIfAbsent(slug, key -> (hues.size() * 67 + 200) % 360);
    }

    private static String speakerOf(Quote quote) {
        if (quote.speaker() != null) {
            return quote.speaker().name();
        }
        return quote.speakerLabel() == null ? "Speaker not identified" : quote.speakerLabel();
    }

    /** Before anything is clicked: how to read the marks, and who speaks in this article. */
    private void legend(List<Quote> carried) {
        aside.removeAll();
        aside.add(new H3("In this article"));
        aside.add(new Paragraph(carried.isEmpty() ? "No quotes found in this article (or its analysis has not finished)."
                : Formats.count(carried.size(), "quote", "quotes") + ", tinted by speaker; names of people are underlined. "
                + "Click one to see what it is."));
        Div speakers = new Div();
        speakers.addClassName("sd-chips");
        carried.stream().map(Quote::speaker).filter(Objects::nonNull).map(PersonName::slug).distinct().forEach(slug -> {
            Quote any = carried.stream().filter(q -> q.speaker() != null && q.speaker().slug().equals(slug)).findFirst().orElseThrow();
            Span chip = new Span(any.speaker().name());
            chip.addClassNames("sd-chip", "sd-mark-quote");
            chip.getElement().setAttribute("data-speaker-hue", "");
            chip.getStyle().set("--sd-hue", Integer.toString(hue(slug.value())));
            speakers.add(chip);
        });
        aside.add(speakers);
    }

    void explainQuote(Quote quote) {
        aside.removeAll();
        aside.add(new H3("Quote"));
        Div text = new Div(quote.text());
        text.addClassName("sd-quote-text");
        aside.add(text);
        Paragraph who = new Paragraph(speakerOf(quote) + " · " + quote.kind() + " · " + quote.status());
        who.addClassName("sd-muted");
        aside.add(who);
        long outlets = quote.outlets();
        aside.add(new Paragraph(outlets == 1 ? "Only this outlet carries it." : "Carried by " + outlets + " outlets."));
        if (quote.rule() != null) {
            Paragraph rule = new Paragraph("Speaker found by: " + quote.rule());
            rule.addClassName("sd-faint");
            aside.add(rule);
        }
        StoryFilter bySpeaker = quote.speaker() == null ? StoryFilter.EVERYTHING
                : StoryFilter.EVERYTHING.withPeople(Set.of(quote.speaker().slug()));
        aside.add(new Anchor(StoryNavigation.link("quotes", bySpeaker),
                quote.speaker() == null ? "See the quote board →" : "All quotes of " + quote.speaker().name() + " →"));
    }

    void explainPerson(PersonPlace place) {
        aside.removeAll();
        aside.add(new H3("Person"));
        people.find(place.slug()).ifPresentOrElse(person -> {
            H3 name = new H3(person.name());
            name.addClassName("sd-speaker");
            aside.add(name);
            aside.add(new Paragraph(person.roles().isEmpty() ? "No role stated" : String.join(" · ", person.roles())));
            aside.add(new Paragraph(Formats.count(person.quotes(), "quote", "quotes") + " in the story, in "
                    + Formats.count(person.articles(), "article", "articles") + "."));
            aside.add(new Anchor(Links.person(person.slug()), "Their page →"));
        }, () -> aside.add(new Paragraph(place.name())));
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
        return paper;
    }

    @Override
    public String getPageTitle() {
        return title + " · Story Desk";
    }
}
