/**
 * The articles the newsroom has: ingesting them (seed files on start, an editor's paste or upload,
 * the API), cleaning each page down to the article, reading it, and finding words in it. An
 * article may be on several stories, or, taken out of every one, on none: it is never deleted.
 */
package org.storydesk.articles;
