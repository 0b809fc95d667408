/**
 * The Articles list of a story (and of the whole desk), where editors see every article and add,
 * move or take out articles, and the reader, where an article is read as it was written (or as
 * the page was copied).
 */
package org.storydesk.articles.ui;
