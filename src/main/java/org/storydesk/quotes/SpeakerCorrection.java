package org.storydesk.quotes;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.storydesk.base.PersonName;

/**
 * An editor's correction of who said a quote, with what the machine had said, so both stay in sight.
 *
 * @param machineSpeaker the person the analysis found, or null
 * @param machineLabel   how the analysis named a speaker who is not a person, or null
 */
public record SpeakerCorrection(@Nullable PersonName machineSpeaker, @Nullable String machineLabel, String author, Instant updated,
                                int version) {

    /** The machine's speaker in words. */
    public String machine() {
        return machineSpeaker != null ? machineSpeaker.name() : machineLabel != null ? machineLabel : "no one";
    }
}
