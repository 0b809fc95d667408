/**
 * The articles the newsroom has on the story: ingesting them (seed files on start, or an
 * editor's paste or upload), cleaning each page down to the article, and reading it.
 */
package org.storydesk.stories;
