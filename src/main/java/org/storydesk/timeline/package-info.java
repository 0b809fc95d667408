/** What happened when: dated events of the story, each with the sentences that report it. */
package org.storydesk.timeline;
