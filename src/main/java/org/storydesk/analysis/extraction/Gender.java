package org.storydesk.analysis.extraction;

/**
 * A person's gender as the article shows it (a title such as "Mrs", a first name the pipeline
 * knows, a "her" that points back); where the text does not say, there is none (null), and a
 * pronoun of either gender may point to them.
 */
public enum Gender {
    MALE,
    FEMALE
}
