package fr.impact.ingestion.spark;

import fr.impact.ingestion.csv.CsvRecordSource;
import fr.impact.ingestion.profile.MappingProfile;
import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.read.HeaderMapping;
import fr.impact.ingestion.read.RecordSink;
import fr.impact.ingestion.read.RecordSource;
import fr.impact.ingestion.read.Sniff;
import fr.impact.ingestion.xlsx.XlsxRecordSource;
import fr.impact.ingestion.rules.FileCode;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.RowCode;
import fr.impact.ingestion.sales.SaleLine;
import fr.impact.ingestion.sales.SalesFormat;
import fr.impact.ingestion.sales.SalesRules;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One sales file checked the way the embedded engine checks it, in plain Java: the same
 * reader ({@link CsvRecordSource}), header mapping and {@link SalesRules}, the same
 * duplicate-key rule (every row of a key seen twice in the file is rejected) and the same
 * findings, in the same order. What it finds is handed to a {@link Sink}; no Spark here.
 *
 * <p>Two passes over the (local copy of the) file: the first finds the keys the file repeats,
 * the second checks every row and hands out the valid lines as they come, so a file of
 * millions of lines is never held in memory.
 */
final class SalesFileCheck {

    /** What a file gives. Findings come in the order the embedded engine reports them. */
    interface Sink {
        void line(SaleLine line);

        /** A broken rule or a warning; {@code seq} orders the findings of one line. */
        void finding(Finding f, int seq);

        /** A rejected row: its line, its key (or null) and its text as in the file. */
        void quarantined(long line, String key, String raw);
    }

    /** How the file ended: loaded (with counts) or refused as a whole. */
    record Outcome(String description, String encoding, long dataRows, long emptyRows, long accepted,
            long rejectedRows, FileRefusedException refusal) {}

    private final LocalDate today;
    private final MappingProfile profile;

    SalesFileCheck(LocalDate today, MappingProfile profile) {
        this.today = today;
        this.profile = profile;
    }

    Outcome check(Path file, Sniff sniff, Sink sink) throws IOException {
        String encoding = sniff.encodingName();
        try {
            XlsxRecordSource.requireNoPassword(file, sniff);
            sniff.requireTable();
        } catch (FileRefusedException e) {
            return new Outcome(null, encoding, 0, 0, 0, 0, e);
        }
        Map<String, List<Long>> duplicates;
        try {
            duplicates = repeatedKeys(file, sniff);
        } catch (FileRefusedException e) {
            return new Outcome(null, encoding, 0, 0, 0, 0, e);
        } catch (Refused r) {
            return new Outcome(null, encoding, 0, 0, 0, 0, r.cause);
        }
        Map<Long, String> dupLines = new HashMap<>();
        duplicates.forEach((k, lines) -> lines.forEach(l -> dupLines.put(l, k)));

        RecordSource source = source(file, sniff);
        SalesRules rules = new SalesRules(today);
        boolean rank = profile.deriveLineRank();
        List<String> derived = rank ? List.of("ligne") : List.of();
        long[] counts = new long[4]; // data rows, empty rows, accepted, rejected rows
        int[] seq = {0};
        Consumer<Finding> emit = f -> sink.finding(f, seq[0]++);
        try {
            source.read(new RecordSink() {
                HeaderMapping map;
                final Map<String, Integer> ranks = new HashMap<>();
                final List<Finding> row = new ArrayList<>();

                @Override
                public void header(long line, String[] cells) {
                    map = mapping(line, cells, derived);
                    map.warnings().forEach(emit);
                }

                @Override
                public void record(long line, String[] cells, int n, CharSequence raw) {
                    if (allEmpty(cells, n)) {
                        counts[1]++;
                        return;
                    }
                    counts[0]++;
                    String derivedLigne = rank
                            ? String.valueOf(ranks.merge(SalesRules.facture(cells, n, map), 1, Integer::sum))
                            : null;
                    row.clear();
                    seq[0] = 0;
                    SaleLine sale = rules.check(line, cells, n, map, derivedLigne, row);
                    String dupKey = dupLines.get(line);
                    if (sale != null) {
                        row.forEach(emit);
                        if (dupKey == null) {
                            counts[2]++;
                            sink.line(sale);
                        } else {
                            counts[3]++;
                            sink.quarantined(line, dupKey, raw.toString());
                        }
                    } else {
                        counts[3]++;
                        row.forEach(emit);
                        String key = n == map.width() ? SalesRules.key(cells, n, map, derivedLigne) : null;
                        sink.quarantined(line, key, raw.toString());
                    }
                    if (dupKey != null) {
                        List<Long> lines = duplicates.get(dupKey);
                        List<String> others = new ArrayList<>();
                        for (Long l : lines) {
                            if (l != line) {
                                others.add(String.valueOf(l));
                            }
                        }
                        int sep = dupKey.indexOf('\u0000');
                        emit.accept(new Finding(line, "ligne",
                                dupKey.substring(0, sep) + " / " + dupKey.substring(sep + 1), RowCode.DUPLICATE_KEY,
                                String.join(", ", others)));
                    }
                }
            });
        } catch (FileRefusedException e) {
            return new Outcome(source.description(), encoding, 0, 0, 0, 0, e);
        } catch (Refused r) {
            return new Outcome(source.description(), encoding, 0, 0, 0, 0, r.cause);
        } finally {
            source.close();
        }
        if (counts[0] == 0) {
            return new Outcome(source.description(), encoding, 0, counts[1], 0, 0,
                    new FileRefusedException(FileCode.EMPTY_FILE, ""));
        }
        return new Outcome(source.description(), encoding, counts[0], counts[1], counts[2], counts[3], null);
    }

    /**
     * First pass: the keys (facture, ligne) held by more than one row, with their lines in
     * order. Only 64-bit hashes of the keys are kept; when two hashes are equal, a second
     * read finds the exact keys of those rows.
     */
    private Map<String, List<Long>> repeatedKeys(Path file, Sniff sniff) throws IOException, FileRefusedException {
        long[][] hashes = {new long[1 << 12]};
        int[] size = {0};
        keys(file, sniff, (key, line) -> {
            if (size[0] == hashes[0].length) {
                hashes[0] = java.util.Arrays.copyOf(hashes[0], size[0] * 2);
            }
            hashes[0][size[0]++] = hash(key);
        });
        long[] sorted = java.util.Arrays.copyOf(hashes[0], size[0]);
        hashes[0] = null;
        java.util.Arrays.sort(sorted);
        Set<Long> twice = new HashSet<>();
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                twice.add(sorted[i]);
            }
        }
        Map<String, List<Long>> byKey = new java.util.LinkedHashMap<>();
        if (!twice.isEmpty()) {
            keys(file, sniff, (key, line) -> {
                if (twice.contains(hash(key))) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
                }
            });
            byKey.values().removeIf(lines -> lines.size() < 2);
        }
        return byKey;
    }

    private void keys(Path file, Sniff sniff, java.util.function.ObjLongConsumer<String> out)
            throws IOException, FileRefusedException {
        try (RecordSource source = source(file, sniff)) {
            readKeys(source, out);
        }
    }

    private void readKeys(RecordSource source, java.util.function.ObjLongConsumer<String> out)
            throws IOException, FileRefusedException {
        boolean rank = profile.deriveLineRank();
        List<String> derived = rank ? List.of("ligne") : List.of();
        source.read(new RecordSink() {
            HeaderMapping map;
            final Map<String, Integer> ranks = new HashMap<>();

            @Override
            public void header(long line, String[] cells) {
                map = mapping(line, cells, derived);
            }

            @Override
            public void record(long line, String[] cells, int n, CharSequence raw) {
                if (allEmpty(cells, n)) {
                    return;
                }
                String derivedLigne = rank
                        ? String.valueOf(ranks.merge(SalesRules.facture(cells, n, map), 1, Integer::sum))
                        : null;
                if (n != map.width()) {
                    return;
                }
                String key = SalesRules.key(cells, n, map, derivedLigne);
                if (key != null) {
                    out.accept(key, line);
                }
            }
        });
    }

    /** FNV-1a then a final mix: 64 bits, so distinct keys almost never share a hash. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    private HeaderMapping mapping(long line, String[] cells, List<String> derived) {
        try {
            return HeaderMapping.resolve(line, cells, SalesFormat.COLUMNS, profile, derived);
        } catch (FileRefusedException e) {
            throw new Refused(e);
        }
    }

    private RecordSource source(Path file, Sniff sniff) {
        if (sniff.format() == Sniff.Format.XLSX) {
            return new XlsxRecordSource(file, profile.sheet());
        }
        return new CsvRecordSource(file, sniff.charset(), sniff.bomLength(), profile.delimiter().orElse(null));
    }

    static boolean allEmpty(String[] cells, int n) {
        for (int i = 0; i < n; i++) {
            if (!cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Carries a refusal out of the sink callback. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient FileRefusedException cause;

        Refused(FileRefusedException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }
}
