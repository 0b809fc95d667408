/**
 * Where the story is kept: an embedded PostgreSQL in the data folder when no database is
 * configured, or the configured one. Flyway owns the schema either way.
 */
package org.storydesk.base.database;
