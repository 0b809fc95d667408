package org.storydesk.people;

import org.storydesk.base.PersonName;

/** Someone who appears with a person, and in how many articles they appear together. */
public record Companion(PersonName person, int articles) {
}
