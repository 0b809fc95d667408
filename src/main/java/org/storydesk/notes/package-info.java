/**
 * Editors' notes: on a passage of an article, a whole article, a quote, an event, a person or a
 * whole story. A note on a passage finds its words again when the article changes, and is kept,
 * marked detached, when they are gone. (The API also answers at its first name, /api/annotations.)
 */
package org.storydesk.notes;
