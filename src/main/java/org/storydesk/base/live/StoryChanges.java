package org.storydesk.base.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every open view, on every app node, that something changed. A write announces its
 * change inside its own transaction ({@code pg_notify}), so PostgreSQL delivers it only when the
 * write commits, and never a change that was rolled back. Each node listens on one connection of
 * its own and hands what it hears to the views subscribed on that node.
 */
@Component
public class StoryChanges implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(StoryChanges.class);
    private static final String CHANNEL = "storydesk_changes";
    private static final Duration POLL = Duration.ofMillis(250);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private Thread thread;

    StoryChanges(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Announces a change; inside a transaction, it goes out when (and only if) the transaction commits. */
    public void announce(Change change) {
        jdbc.sql("SELECT pg_notify('" + CHANNEL + "', :payload)").param("payload", change.payload()).query(Object.class).single();
    }

    /** Hears every change from now on, on a thread of its own (a view passes it to its UI); closing stops it. */
    public Subscription subscribe(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Stops hearing changes. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "story-changes");
        thread.setDaemon(true);
        thread.start();
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications((int) POLL.toMillis());
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(Change.of(notification.getParameter()));
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Lost the connection that hears editors' changes; listening again shortly: {}", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void deliver(Change change) {
        for (Consumer<Change> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                log.warn("A view failed to take a change ({}): {}", change, e.getMessage());
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(Duration.ofSeconds(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread listener = thread;
        if (listener != null) {
            try {
                listener.join(Duration.ofSeconds(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Listen once the database is up; stop listening before it goes. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }
}
