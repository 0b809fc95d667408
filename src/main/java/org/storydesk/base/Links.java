package org.storydesk.base;

/** Links between panels, as URLs, so no panel needs to know another's class. Every story's views are under {@code stories/<slug>/}. */
public final class Links {

    private Links() {
    }

    /** The reader, scrolled to a passage and with it marked. */
    public static String passage(StoryName story, ArticleId article, int start, int end) {
        return article(story, article) + "?at=" + start + "-" + end;
    }

    public static String article(StoryName story, ArticleId article) {
        return story.path("articles/" + article.value());
    }

    /** An article read outside any story (one on no story, say). */
    public static String article(ArticleId article) {
        return "articles/" + article.value();
    }

    public static String person(StoryName story, PersonSlug slug) {
        return story.path("people/" + slug.value());
    }

    /** The history of one item of a story: a note, a quote, an event, a person. */
    public static String history(StoryName story, String item) {
        return story.path("history?item=" + item);
    }
}
