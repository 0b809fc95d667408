/**
 * The desk's frame: the side navigation, the header with who is logged in, and the login page.
 */
package org.storydesk.base.ui;
