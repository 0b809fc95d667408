package org.storydesk.backup;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the desk to one file, and restores such a file into an empty database. The file is a
 * zip: {@code manifest.json} (format, schema, tables and columns, accounts), then one CSV per
 * table, exactly as PostgreSQL's {@code COPY} writes and reads it (through the JDBC driver: the
 * embedded server has no {@code pg_dump}), then {@code rows.json} with the rows of each, checked
 * on restore. A backup is one consistent snapshot (one repeatable-read transaction), taken while
 * editors work; a restore is one transaction, all or nothing.
 */
@Component
public class DeskBackup {

    private static final Logger log = LoggerFactory.getLogger(DeskBackup.class);
    static final String FORMAT = "storydesk-backup";
    static final int VERSION = 1;

    /**
     * A table of the desk. {@code later} are columns restored after every table is in, for a reference that
     * runs both ways (an article names its current version, which names its article).
     */
    record Table(String name, List<String> later) {

        static Table of(String name, String... later) {
            return new Table(name, List.of(later));
        }
    }

    /** Everything people wrote or brought, in an order every reference can be restored in. */
    static final List<Table> DESK = List.of(
            Table.of("articles", "current_version_id"), Table.of("article_versions"),
            // The stories and which articles are on them: editors' decisions, as much as their notes are.
            Table.of("stories"), Table.of("story_articles"),
            // The order each story took its articles in, and where items went: with them, the story merged again after a
            // restore has the same ids, so the notes, statuses and corrections below stay on their items.
            Table.of("story_merge_log"), Table.of("item_successors"),
            Table.of("notes"), Table.of("quote_statuses"),
            Table.of("quote_corrections"), Table.of("event_corrections"), Table.of("person_corrections"), Table.of("person_splits"),
            Table.of("audit_log"), Table.of("api_tokens"));

    /** The machine's output and the schema's own bookkeeping: recomputed, or rebuilt by the migrations, never backed up. */
    static final Set<String> RECOMPUTED = Set.of("analysis_jobs", "article_analyses", "people", "person_mentions", "person_places",
            "quotes", "quote_sources", "events", "event_people", "event_sources", "story_merges", "flyway_schema_history");

    /** An account as the backup keeps it: its password only as a hash. */
    public record Account(String username, String role, String password) {
    }

    private final DataSource dataSource;
    private final JsonMapper json = JsonMapper.builder().build();

    DeskBackup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the whole desk to {@code file} (replacing it only once the backup is complete). */
    public BackupSummary write(Path file, List<Account> accounts) throws IOException, SQLException {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        BackupSummary summary;
        try (Connection connection = dataSource.getConnection(); OutputStream out = Files.newOutputStream(partial);
             ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            String schema = schema(connection);
            Map<String, List<String>> columns = new LinkedHashMap<>();
            for (Table table : DESK) {
                columns.put(table.name(), columns(connection, table.name()));
            }
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(json.writeValueAsBytes(manifest(schema, columns, accounts)));
            zip.closeEntry();
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Table table : DESK) {
                List<String> now = new ArrayList<>(columns.get(table.name()));
                now.removeAll(table.later());
                zip.putNextEntry(new ZipEntry("tables/" + table.name() + ".csv"));
                rows.put(table.name(), copy.copyOut("COPY (SELECT " + String.join(", ", now) + " FROM " + table.name()
                        + " ORDER BY 1) TO STDOUT WITH (FORMAT csv, HEADER)", new KeepOpenOut(zip)));
                zip.closeEntry();
            }
            // After every table: restored in this order, each of these points at rows that are in by then.
            for (Table table : DESK) {
                if (!table.later().isEmpty()) {
                    zip.putNextEntry(new ZipEntry("later/" + table.name() + ".csv"));
                    copy.copyOut("COPY (SELECT id, " + String.join(", ", table.later()) + " FROM " + table.name()
                            + " ORDER BY 1) TO STDOUT WITH (FORMAT csv, HEADER)", new KeepOpenOut(zip));
                    zip.closeEntry();
                }
            }
            zip.putNextEntry(new ZipEntry("rows.json"));
            zip.write(json.writeValueAsBytes(rows));
            zip.closeEntry();
            connection.commit();
            summary = new BackupSummary(schema, rows);
        } catch (IOException | SQLException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log.info("Backed up the desk to {}: {} rows ({})", file, summary.total(), summary.rows());
        return summary;
    }

    /** Restores a backup into this database, which must hold no desk yet. All or nothing. */
    public RestoreOutcome restore(Path file) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection();
             ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            connection.setAutoCommit(false);
            ZipEntry entry = zip.getNextEntry();
            if (entry == null || !entry.getName().equals("manifest.json")) {
                return new RestoreOutcome.Refused(file + " is not a Story Desk backup (it has no manifest first)");
            }
            JsonNode manifest = json.readTree(zip.readAllBytes());
            if (!FORMAT.equals(manifest.path("format").asString("")) || manifest.path("version").asInt(-1) != VERSION) {
                return new RestoreOutcome.Refused(file + " is not a Story Desk backup of a format this version reads");
            }
            String schema = schema(connection);
            if (newer(manifest.path("schema").asString(""), schema)) {
                return new RestoreOutcome.Refused("The backup was written by a newer Story Desk (schema " + manifest.path("schema").asString()
                        + "; this one has " + schema + "): restore it with that version");
            }
            if (newer(schema, manifest.path("schema").asString(""))) {
                // Its rows fit the tables as they were then, not as later migrations made them (a story to each item, say).
                return new RestoreOutcome.Refused("The backup was written by an earlier Story Desk (schema " + manifest.path("schema").asString()
                        + "; this one has " + schema + "): restore it with that version, start it once with this one so the "
                        + "migrations bring the desk up to date, and back it up again");
            }
            for (Table table : DESK) {
                if (hasRows(connection, table.name())) {
                    return new RestoreOutcome.Refused("The database already holds a desk (" + table.name() + " has rows): "
                            + "restore into an empty database, such as a fresh data folder");
                }
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> rows = new LinkedHashMap<>();
            Map<String, Long> expected = Map.of();
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.startsWith("tables/")) {
                    Table table = table(name.substring("tables/".length(), name.length() - ".csv".length()));
                    List<String> columns = new ArrayList<>();
                    manifest.path("tables").path(table.name()).forEach(column -> columns.add(column.asString()));
                    columns.removeAll(table.later());
                    rows.put(table.name(), copy.copyIn("COPY " + table.name() + " (" + String.join(", ", columns)
                            + ") FROM STDIN WITH (FORMAT csv, HEADER)", new KeepOpen(zip)));
                } else if (name.startsWith("later/")) {
                    Table table = table(name.substring("later/".length(), name.length() - ".csv".length()));
                    restoreLater(connection, table, zip);
                } else if (name.equals("rows.json")) {
                    expected = json.readValue(zip.readAllBytes(), json.getTypeFactory().constructMapType(Map.class, String.class, Long.class));
                }
            }
            if (!rows.equals(expected)) {
                connection.rollback();
                return new RestoreOutcome.Refused("The backup is incomplete or damaged: it names " + expected + " rows, and holds " + rows);
            }
            for (Table table : DESK) {
                continueIdsAfter(connection, table.name());
            }
            // The merge log keeps the order the story took its articles in, but none of those analyses is here: naming
            // none (0 is never an analysis's number), every article is taken in again, in that order, by a full merge.
            try (Statement sql = connection.createStatement()) {
                sql.executeUpdate("UPDATE story_merge_log SET analysis_number = 0");
            }
            connection.commit();
            BackupSummary summary = new BackupSummary(manifest.path("schema").asString(), rows);
            log.info("Restored {} rows from {} ({}); the articles will be analysed again", summary.total(), file, rows);
            return new RestoreOutcome.Restored(summary);
        }
    }

    /** The accounts a backup names (their passwords as hashes), for the operator to configure again. */
    public List<Account> accounts(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null || !entry.getName().equals("manifest.json")) {
                return List.of();
            }
            List<Account> accounts = new ArrayList<>();
            json.readTree(zip.readAllBytes()).path("accounts").forEach(account -> accounts.add(new Account(
                    account.path("username").asString(), account.path("role").asString(), account.path("password").asString())));
            return accounts;
        }
    }

    private Map<String, Object> manifest(String schema, Map<String, List<String>> columns, List<Account> accounts) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("version", VERSION);
        manifest.put("schema", schema);
        manifest.put("written", Instant.now().toString());
        manifest.put("tables", columns);
        manifest.put("accounts", accounts);
        return manifest;
    }

    private static Table table(String name) throws IOException {
        return DESK.stream().filter(table -> table.name().equals(name)).findFirst()
                .orElseThrow(() -> new IOException("The backup holds a table this version does not know: " + name));
    }

    /** Columns restored last: each row's values, by id, once every table they point into is in. */
    private static void restoreLater(Connection connection, Table table, InputStream csv) throws IOException, SQLException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new KeepOpen(csv), StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null) {
            return;
        }
        String set = String.join(", ", table.later().stream().map(column -> column + " = CAST(? AS bigint)").toList());
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table.name() + " SET " + set + " WHERE id = ?")) {
            String line;
            int batch = 0;
            while ((line = reader.readLine()) != null) {
                String[] values = line.split(",", -1);
                for (int i = 1; i < values.length; i++) {
                    update.setString(i, values[i].isEmpty() ? null : values[i]);
                }
                update.setLong(values.length, Long.parseLong(values[0]));
                update.addBatch();
                if (++batch % 1000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    /** New rows after a restore get ids after the restored ones. */
    private static void continueIdsAfter(Connection connection, String table) throws SQLException {
        // A table numbered by its own sequence (an id, the merge log's order); one keyed by what it is about (a quote's
        // verdict by the quote) has none.
        List<String> numbered = new ArrayList<>();
        try (PreparedStatement identity = connection.prepareStatement("""
                SELECT column_name FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'""")) {
            identity.setString(1, table);
            try (ResultSet rows = identity.executeQuery()) {
                while (rows.next()) {
                    numbered.add(rows.getString(1));
                }
            }
        }
        for (String column : numbered) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'), coalesce(max(" + column + "), 0) + 1, false) FROM "
                        + table);
            }
        }
    }

    private static boolean hasRows(Connection connection, String table) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT column_name FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position""")) {
            query.setString(1, table);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    columns.add(row.getString(1));
                }
            }
        }
        return columns;
    }

    private static String schema(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return row.next() ? row.getString(1) : "0";
        }
    }

    /** Whether migration version {@code a} (such as "12") is newer than {@code b}. */
    static boolean newer(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return l > r;
            }
        }
        return false;
    }

    /** A zip entry read by COPY, which must not close the zip around it. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip goes on
        }
    }

    /** A zip entry written by COPY, likewise. */
    private static final class KeepOpenOut extends FilterOutputStream {
        KeepOpenOut(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
