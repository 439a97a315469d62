package fr.impact.ingestion.sales;

import fr.impact.ingestion.model.EgalimLabel;
import fr.impact.ingestion.store.Sql;
import java.io.OutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands valid lines to DuckDB in bulk, in a pipeline of three threads: the caller parses and
 * checks rows and passes the valid lines in batches; a formatter thread writes them as
 * normalised CSV chunks (ISO dates, decimal points, every text quoted); a loader thread has
 * DuckDB's own typed {@code read_csv} insert each finished chunk. Parsing, formatting and
 * loading overlap on the two cores. The loader uses the importer's connection, inside its
 * transaction; the other threads never touch it.
 */
final class StagingWriter implements AutoCloseable {

    static final int DEFAULT_CHUNK_ROWS = 500_000;
    private static final Path END = Path.of("");

    private final Connection connection;
    private final long importId;
    private final String hub;
    private final Path dir;
    private final int chunkRows;
    private static final int BATCH = 2048;
    private static final java.util.List<SaleLine> END_BATCH = new java.util.ArrayList<>();

    private final BlockingQueue<Path> queue = new ArrayBlockingQueue<>(2);
    private final BlockingQueue<java.util.List<SaleLine>> batches = new ArrayBlockingQueue<>(16);
    private final Thread loader;
    private final Thread formatter;
    private volatile Throwable failure;
    private volatile boolean aborted;
    private java.util.List<SaleLine> batch = new java.util.ArrayList<>(BATCH);

    private OutputStream out;
    private final byte[] bytes = new byte[1 << 16];
    private int used;
    private Path current;
    private int rowsInChunk;
    private int chunks;
    private final StringBuilder line = new StringBuilder(256);

    StagingWriter(Connection connection, long importId, String hub, Path dir, int chunkRows) {
        this.connection = connection;
        this.importId = importId;
        this.hub = hub;
        this.dir = dir;
        this.chunkRows = chunkRows;
        this.loader = new Thread(this::loadLoop, "impact-staging-loader");
        this.loader.setDaemon(true);
        this.loader.start();
        this.formatter = new Thread(this::formatLoop, "impact-staging-formatter");
        this.formatter.setDaemon(true);
        this.formatter.start();
    }

    /** Queues a valid line for formatting and loading. */
    void write(SaleLine s) throws IOException {
        batch.add(s);
        if (batch.size() >= BATCH) {
            putBatch(batch);
            batch = new java.util.ArrayList<>(BATCH);
        }
    }

    private void putBatch(java.util.List<SaleLine> b) throws IOException {
        try {
            while (!batches.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (failure != null) {
                    throw new IOException("staging failed: " + failure.getMessage(), failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while staging", e);
        }
    }

    private void formatLoop() {
        try {
            while (true) {
                java.util.List<SaleLine> b = batches.take();
                if (b == END_BATCH || aborted) {
                    if (!aborted) {
                        handOver();
                    }
                    put(END);
                    return;
                }
                for (SaleLine s : b) {
                    format(s);
                }
            }
        } catch (InterruptedException e) {
            failure = e;
        } catch (IOException | RuntimeException e) {
            failure = e;
            queue.offer(END);
        }
    }

    private void format(SaleLine s) throws IOException {
        if (out == null) {
            current = dir.resolve("staging-" + (chunks++) + ".csv");
            out = Files.newOutputStream(current);
        }
        StringBuilder b = line;
        b.setLength(0);
        b.append(s.sourceLine()).append(',');
        text(b, s.facture());
        b.append(',').append(s.ligne()).append(',');
        date(b, s.date());
        b.append(',');
        text(b, s.clientId());
        b.append(',');
        text(b, s.clientNom().orElse(null));
        b.append(',');
        if (s.clientType().isPresent()) {
            b.append(s.clientType().get().name());
        }
        b.append(',');
        text(b, s.producteurId());
        b.append(',');
        text(b, s.producteurNom().orElse(null));
        b.append(',');
        text(b, s.produit());
        b.append(',');
        text(b, s.produitCode().orElse(null));
        b.append(',').append(s.famille().name()).append(',');
        decimal(b, s.quantite());
        b.append(',');
        b.append(s.unite().code()).append(',');
        if (s.prixUnitaireHt().isPresent()) {
            decimal(b, s.prixUnitaireHt().get());
        }
        b.append(',');
        decimal(b, s.montantHt());
        b.append(',');
        if (!s.labels().isEmpty()) {
            for (int i = 0; i < s.labels().size(); i++) {
                EgalimLabel l = s.labels().get(i);
                if (i > 0) {
                    b.append('|');
                }
                b.append(l.name());
            }
        }
        b.append(',').append(s.egalimGroup().name()).append(',');
        if (s.origine().isPresent()) {
            b.append(s.origine().get());
        }
        b.append(',');
        BigDecimal kg = s.kilograms();
        if (kg != null) {
            decimal(b, kg);
        }
        b.append(',');
        BigDecimal l = s.litres();
        if (l != null) {
            decimal(b, l);
        }
        b.append('\n');
        encode(b);
        if (++rowsInChunk >= chunkRows) {
            handOver();
        }
    }

    /** Waits until every chunk is in the database. */
    void finish() throws IOException, SQLException {
        if (!batch.isEmpty()) {
            putBatch(batch);
            batch = new java.util.ArrayList<>(BATCH);
        }
        putBatch(END_BATCH);
        try {
            formatter.join();
            loader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading", e);
        }
        rethrow();
    }

    private void rethrow() throws IOException, SQLException {
        Throwable f = failure;
        if (f instanceof SQLException e) {
            throw e;
        }
        if (f instanceof IOException e) {
            throw e;
        }
        if (f != null) {
            throw new IOException("staging load failed: " + f.getMessage(), f);
        }
    }

    /** UTF-8 into the byte buffer (ASCII fast path), flushed to the chunk file when full. */
    private void encode(StringBuilder b) throws IOException {
        int n = b.length();
        if (used + n * 3 > bytes.length) {
            out.write(bytes, 0, used);
            used = 0;
        }
        for (int i = 0; i < n; i++) {
            char c = b.charAt(i);
            if (c < 0x80) {
                bytes[used++] = (byte) c;
            } else if (c < 0x800) {
                bytes[used++] = (byte) (0xC0 | (c >> 6));
                bytes[used++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(b.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, b.charAt(++i));
                bytes[used++] = (byte) (0xF0 | (cp >> 18));
                bytes[used++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                bytes[used++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                bytes[used++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                if (Character.isSurrogate(c)) {
                    c = '\uFFFD';
                }
                bytes[used++] = (byte) (0xE0 | (c >> 12));
                bytes[used++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[used++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    private static void date(StringBuilder b, java.time.LocalDate d) {
        b.append(d.getYear()).append('-');
        int m = d.getMonthValue();
        if (m < 10) {
            b.append('0');
        }
        b.append(m).append('-');
        int day = d.getDayOfMonth();
        if (day < 10) {
            b.append('0');
        }
        b.append(day);
    }

    /** A BigDecimal as plain text without toPlainString's allocations, for the usual small values. */
    static void decimal(StringBuilder b, BigDecimal v) {
        int scale = v.scale();
        if (scale < 0 || scale > 18 || v.precision() > 18) {
            b.append(v.toPlainString());
            return;
        }
        long unscaled = v.unscaledValue().longValue();
        if (unscaled < 0) {
            b.append('-');
            unscaled = -unscaled;
        }
        long pow = 1;
        for (int i = 0; i < scale; i++) {
            pow *= 10;
        }
        b.append(unscaled / pow);
        if (scale > 0) {
            b.append('.');
            long frac = unscaled % pow;
            long digits = pow / 10;
            while (digits > frac && digits > 1) {
                b.append('0');
                digits /= 10;
            }
            b.append(frac);
        }
    }

    private void handOver() throws IOException {
        if (out == null) {
            return;
        }
        out.write(bytes, 0, used);
        used = 0;
        out.close();
        out = null;
        rowsInChunk = 0;
        put(current);
    }

    private void put(Path p) throws IOException {
        try {
            while (failure == null && !queue.offer(p, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                // wait for the loader to take the previous chunk
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading", e);
        }
    }

    private void loadLoop() {
        String sql = Sql.ingestion("sales", "load_staged");
        // DuckDB loads each chunk on one thread while the two Java stages keep the other core
        // busy: measured on 2 cores, 5 M lines in 14.4 s instead of 16.4 s with DuckDB's two
        // threads competing with parsing (override with -Dimpact.import.duckdb-threads=N).
        int threads = Integer.getInteger("impact.import.duckdb-threads", 1);
        try (var st = connection.createStatement()) {
            st.execute("SET threads = " + threads);
        } catch (SQLException e) {
            failure = e;
            return;
        }
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            while (true) {
                Path chunk = queue.take();
                if (chunk == END) {
                    return;
                }
                p.setLong(1, importId);
                p.setString(2, hub);
                p.setString(3, chunk.toString());
                long t = System.nanoTime();
                p.executeUpdate();
                if (Boolean.getBoolean("impact.timing")) {
                    System.err.printf("timing chunk load %s %8.1f ms%n", chunk.getFileName(), (System.nanoTime() - t) / 1e6);
                }
                Files.deleteIfExists(chunk);
            }
        } catch (InterruptedException e) {
            failure = e;
        } catch (SQLException | IOException | RuntimeException e) {
            failure = e;
        } finally {
            try (var st = connection.createStatement()) {
                st.execute("RESET threads");
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
    }

    private static void text(StringBuilder b, String v) {
        if (v == null) {
            return;
        }
        b.append('"');
        int n = v.length();
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c == '"') {
                b.append('"');
            }
            b.append(c);
        }
        b.append('"');
    }

    @Override
    public void close() {
        try {
            if (formatter.isAlive()) {
                aborted = true;
                batches.clear();
                batches.offer(END_BATCH);
                try {
                    formatter.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (out != null) {
                used = 0;
                out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (loader.isAlive()) {
                queue.clear();
                queue.offer(END);
                try {
                    loader.join(); // the connection must be idle before the caller rolls back
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
