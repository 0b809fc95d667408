package org.storydesk.overview.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.storydesk.base.Links;
import java.util.Optional;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.StoryFilter;
import org.storydesk.base.StoryName;
import org.storydesk.base.StoryPeople;
import org.storydesk.base.ui.Formats;
import org.storydesk.base.ui.StoryNavigation;
import org.storydesk.overview.StoryBrief;
import org.storydesk.quotes.Quote;
import org.storydesk.timeline.Event;

/**
 * The story brief of the current filter: the quotes editors verified, with the outlets and
 * sentences that carry them, and the timeline. Made to be printed (the desk's frame is left off
 * the page) or downloaded as Markdown.
 */
@Route("stories/:story/brief")
@PageTitle("Story brief")
@PermitAll
public class BriefView extends Div implements BeforeEnterObserver {

    final Div quotes = new Div();
    final Div events = new Div();
    final Paragraph scope = new Paragraph();
    final Anchor download = new Anchor();
    final Button print = new Button("Print", new Icon(VaadinIcon.PRINT));

    private final StoryBrief briefs;
    private final StoryPeople people;
    private final StoryDirectory stories;
    private StoryName story;

    BriefView(StoryBrief briefs, StoryPeople people, StoryDirectory stories) {
        this.briefs = briefs;
        this.people = people;
        this.stories = stories;
        addClassNames("sd-page", "sd-brief");
        scope.addClassName("sd-lede");
        print.addThemeVariants(ButtonVariant.PRIMARY);
        print.addClickListener(click -> getElement().executeJs("window.print()"));
        download.setText("Download Markdown");
        download.addClassName("sd-toolbar-link");
        Div tools = new Div(print, download);
        tools.addClassNames("sd-toolbar", "sd-no-print");
        add(new H2("Story brief"), scope, tools, quotes, events);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<StoryName> named = StoryNavigation.storyOf(event, stories);
        if (named.isEmpty()) {
            return;
        }
        story = named.get();
        StoryFilter filter = StoryNavigation.filterOf(event.getLocation());
        StoryBrief.Brief brief = briefs.of(story.id(), filter);
        String described = StoryBrief.scope(story, filter, people);
        scope.setText(described + ". Verified quotes only, each with every outlet that carries it; then what happened when.");
        download.setHref(DownloadHandler.fromInputStream(request -> {
            byte[] markdown = StoryBrief.markdown(briefs.of(brief.story(), filter), described).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(markdown), "story-brief.md", "text/markdown; charset=UTF-8", markdown.length);
        }), AttachmentType.DOWNLOAD);

        quotes.removeAll();
        quotes.addClassName("sd-brief-part");
        quotes.add(new H3("Verified quotes (" + brief.verified().size() + ")"));
        if (brief.verified().isEmpty()) {
            quotes.add(new Paragraph("No quote of this filter is verified yet. Editors verify quotes on the quote board."));
        }
        for (Quote quote : brief.verified()) {
            quotes.add(quote(quote));
        }

        events.removeAll();
        events.addClassName("sd-brief-part");
        events.add(new H3("Timeline"));
        if (brief.events().isEmpty()) {
            events.add(new Paragraph("No dated events for this filter."));
        }
        String heading = null;
        UnorderedList day = null;
        for (Event happening : brief.events()) {
            String title = happening.heading();
            if (!title.equals(heading)) {
                heading = title;
                day = new UnorderedList();
                events.add(new H4(title), day);
            }
            ListItem item = new ListItem();
            if (happening.timeOfDay() != null) {
                Span time = new Span(happening.timeOfDay() + " · ");
                time.addClassName("sd-muted");
                item.add(time);
            }
            item.add(new Span(happening.summary()));
            Span reach = new Span(" (" + Formats.count(happening.outlets(), "outlet", "outlets") + ")");
            reach.addClassName("sd-muted");
            item.add(reach);
            day.add(item);
        }
    }

    private Div quote(Quote quote) {
        Div block = new Div();
        block.addClassName("sd-brief-quote");
        Div text = new Div(quote.words());
        text.addClassName("sd-quote-text");
        Div who = new Div("— " + quote.speakerName() + (quote.saidOn() == null ? "" : ", " + Formats.date(quote.saidOn())));
        who.addClassName("sd-brief-who");
        UnorderedList sources = new UnorderedList();
        sources.addClassName("sd-sources");
        for (Quote.Source source : quote.sources()) {
            Span outlet = new Span(Formats.source(source.outlet(), source.articleTitle()));
            outlet.addClassName("sd-source-outlet");
            ListItem item = new ListItem(outlet, new Span(source.sentence() == null ? source.text() : source.sentence()));
            if (source.part().equals("body")) {
                Anchor read = new Anchor(Links.passage(story, source.article(), source.start(), source.end()), "Read in context →");
                read.addClassNames("sd-source-link", "sd-no-print");
                item.add(read);
            }
            sources.add(item);
        }
        block.add(text, who, sources);
        return block;
    }
}
