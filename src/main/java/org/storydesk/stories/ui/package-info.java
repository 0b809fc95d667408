/**
 * The desk home: every open story with its articles, quotes and people, its latest article and the
 * editors' latest work; the archived stories one click away; an editor's "New story".
 */
package org.storydesk.stories.ui;
