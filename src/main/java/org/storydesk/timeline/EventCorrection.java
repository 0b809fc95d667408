package org.storydesk.timeline;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An editor's correction of when an event happened or what it was, with what the machine had
 * found, so both stay in sight.
 */
public record EventCorrection(LocalDate machineFrom, LocalDate machineTo, String machinePrecision, String machineSummary,
                              String author, Instant updated, int version) {

    /** The machine's date as the API writes it: YYYY-MM-DD, or YYYY-MM where it knew only the month. */
    public String machineDate() {
        return Event.date(machinePrecision, machineFrom);
    }
}
