/**
 * Reading the story: each article is analysed once (people, quotes with their speakers, dated
 * events) by the NLP pipeline on a background worker, and the articles' findings are merged
 * into one story, so a quote carried by three outlets is one quote with three sources.
 */
package org.storydesk.analysis;
