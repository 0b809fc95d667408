/** Everyone in the story: one person however each outlet names or spells them. */
package org.storydesk.people;
