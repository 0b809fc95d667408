package org.storydesk.articles;

import org.storydesk.base.ArticleId;
import org.storydesk.base.StoryId;

/**
 * Published, inside the transaction that stores it, when an article is added to a story (a new
 * article, or a text the desk already holds, added again to this story): the stories feature
 * puts it on the story in the same transaction, so an article is never stored without the story
 * it was added to.
 *
 * @param by who added it: an editor, or the desk itself for the seeds
 */
public record ArticleFiled(ArticleId article, StoryId story, String by) {
}
