/** The Overview page, the desk's front page. */
package org.storydesk.overview.ui;
