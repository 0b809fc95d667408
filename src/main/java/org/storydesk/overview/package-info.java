/**
 * The story at a glance: how much coverage there is, from whom, over which days, and how far
 * the analysis has come; and the story brief, the verified quotes and the timeline to hand on.
 */
package org.storydesk.overview;
