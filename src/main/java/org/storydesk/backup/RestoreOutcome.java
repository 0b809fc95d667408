package org.storydesk.backup;

/** What became of a restore. */
public sealed interface RestoreOutcome {

    /** Every row is back; the articles wait to be analysed again. */
    record Restored(BackupSummary summary) implements RestoreOutcome {
    }

    /** Nothing was written, for this reason. */
    record Refused(String reason) implements RestoreOutcome {
    }
}
