/** Helpers the tests share: the API as a client sees it, and the browser. */
package org.storydesk.support;
