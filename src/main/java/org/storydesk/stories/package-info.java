/**
 * Stories: the newsroom's unit of work. A story has a name, a slug (its id in links and the API), a
 * short description and a state (open, or archived: read, never added to); editors create, rename
 * and archive stories, and put articles on them, move them or take them out. The desk's first story
 * is the one today's links without a story land on.
 */
package org.storydesk.stories;
