package org.storydesk.backup;

import java.util.Map;

/**
 * What a backup holds, or what a restore put back: rows per table, and the schema they were written in.
 *
 * @param schema the database's newest migration when the backup was written
 */
public record BackupSummary(String schema, Map<String, Long> rows) {

    public long total() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
