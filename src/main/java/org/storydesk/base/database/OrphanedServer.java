package org.storydesk.base.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An app that was killed (not stopped) leaves its embedded PostgreSQL running on the data
 * folder, still serving whoever is connected, and a new server would refuse to start on it. It
 * is stopped before the new one starts: a fast shutdown (connected clients are disconnected,
 * what is committed is kept), then an immediate one if that does not end it in a few seconds
 * (the next start recovers from the write-ahead log). A server whose app is alive is left alone.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    static final Duration FAST = Duration.ofSeconds(10);
    static final Duration IMMEDIATE = Duration.ofSeconds(10);
    /** The embedded library holds a lock on this file for as long as its app runs the server. */
    private static final String APP_LOCK = "epg-lock";
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");

    private OrphanedServer() {
    }

    /** The server running on the folder, if any. */
    static Optional<ProcessHandle> running(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        return lines.isEmpty() ? Optional.empty() : parse(lines.getFirst())
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false));
    }

    /** Whether an app (in this process or another) still runs the folder's server. */
    static boolean ownedByARunningApp(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(APP_LOCK);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> server = running(dataDirectory);
        if (server.isEmpty()) {
            return; // none, or a stale pid file: PostgreSQL removes it itself
        }
        ProcessHandle process = server.get();
        if (ownedByARunningApp(dataDirectory)) {
            throw new IllegalStateException("Another Story Desk is running on the data folder " + dataDirectory.getParent()
                    + " (its PostgreSQL is pid " + process.pid() + "): stop it first, or give this one a data folder of its own");
        }
        log.warn("A PostgreSQL server (pid {}) from an earlier run is still using {}; stopping it", process.pid(), dataDirectory);
        if (stop(process, dataDirectory, "fast", FAST)) {
            return;
        }
        log.warn("The PostgreSQL server (pid {}) did not stop within {} s; stopping it immediately", process.pid(), FAST.toSeconds());
        if (stop(process, dataDirectory, "immediate", IMMEDIATE)) {
            return;
        }
        throw new IOException("The PostgreSQL server from an earlier run (pid " + process.pid() + ") did not stop; "
                + "stop it (kill " + process.pid() + ") and start again");
    }

    /** Asks the server to stop in a mode ({@code fast}, {@code immediate}); whether it stopped in time. */
    static boolean stop(ProcessHandle server, Path dataDirectory, String mode, Duration patience) throws IOException {
        List<String> command = new ArrayList<>();
        if (WINDOWS) {
            Path pgCtl = server.info().command().map(Path::of).map(postgres -> postgres.resolveSibling("pg_ctl.exe"))
                    .orElseThrow(() -> new IOException("Cannot tell where the PostgreSQL server (pid " + server.pid() + ") runs from"));
            command.addAll(List.of(pgCtl.toString(), "stop", "-D", dataDirectory.toString(), "-m", mode, "-w",
                    "-t", Long.toString(patience.toSeconds())));
        } else {
            // pg_ctl refuses to run as root, and its modes are only signals to the server: SIGINT is a fast
            // shutdown, SIGQUIT an immediate one. (SIGTERM, ProcessHandle.destroy(), waits for every client.)
            command.addAll(List.of("kill", "fast".equals(mode) ? "-INT" : "-QUIT", Long.toString(server.pid())));
        }
        try {
            Process stopping = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            stopping.waitFor(patience.toSeconds() + 5, TimeUnit.SECONDS);
            server.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !server.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for an earlier PostgreSQL server to stop", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        }
    }

    private static Optional<Long> parse(String pid) {
        try {
            return Optional.of(Long.parseLong(pid.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
