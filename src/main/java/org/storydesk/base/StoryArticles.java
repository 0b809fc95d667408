package org.storydesk.base;

/**
 * Editors' filing of articles on stories, as the articles' views offer it: put an article on a
 * story, move it from one to another, take it out of one (it stays on the desk). The stories
 * feature provides it and keeps its rules (an archived story takes no article).
 */
public interface StoryArticles {

    Outcome<StoryName> addArticle(StoryName story, ArticleId article);

    Outcome<StoryName> move(ArticleId article, StoryName from, StoryName to);

    Outcome<StoryName> takeOut(StoryName story, ArticleId article);
}
