package fr.impact.ingestion.store;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;

/**
 * What one table holds, in two numbers: its row count, and the sum over its rows of a hash
 * of each whole row. Two tables with the same fingerprint hold the same rows (up to a hash
 * collision), whatever their order; a changed, missing or duplicated row changes it.
 *
 * @param table the table's name
 * @param rows its number of rows
 * @param hash the sum of the rows' hashes (DuckDB's {@code hash} of the row as a STRUCT)
 */
public record Fingerprint(String table, long rows, BigInteger hash) {

    public Fingerprint {
        requireNonNull(table, "table is null");
        requireNonNull(hash, "hash is null");
        if (rows < 0) {
            throw new IllegalArgumentException("rows < 0: " + rows);
        }
    }

    @Override
    public String toString() {
        return table + "=" + rows + "/" + hash;
    }
}
