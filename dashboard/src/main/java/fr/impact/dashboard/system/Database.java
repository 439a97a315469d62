package fr.impact.dashboard.system;

import fr.impact.ingestion.store.Store;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The one way features reach DuckDB. Writes (imports, undo, the import history) run on the
 * store's writer connection, one at a time, on a single thread; reads get a connection of
 * their own, so pages keep showing the last committed state while an import runs.
 */
@Component
public class Database {

    /** Work on a connection. */
    @FunctionalInterface
    public interface Read<T> {
        T apply(Connection c) throws SQLException;
    }

    /** Work on the writer. */
    @FunctionalInterface
    public interface Write<T> {
        T apply(Store store) throws Exception;
    }

    private final Store store;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "impact-writer");
        t.setDaemon(true);
        return t;
    });

    private final ReadCache cache;

    Database(Store store, ReadCache cache) {
        this.store = store;
        this.cache = cache;
    }

    /** The connection of the request running on this thread (see {@link SnapshotFilter}). */
    private static final class Held {
        Connection c;
    }

    private final ThreadLocal<Held> held = new ThreadLocal<>();

    /**
     * Runs {@code work} in a read transaction: every query it makes sees the same committed
     * state. Within a web request, every read shares one transaction, so a page never mixes
     * the state before an import with the state after it.
     */
    public <T> T read(Read<T> work) throws SQLException {
        Held h = held.get();
        if (h == null) {
            try (Connection c = store.newConnection()) {
                c.setAutoCommit(false);
                try {
                    return work.apply(c);
                } finally {
                    c.rollback();
                }
            }
        }
        if (h.c == null) {
            h.c = store.newConnection();
            h.c.setAutoCommit(false);
        }
        try {
            return work.apply(h.c);
        } catch (SQLException | RuntimeException e) {
            endSnapshot(); // a failed statement spoils the transaction: the next read starts afresh
            held.set(new Held());
            throw e;
        }
    }

    /** From here until {@link #endSnapshot}, this thread's reads share one transaction. */
    void beginSnapshot() {
        held.set(new Held());
    }

    void endSnapshot() {
        Held h = held.get();
        held.remove();
        if (h != null && h.c != null) {
            try (Connection c = h.c) {
                c.rollback();
            } catch (SQLException e) {
                // a read-only transaction: nothing to lose
            }
        }
    }

    /**
     * Runs {@code work} (which changes data) on the writer thread and waits for it. While it
     * runs, and for every request that began before it ended, nothing is served from the
     * {@link ReadCache}.
     */
    public <T> T write(Write<T> work) throws Exception {
        cache.beforeWrite();
        try {
            return onWriter(work);
        } finally {
            cache.afterWrite();
        }
    }

    /** Runs {@code work} on the writer thread and waits for it (reads that need the writer). */
    public <T> T onWriter(Write<T> work) throws Exception {
        Future<T> f = writer.submit(() -> work.apply(store));
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        } finally {
            if (held.get() != null) { // this request's later reads must see what it just wrote
                endSnapshot();
                held.set(new Held());
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.MINUTES);
    }
}
