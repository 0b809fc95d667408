package org.storydesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.storydesk.IntegrationTest;
import org.storydesk.articles.ui.ReaderView;
import org.storydesk.support.ViewTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Links that lead nowhere, and faults while an editor works: said in the desk's words, never the server's. */
@IntegrationTest
class ErrorPagesTest extends ViewTest {

    @Autowired
    UiErrors errors;

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void anArticleNumberTooLargeToBeAnIdIsAMissingArticleNotAServerError() {
        ReaderView reader = open("stories/99999999999999999999", ReaderView.class);
        assertThat(reader.getElement().getTextRecursively()).contains("This article does not exist").doesNotContain("NumberFormat");
    }

    @Test
    @WithMockUser(username = "viewer", roles = "VIEWER")
    void aPathNoViewAnswersIsTheNotFoundPage() {
        for (String path : new String[] {"stories/abc", "no-such-view", "people/x/y"}) {
            UI.getCurrent().navigate(path);
            assertThat(getCurrentView()).as(path).isInstanceOf(NotFoundView.class);
            assertThat(getCurrentView().getElement().getTextRecursively()).contains("There is no such page");
        }
    }

    @Test
    @WithMockUser(username = "editor", roles = "EDITOR")
    void aFaultWhileAnEditorWorksIsANoticeWithAReferenceAndNoInternals() {
        errors.error(new ErrorEvent(new IllegalStateException("duplicate key value violates unique constraint \"notes_pkey\"")));
        Notification notice = $(Notification.class).last();
        String said = notice.getElement().getTextRecursively() + " " + notice.getElement().getProperty("text", "");
        assertThat(said).containsPattern("logged as [0-9a-f]{8}").doesNotContain("IllegalState", "duplicate key", "notes_pkey");
    }
}
