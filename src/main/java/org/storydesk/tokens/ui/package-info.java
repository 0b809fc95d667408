/** The API tokens view: an editor's tokens, creating one (shown once) and revoking any. */
package org.storydesk.tokens.ui;
