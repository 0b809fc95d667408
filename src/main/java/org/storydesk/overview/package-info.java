/**
 * The story at a glance: how much coverage there is, from whom, over which days, and how far
 * the analysis has come.
 */
package org.storydesk.overview;
