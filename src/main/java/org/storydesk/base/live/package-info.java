/**
 * Live updates between editors: a change made on any app node reaches every open view, through
 * PostgreSQL's LISTEN/NOTIFY.
 */
package org.storydesk.base.live;
