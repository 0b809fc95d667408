package org.storydesk.base.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An app that was killed (not stopped) leaves its embedded PostgreSQL running on the data
 * folder, and a new server would refuse to start on it. Such a server has no clients left,
 * so it is asked to shut down before the new one starts.
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private OrphanedServer() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> server = lines.isEmpty() ? Optional.empty() : parse(lines.getFirst())
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (server.isEmpty()) {
            return; // a stale pid file: PostgreSQL removes it itself
        }
        ProcessHandle process = server.get();
        log.warn("A PostgreSQL server (pid {}) from an earlier run is still using {}; stopping it", process.pid(), dataDirectory);
        CompletableFuture<ProcessHandle> exited = process.onExit();
        process.destroy();
        try {
            exited.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("The PostgreSQL server from an earlier run (pid " + process.pid()
                    + ") did not stop within " + PATIENCE.toSeconds() + " s; stop it and start again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for an earlier PostgreSQL server to stop", e);
        } catch (ExecutionException e) {
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
