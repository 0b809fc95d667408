/**
 * Which quoted spans of an article are someone's words and who said them: a sieve of named
 * rules, most certain first (after CoreNLP's quote attribution sieves), and a rule set of its
 * own that tells a quoted name or term from a quote. Each rule is a small class named by its
 * {@link org.storydesk.analysis.extraction.AttributionRule} or
 * {@link org.storydesk.analysis.extraction.TermRule}, and can be switched off.
 */
package org.storydesk.analysis.extraction.quotes;
