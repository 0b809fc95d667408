/**
 * The history of the desk: every editor's write, who made it, when, and the value before and
 * after, kept for good.
 */
package org.storydesk.history;
