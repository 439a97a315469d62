package fr.impact.ingestion.rules;

import static java.util.Objects.requireNonNull;

/**
 * One broken rule (a rejection) or one remark (a warning) about a row of a file: where it
 * is, which column, which value, why. A bad row is data, not an exception.
 *
 * @param line the physical line of the row (header = 1), or 0 for the whole file
 * @param column the canonical column name, or the header as written for unknown columns
 * @param value the value as written in the file (may be empty)
 * @param code the stable code
 * @param expected what the rule expects, as a message argument (may be empty)
 */
public record Finding(long line, String column, String value, RowCode code, String expected) {

    public Finding {
        requireNonNull(column, "column is null");
        requireNonNull(value, "value is null");
        requireNonNull(code, "code is null");
        requireNonNull(expected, "expected is null");
        if (line < 0) {
            throw new IllegalArgumentException("line is negative: " + line);
        }
    }

    public static Finding of(long line, String column, String value, RowCode code) {
        return new Finding(line, column, value, code, "");
    }

    public boolean isRejection() {
        return code.isRejection();
    }
}
