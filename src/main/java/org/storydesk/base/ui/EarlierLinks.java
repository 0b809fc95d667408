package org.storydesk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import org.storydesk.base.StoryDirectory;

/**
 * The links of the desk from before it had several stories ({@code /}, {@code /quotes?person=…},
 * {@code /people/mark-carney}, {@code /stories} for the articles…) lead to the same view of the
 * desk's first story, filter kept, so bookmarks and shared links keep working. A new user opening
 * the desk lands on the first story too. With no story yet, they lead to the desk home.
 */
@Route("")
@RouteAlias("timeline")
@RouteAlias("quotes")
@RouteAlias("people")
@RouteAlias("people/:slug")
@RouteAlias("notes")
@RouteAlias("history")
@RouteAlias("brief")
@RouteAlias("stories")
@PermitAll
public class EarlierLinks extends Div implements BeforeEnterObserver {

    private final StoryDirectory stories;

    EarlierLinks(StoryDirectory stories) {
        this.stories = stories;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        String view = path.equals("stories") ? "articles" : path;
        event.forwardTo(stories.first().map(first -> first.path(view)).orElse("desk"), event.getLocation().getQueryParameters());
    }

    /** Where an article's link from before ({@code /stories/12?at=…}) leads: its reader in the first story it is on. */
    public static String readerOf(StoryDirectory stories, org.storydesk.base.ArticleId article) {
        return stories.of(article).stream().findFirst().or(stories::first).map(story -> story.path("articles/" + article.value()))
                .orElse("articles/" + article.value());
    }

}
