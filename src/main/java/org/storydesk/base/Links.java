package org.storydesk.base;

/** Links between panels, as URLs, so no panel needs to know another's class. */
public final class Links {

    private Links() {
    }

    /** The reader, scrolled to a passage and with it marked. */
    public static String passage(ArticleId article, int start, int end) {
        return article(article) + "?at=" + start + "-" + end;
    }

    public static String article(ArticleId article) {
        return "stories/" + article.value();
    }

    public static String person(PersonSlug slug) {
        return "people/" + slug.value();
    }

    /** The history of one item: a note, a quote, an event, a person. */
    public static String history(String item) {
        return "history?item=" + item;
    }
}
