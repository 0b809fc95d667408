/** The Quote board: each quote with its speaker, its sources and its wording in each outlet. */
package org.storydesk.quotes.ui;
