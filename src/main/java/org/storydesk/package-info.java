/**
 * Story Desk: one developing story seen through every article the newsroom has on it —
 * who said what, what happened when, and who is in it — for editors to check and annotate.
 */
package org.storydesk;
