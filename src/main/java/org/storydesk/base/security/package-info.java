/**
 * Who may read and who may write: editors change the story's annotations and corrections,
 * viewers read everything. The same accounts log in to the dashboard and call the API.
 */
package org.storydesk.base.security;
