/** The search results page, reached from the header's search box. */
package org.storydesk.search.ui;
