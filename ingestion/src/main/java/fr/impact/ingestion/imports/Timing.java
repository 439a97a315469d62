package fr.impact.ingestion.imports;

/**
 * Phase timings of an import, printed on stderr when the system property
 * {@code impact.timing} is {@code true} (for benchmarks and profiling; silent otherwise).
 */
public final class Timing {

    private static final boolean ON = Boolean.getBoolean("impact.timing");

    private long last = System.nanoTime();

    public void phase(String name) {
        if (ON) {
            long now = System.nanoTime();
            System.err.printf("timing %-24s %8.1f ms%n", name, (now - last) / 1e6);
            last = now;
        }
    }
}
