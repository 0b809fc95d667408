/**
 * From a page as it was copied to the article as it was written: page furniture
 * (sign-ups, share bars, menus, "you may also like" lists, captions) is told apart from the
 * article by the shape and language of each block, the way boilerplate removers such as
 * jusText do, and the headline, byline, outlet and publication date are read off the page.
 */
package org.storydesk.articles.cleaning;
