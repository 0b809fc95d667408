package org.storydesk.stories;

import java.util.List;

import org.storydesk.base.ArticleId;
import org.storydesk.base.StoryId;

/**
 * Published inside the transaction that changes which articles are on a story: the analysis
 * takes an added article into the story's merge, and merges the story again as a whole when one
 * is taken out.
 */
public record StoryArticlesChanged(StoryId story, List<ArticleId> added, List<ArticleId> removed) {
}
