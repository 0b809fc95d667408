package org.storydesk.base.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import static org.storydesk.base.database.DatabaseCredentials.APP;
import static org.storydesk.base.database.DatabaseCredentials.OWNER;
import static org.storydesk.base.database.DatabaseCredentials.SUPERUSER;

/**
 * Sets up the embedded cluster's roles on every start, as its superuser: {@code storydesk_owner}
 * owns the database and every object in it and runs the migrations; {@code storydesk_app}, which
 * the app works as, may read and write rows and nothing more, so it can neither rewrite the
 * audit log nor switch its trigger off. Every connection needs its role's password. A data
 * folder from before (every object owned by {@code postgres}, no passwords) is brought up to this.
 */
final class EmbeddedRoles {

    /** Every connection, local or over the loopback, proves its role's password. */
    static final String CLIENT_AUTHENTICATION = """
            # Written by Story Desk on every start of its embedded PostgreSQL: every connection needs its role's password.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private EmbeddedRoles() {
    }

    static void provision(EmbeddedPostgres postgres, Path directory, DatabaseCredentials credentials, String database) throws SQLException, IOException {
        Map<String, String> asSuperuser = Map.of("password", credentials.superuser());
        try (Connection connection = postgres.getDatabase(SUPERUSER, "postgres", asSuperuser).getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(credentials.superuser()));
            role(sql, OWNER, credentials.owner());
            role(sql, APP, credentials.app());
            if (exists(connection, database)) {
                sql.execute("ALTER DATABASE " + database + " OWNER TO " + OWNER);
            } else {
                sql.execute("CREATE DATABASE " + database + " OWNER " + OWNER + " ENCODING 'UTF8'");
            }
            sql.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
            sql.execute("GRANT CONNECT, TEMPORARY ON DATABASE " + database + " TO " + APP);
        }
        try (Connection connection = postgres.getDatabase(SUPERUSER, database, asSuperuser).getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute(HAND_OVER_TO_OWNER);
            sql.execute("GRANT USAGE ON SCHEMA public TO " + APP);
            // The migrations (as the owner) grant the app role its rows: afterMigrate__grants.sql.
        }
        Path hba = directory.resolve("pg_hba.conf");
        if (!CLIENT_AUTHENTICATION.equals(Files.readString(hba))) {
            Files.writeString(hba, CLIENT_AUTHENTICATION);
            try (Connection connection = postgres.getDatabase(SUPERUSER, "postgres", asSuperuser).getConnection();
                 Statement sql = connection.createStatement()) {
                sql.execute("SELECT pg_reload_conf()");
            }
        }
    }

    /** Objects made before the owner existed (by {@code postgres}, in an older data folder) pass to it. */
    private static final String HAND_OVER_TO_OWNER = """
            DO $$
            DECLARE
                item record;
            BEGIN
                FOR item IN
                    SELECT c.oid::regclass AS name,
                           CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind
                      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                       AND pg_get_userbyid(c.relowner) <> 'storydesk_owner'
                       -- a sequence that belongs to a column moves with its table
                       AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
                     ORDER BY c.relkind = 'S'
                LOOP
                    EXECUTE format('ALTER %s %s OWNER TO storydesk_owner', item.kind, item.name);
                END LOOP;
                FOR item IN
                    SELECT p.oid::regprocedure AS name
                      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                     WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> 'storydesk_owner'
                LOOP
                    EXECUTE format('ALTER ROUTINE %s OWNER TO storydesk_owner', item.name);
                END LOOP;
            END
            $$""";

    private static void role(Statement sql, String name, String password) throws SQLException {
        String attributes = " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD " + literal(password);
        boolean exists;
        try (PreparedStatement query = sql.getConnection().prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                exists = row.next();
            }
        }
        sql.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + name + attributes);
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** A string as an SQL literal (passwords cannot be bound as parameters in role statements). */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
