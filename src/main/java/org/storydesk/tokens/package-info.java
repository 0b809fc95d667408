/**
 * API tokens: how an integration (a CMS, a spreadsheet, a script) calls the desk's API without a
 * password. An editor creates one, sees it once, and revokes it when it is no longer needed.
 */
package org.storydesk.tokens;
