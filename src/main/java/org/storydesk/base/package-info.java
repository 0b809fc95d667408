/**
 * The shell around the newsroom's work: configuration, the database, accounts and roles,
 * the application layout, and the few identifiers every feature speaks of (an article,
 * a person, the story filter).
 */
package org.storydesk.base;
