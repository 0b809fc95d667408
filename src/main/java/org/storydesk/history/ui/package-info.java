/** The History view: the audit trail, filtered by editor and by item. */
package org.storydesk.history.ui;
