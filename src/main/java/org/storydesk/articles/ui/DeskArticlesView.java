package org.storydesk.articles.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import org.storydesk.articles.AnalysisStatus;
import org.storydesk.articles.Articles;
import org.storydesk.base.StoryArticles;
import org.storydesk.base.StoryDeskProperties;
import org.storydesk.base.StoryDirectory;
import org.storydesk.base.live.StoryChanges;
import org.storydesk.base.security.CurrentUser;
import org.storydesk.notes.Notes;

/** Every article of the desk, whatever stories it is on, and those on none: an article taken out of every story stays findable. */
@Route("articles")
@PageTitle("Every article")
@Menu(order = 2, icon = "vaadin:archive", title = "Every article")
@PermitAll
public class DeskArticlesView extends ArticlesView {

    DeskArticlesView(Articles articles, ObjectProvider<AnalysisStatus> analysis, CurrentUser user, StoryDeskProperties properties,
                     StoryDirectory stories, StoryArticles filing, Notes notes, StoryChanges changes) {
        super(articles, analysis, user, properties, stories, filing, notes, changes);
    }
}
