package org.storydesk.articles.cleaning;

/** An article as it was written: its body paragraphs (separated by blank lines) and what the page said of it. */
public record CleanPage(String body, PageMetadata metadata) {
}
