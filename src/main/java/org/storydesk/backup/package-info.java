/**
 * The whole desk in one file and back: every article version with its raw text, every
 * editor's note, status and correction, the audit log, the API tokens (hashed) and the
 * accounts (hashed). The machine's output is left out; a restored desk analyses its articles
 * again.
 */
package org.storydesk.backup;
