package org.storydesk.articles;

import org.storydesk.base.ArticleId;

/** Published when an article or a new version of it is stored, for the analysis to pick up. */
public record ArticleStored(ArticleId article, long versionId) {
}
