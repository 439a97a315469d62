package fr.impact.dashboard.system;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * What pages read, kept until the next import or undo ({@link #clear}): between two imports the
 * data cannot change (the server is its only writer), so a figure computed once serves every
 * reader. A value computed from the state before an import is never kept after it.
 */
@Component
public class ReadCache {

    /** Computes a value (on a reader connection, through {@link Database#read}). */
    @FunctionalInterface
    public interface Loader<T> {
        T load() throws SQLException;
    }

    private static final int MAX_ENTRIES = 2048;

    /** A value and the generation (imports so far) of the state it was computed from. */
    private record Entry(long generation, Object value) {}

    private final Map<String, Entry> values = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private int writing;
    /** The generation when this thread's request began (its reads all see that state or a later one). */
    private final ThreadLocal<Long> requestGeneration = new ThreadLocal<>();

    /**
     * The value of {@code key}, computed by {@code loader} if not kept for the state this
     * request reads. Keys name every parameter. A request that began before the last import
     * neither reads nor keeps values, so a page never mixes two states.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Loader<T> loader) throws SQLException {
        Long mine = requestGeneration.get();
        long want;
        synchronized (generation) {
            want = generation.get();
            if (writing > 0 || mine != null && mine != want) {
                want = -1; // a write is running, or this request reads an older state
            }
        }
        if (want < 0) {
            return loader.load();
        }
        Entry e = values.get(key);
        if (e != null && e.generation() == want) {
            return (T) e.value();
        }
        T computed = loader.load();
        if (computed != null) {
            synchronized (generation) {
                if (generation.get() == want) {
                    if (values.size() >= MAX_ENTRIES) {
                        values.clear();
                    }
                    values.put(key, new Entry(want, computed));
                }
            }
        }
        return computed;
    }

    /** Forgets everything. */
    public void clear() {
        synchronized (generation) {
            generation.incrementAndGet();
            values.clear();
        }
    }

    /** A write begins: until it ends, values are neither served nor kept. */
    void beforeWrite() {
        synchronized (generation) {
            writing++;
            generation.incrementAndGet();
            values.clear();
        }
    }

    /** A write ended (committed or not): values of the state before it are gone. */
    void afterWrite() {
        synchronized (generation) {
            generation.incrementAndGet();
            values.clear();
            writing--;
        }
    }

    void beginRequest() {
        requestGeneration.set(generation.get());
    }

    void endRequest() {
        requestGeneration.remove();
    }
}
