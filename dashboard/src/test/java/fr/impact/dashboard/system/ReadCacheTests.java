package fr.impact.dashboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link ReadCache}: a value is served only to readers of the state it was computed from. */
class ReadCacheTests {

    final ReadCache cache = new ReadCache();
    final AtomicInteger loads = new AtomicInteger();

    String load(String state) {
        loads.incrementAndGet();
        return state;
    }

    @Test
    void aValueIsComputedOnceBetweenTwoWrites() throws Exception {
        assertThat(cache.get("k", () -> load("avant"))).isEqualTo("avant");
        assertThat(cache.get("k", () -> load("autre"))).isEqualTo("avant");
        assertThat(loads).hasValue(1);
        cache.beforeWrite();
        cache.afterWrite();
        assertThat(cache.get("k", () -> load("après"))).isEqualTo("après");
        assertThat(loads).hasValue(2);
    }

    @Test
    void duringAWriteNothingIsServedNorKept() throws Exception {
        cache.get("k", () -> load("avant"));
        cache.beforeWrite();
        assertThat(cache.get("k", () -> load("pendant"))).isEqualTo("pendant");
        assertThat(cache.get("k", () -> load("pendant 2"))).isEqualTo("pendant 2");
        cache.afterWrite();
        assertThat(cache.get("k", () -> load("après"))).isEqualTo("après");
        assertThat(cache.get("k", () -> load("encore"))).isEqualTo("après");
    }

    @Test
    void aRequestThatBeganBeforeAWriteNeitherReadsNorKeepsValues() throws Exception {
        cache.beginRequest(); // this request's snapshot may be the state before the write
        cache.get("k", () -> load("avant"));
        assertThat(cache.get("k", () -> load("x"))).isEqualTo("avant");
        cache.beforeWrite();
        cache.afterWrite();
        // another thread computes and keeps the state after the write
        Thread other = new Thread(() -> {
            try {
                cache.get("k", () -> load("après"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        other.start();
        other.join();
        // the old request does not get the value of the new state, and keeps nothing of its own
        assertThat(cache.get("k", () -> load("avant, relu"))).isEqualTo("avant, relu");
        cache.endRequest();
        assertThat(cache.get("k", () -> load("y"))).isEqualTo("après");
    }
}
