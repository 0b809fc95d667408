/** The People panel and each person's page. */
package org.storydesk.people.ui;
