/**
 * What one article says: who is in it (with their titles as stated), every quotation and who
 * said it, and every dated happening, each with the exact place in the text it came from.
 * Built on CoreNLP's tokens, entities, dates and dependency parse; the attribution is ours, a
 * sieve of named rules in {@code quotes}.
 */
package org.storydesk.analysis.extraction;
