/** The Timeline page: events under their day, with the people in them and their sources. */
package org.storydesk.timeline.ui;
