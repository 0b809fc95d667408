/** Who said what: the story's direct quotes, their speakers, and every outlet that carried them. */
package org.storydesk.quotes;
