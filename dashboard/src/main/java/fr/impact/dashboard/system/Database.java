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

    Database(Store store) {
        this.store = store;
    }

    public <T> T read(Read<T> work) throws SQLException {
        try (Connection c = store.newConnection()) {
            return work.apply(c);
        }
    }

    /** Runs {@code work} on the writer thread and waits for it. */
    public <T> T write(Write<T> work) throws Exception {
        Future<T> f = writer.submit(() -> work.apply(store));
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.MINUTES);
    }
}
