package org.storydesk.base.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of the embedded PostgreSQL's three roles, generated on first start and kept in
 * the data folder in a file only its owner may read: whoever can read it could read the
 * database's files anyway. Nobody types them; the app reads them on every start.
 *
 * @param superuser the cluster's superuser {@code postgres}, used only to set the roles up
 * @param owner     {@link #OWNER}, which owns the schema and runs the migrations
 * @param app       {@link #APP}, which the app works as: it reads and writes rows, and owns nothing
 */
public record DatabaseCredentials(String superuser, String owner, String app) {

    public static final String SUPERUSER = "postgres";
    public static final String OWNER = "storydesk_owner";
    public static final String APP = "storydesk_app";
    public static final String FILE_NAME = "database-credentials.properties";

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The credentials of the data folder, generated and written on first use. */
    public static DatabaseCredentials loadOrCreate(Path dataDir) throws IOException {
        Path file = file(dataDir);
        if (Files.isRegularFile(file)) {
            return load(file);
        }
        DatabaseCredentials created = new DatabaseCredentials(generate(), generate(), generate());
        created.write(file);
        return created;
    }

    /** The credentials of a data folder that has them; empty if it has none. */
    public static java.util.Optional<DatabaseCredentials> of(Path dataDir) throws IOException {
        Path file = file(dataDir);
        return Files.isRegularFile(file) ? java.util.Optional.of(load(file)) : java.util.Optional.empty();
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    private static DatabaseCredentials load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        String superuser = properties.getProperty(SUPERUSER);
        String owner = properties.getProperty(OWNER);
        String app = properties.getProperty(APP);
        if (superuser == null || owner == null || app == null) {
            throw new IOException(file + " is incomplete: it needs the passwords of " + SUPERUSER + ", " + OWNER + " and " + APP);
        }
        return new DatabaseCredentials(superuser, owner, app);
    }

    private void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE_NAME + ".new");
        Files.deleteIfExists(temporary);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createFile(temporary);
        }
        Properties properties = new Properties();
        properties.setProperty(SUPERUSER, superuser);
        properties.setProperty(OWNER, owner);
        properties.setProperty(APP, app);
        try (Writer writer = Files.newBufferedWriter(temporary, StandardOpenOption.TRUNCATE_EXISTING)) {
            properties.store(writer, "Passwords of the embedded PostgreSQL's roles. Keep this file with the data folder.");
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** 32 random bytes: nothing to guess, and nothing in it that needs quoting. */
    private static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DatabaseCredentials[" + SUPERUSER + ", " + OWNER + ", " + APP + "]";
    }
}
