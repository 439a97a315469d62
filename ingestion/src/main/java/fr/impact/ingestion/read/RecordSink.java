package fr.impact.ingestion.read;

/**
 * Receives the records of a {@link RecordSource}.
 *
 * <p>Line numbers are physical: the header is on line 1 of a CSV file, and a record that
 * follows a quoted line break starts on a later line. For XLSX, the line is the sheet's
 * row number (1-based, as Excel shows it).
 */
public interface RecordSink {

    /** The header row, its cells as written (not trimmed). Called once, before any record. */
    void header(long line, String[] cells);

    /**
     * One record.
     *
     * @param line the physical line (CSV) or sheet row number (XLSX) where the record starts
     * @param cells the cells as written, not trimmed; the array may be reused by the reader
     *     after this call returns, so copy what you keep
     * @param raw the record's text exactly as in the file (CSV), or its cells joined by
     *     {@code ;} (XLSX); valid only during the call
     */
    void record(long line, String[] cells, int cellCount, CharSequence raw);
}
