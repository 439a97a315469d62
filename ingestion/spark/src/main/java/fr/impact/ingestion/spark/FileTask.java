package fr.impact.ingestion.spark;

import fr.impact.ingestion.model.EgalimLabel;
import fr.impact.ingestion.profile.MappingProfile;
import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.read.Sniff;
import fr.impact.ingestion.rules.FileCode;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.sales.SaleLine;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * What one task does with its files, one after the other: brings each file to local disk
 * (unless it is already a local file), sniffs its encoding and content hash, and runs
 * {@link SalesFileCheck} on it in a reader thread whose records are handed out through a
 * small queue — Spark pulls rows, the reader pushes them, and the file is never in memory.
 */
final class FileTask {

    private static final int BATCH = 1024;
    private static final Object[] END = new Object[0];

    private final String hub;
    private final LocalDate today;
    private final MappingProfile profile;
    private final Set<String> alreadyDone;

    FileTask(String hub, LocalDate today, MappingProfile profile, Set<String> alreadyDone) {
        this.hub = hub;
        this.today = today;
        this.profile = profile;
        this.alreadyDone = alreadyDone;
    }

    /** The key of a file in the manifest, as held in {@code alreadyDone}. */
    static String doneKey(String hub, String contentHash) {
        return hub + '\u0000' + contentHash;
    }

    Iterator<Row> run(Iterator<String> paths) {
        return new Iterator<>() {
            Iterator<Row> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!paths.hasNext()) {
                        return false;
                    }
                    current = file(paths.next());
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private Iterator<Row> file(String path) {
        BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(8);
        Thread reader = new Thread(() -> {
            Object[] failure = null;
            try {
                produce(path, queue);
            } catch (Throwable t) {
                failure = new Object[] {t};
            } finally {
                try {
                    queue.put(failure != null ? failure : END);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "impact-sales-reader");
        reader.setDaemon(true);
        reader.start();
        return new Iterator<>() {
            Object[] batch = new Object[0];
            int i;
            boolean done;

            @Override
            public boolean hasNext() {
                while (i >= batch.length) {
                    if (done) {
                        return false;
                    }
                    try {
                        batch = queue.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while reading " + path, e);
                    }
                    i = 0;
                    if (batch == END) {
                        done = true;
                        return false;
                    }
                    if (batch.length == 1 && batch[0] instanceof Throwable t) {
                        done = true;
                        throw new IllegalStateException("failed reading " + path + ": " + t, t);
                    }
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return (Row) batch[i++];
            }
        };
    }

    private void produce(String path, BlockingQueue<Object[]> queue) throws IOException, InterruptedException {
        List<Row> out = new ArrayList<>(BATCH);
        Emitter emit = row -> {
            out.add(row);
            if (out.size() == BATCH) {
                put(queue, out);
            }
        };
        Path local = null;
        boolean copied = false;
        try {
            org.apache.hadoop.fs.Path hp = new org.apache.hadoop.fs.Path(path);
            String scheme = hp.toUri().getScheme();
            long size;
            if (scheme == null || scheme.equals("file")) {
                local = Path.of(hp.toUri().getPath());
                size = Files.size(local);
            } else {
                FileSystem fs = hp.getFileSystem(new Configuration());
                local = Files.createTempFile("impact-sales-", ".csv");
                copied = true;
                try (InputStream in = fs.open(hp)) {
                    Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
                }
                size = Files.size(local);
            }
            Sniff sniff = Sniff.of(local);
            if (alreadyDone.contains(doneKey(hub, sniff.hash()))) {
                emit.row(fileRow(path, sniff.hash(), size, null, sniff.encodingName(), SalesOutput.SKIPPED, null, 0, 0,
                        0, 0));
            } else {
                check(path, local, size, sniff, emit);
            }
        } catch (IOException e) {
            emit.row(fileRow(path, "", 0, null, null, SalesOutput.REFUSED,
                    new FileRefusedException(FileCode.UNREADABLE, String.valueOf(e.getMessage())), 0, 0, 0, 0));
        } finally {
            if (copied) {
                Files.deleteIfExists(local);
            }
        }
        if (!out.isEmpty()) {
            put(queue, out);
        }
    }

    private void check(String path, Path local, long size, Sniff sniff, Emitter emit) throws IOException {
        String hash = sniff.hash();
        SalesFileCheck.Outcome o = new SalesFileCheck(today, profile).check(local, sniff, new SalesFileCheck.Sink() {
            @Override
            public void line(SaleLine s) {
                emit.row(lineRow(path, hash, s));
            }

            @Override
            public void finding(Finding f, int seq) {
                Object[] v = new Object[SalesOutput.RECORDS.size()];
                v[0] = SalesOutput.FINDING;
                v[1] = path;
                v[2] = hash;
                v[3] = hub;
                v[5] = f.line();
                v[26] = seq;
                v[27] = f.column();
                v[28] = f.value();
                v[29] = f.code().name();
                v[30] = f.expected();
                v[31] = f.isRejection();
                emit.row(RowFactory.create(v));
            }

            @Override
            public void quarantined(long line, String key, String raw) {
                Object[] v = new Object[SalesOutput.RECORDS.size()];
                v[0] = SalesOutput.ROW;
                v[1] = path;
                v[2] = hash;
                v[3] = hub;
                v[5] = line;
                v[32] = key;
                v[33] = raw;
                emit.row(RowFactory.create(v));
            }
        });
        emit.row(fileRow(path, hash, size, o.description(), o.encoding(),
                o.refusal() == null ? SalesOutput.LOADED : SalesOutput.REFUSED, o.refusal(), o.dataRows(),
                o.emptyRows(), o.accepted(), o.rejectedRows()));
    }

    private Row lineRow(String path, String hash, SaleLine s) {
        Object[] v = new Object[SalesOutput.RECORDS.size()];
        v[0] = SalesOutput.LINE;
        v[1] = path;
        v[2] = hash;
        v[3] = hub;
        v[4] = s.date().getYear();
        v[5] = s.sourceLine();
        v[6] = s.facture();
        v[7] = s.ligne();
        v[8] = java.sql.Date.valueOf(s.date());
        v[9] = s.clientId();
        v[10] = s.clientNom().orElse(null);
        v[11] = s.clientType().map(Enum::name).orElse(null);
        v[12] = s.producteurId();
        v[13] = s.producteurNom().orElse(null);
        v[14] = s.produit();
        v[15] = s.produitCode().orElse(null);
        v[16] = s.famille().name();
        v[17] = s.quantite();
        v[18] = s.unite().code();
        v[19] = s.prixUnitaireHt().orElse(null);
        v[20] = s.montantHt();
        v[21] = labels(s.labels());
        v[22] = s.egalimGroup().name();
        v[23] = s.origine().orElse(null);
        v[24] = scaled(s.kilograms(), 6);
        v[25] = scaled(s.litres(), 5);
        return RowFactory.create(v);
    }

    private Row fileRow(String path, String hash, long size, String format, String encoding, String status,
            FileRefusedException refusal, long dataRows, long emptyRows, long accepted, long rejected) {
        Object[] v = new Object[SalesOutput.RECORDS.size()];
        v[0] = SalesOutput.FILE;
        v[1] = path;
        v[2] = hash;
        v[3] = hub;
        v[34] = size;
        v[35] = format;
        v[36] = encoding;
        v[37] = status;
        if (refusal != null) {
            v[38] = refusal.code().name();
            v[39] = scala.jdk.javaapi.CollectionConverters.asScala(refusal.args()).toSeq();
        }
        v[40] = dataRows;
        v[41] = emptyRows;
        v[42] = accepted;
        v[43] = rejected;
        return RowFactory.create(v);
    }

    /** As the embedded engine stores them: codes joined by {@code |}, null when none. */
    static String labels(List<EgalimLabel> labels) {
        if (labels.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (EgalimLabel l : labels) {
            if (b.length() > 0) {
                b.append('|');
            }
            b.append(l.name());
        }
        return b.toString();
    }

    private static BigDecimal scaled(BigDecimal v, int scale) {
        return v == null ? null : v.setScale(scale, java.math.RoundingMode.HALF_UP);
    }

    private static void put(BlockingQueue<Object[]> queue, List<Row> out) {
        try {
            queue.put(out.toArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        out.clear();
    }

    private interface Emitter {
        void row(Row r);
    }
}
