package org.storydesk.base.ui;

import org.storydesk.base.ArticleId;
import org.storydesk.base.PersonSlug;

/** Links between panels, as URLs, so no panel needs to know another's class. */
public final class Links {

    private Links() {
    }

    /** The reader, scrolled to a passage and with it marked. */
    public static String passage(ArticleId article, int start, int end) {
        return "stories/" + article.value() + "?at=" + start + "-" + end;
    }

    public static String person(PersonSlug slug) {
        return "people/" + slug.value();
    }
}
