/**
 * Search: words in articles (their headlines and bodies) and in quotes, in one story or across the
 * desk, each hit with the words around it and the place it opens the reader at. PostgreSQL's own
 * full-text search does the finding; each feature searches what it owns.
 */
package org.storydesk.search;
