package org.storydesk.people;

import java.time.Instant;

/** An editor's correction of how a person's name is written, with the spelling the machine chose. */
public record NameCorrection(String machineName, String author, Instant updated, int version) {
}
