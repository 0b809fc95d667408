/**
 * Editors' notes: on a passage of an article, a quote, an event or a person. A note on a passage
 * finds its words again when the article changes, and is kept, marked detached, when they are gone.
 */
package org.storydesk.annotations;
