/**
 * The Stories list, where editors see every article and add new ones, and the reader, where
 * an article is read as it was written (or as the page was copied).
 */
package org.storydesk.stories.ui;
