package fr.impact.ingestion.achats;

import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.rules.FileCode;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.RowCode;
import java.util.ArrayList;
import java.util.List;

/**
 * ma-cantine's header rule: exactly its column names, in its order, lower-case, only
 * surrounding spaces trimmed; {@code cantine_id} instead of {@code siret} first selects the
 * id variant. Every wrong column is named with what it should be, as ma-cantine does
 * ("vous avez écrit « s_iret » au lieu de « siret »"); missing columns at the end make one
 * error, extra columns another.
 */
public final class AchatsHeader {

    /** The columns after the canteen's key, in order. */
    public static final List<String> COLUMNS = List.of("description", "fournisseur", "date", "prix_ht",
            "famille_produits", "categories_egalim", "origine", "est_circuit_court", "est_local",
            "definition_local", "definition_local_km");

    /** How the canteen is named on each row. */
    public enum Key {
        SIRET("siret"), CANTINE_ID("cantine_id");

        private final String column;

        Key(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    public static final int WIDTH = COLUMNS.size() + 1;

    private AchatsHeader() {}

    /** The expected column names for a key variant. */
    public static List<String> expected(Key key) {
        List<String> all = new ArrayList<>(WIDTH);
        all.add(key.column());
        all.addAll(COLUMNS);
        return all;
    }

    /** The key variant the header names, and every error it has (empty when it is right). */
    public record Result(Key key, List<Finding> errors, String summary) {
        public Result {
            errors = List.copyOf(errors);
        }
    }

    /**
     * Checks the header, given its cells as written. Errors are findings on line {@code line}
     * (column: the expected name; value: what was written).
     *
     * @param trailingEmptyIgnored for XLSX, where empty cells after the last column are no columns
     */
    public static Result check(long line, String[] header, boolean trailingEmptyIgnored) {
        List<String> cells = new ArrayList<>(header.length);
        for (int i = 0; i < header.length; i++) {
            String s = header[i];
            if (i == 0 && s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            cells.add(s.strip());
        }
        if (trailingEmptyIgnored) {
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
        }
        Key key = !cells.isEmpty() && cells.get(0).equals(Key.CANTINE_ID.column()) ? Key.CANTINE_ID : Key.SIRET;
        List<String> expected = expected(key);
        List<Finding> errors = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        int n = Math.min(cells.size(), WIDTH);
        for (int i = 0; i < n; i++) {
            if (!cells.get(i).equals(expected.get(i))) {
                errors.add(new Finding(line, expected.get(i), cells.get(i), RowCode.HEADER_MISMATCH, expected.get(i)));
                summary.add("« " + cells.get(i) + " » → « " + expected.get(i) + " »");
            }
        }
        if (cells.size() < WIDTH) {
            String missing = String.join(", ", expected.subList(cells.size(), WIDTH));
            errors.add(new Finding(line, expected.get(cells.size()), "", RowCode.HEADER_MISSING_COLUMNS, missing));
            summary.add("∅ → " + missing);
        }
        if (cells.size() > WIDTH) {
            List<String> extra = new ArrayList<>();
            for (String c : cells.subList(WIDTH, cells.size())) {
                extra.add("« " + c + " »");
            }
            errors.add(new Finding(line, "", String.join(", ", extra), RowCode.HEADER_EXTRA_COLUMNS, ""));
            summary.add(String.join(", ", extra) + " → ∅");
        }
        return new Result(key, errors, String.join(" ; ", summary));
    }

    /** The refusal for a header with errors. */
    public static FileRefusedException refusal(Result r) {
        return new FileRefusedException(FileCode.ACHATS_HEADER, String.valueOf(r.errors().size()), r.summary(),
                String.join(", ", expected(r.key())));
    }
}
