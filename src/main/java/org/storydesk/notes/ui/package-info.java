/** Notes as editors see them: next to what they annotate, and all together in the Notes view. */
package org.storydesk.notes.ui;
