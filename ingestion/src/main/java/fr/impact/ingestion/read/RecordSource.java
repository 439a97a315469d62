package fr.impact.ingestion.read;

import java.io.Closeable;
import java.io.IOException;

/**
 * A tabular file read as a stream of records, never loaded whole.
 *
 * <p>Push style, so that both the CSV reader and POI's streaming SAX reader for XLSX fit:
 * {@link #read(RecordSink)} calls {@link RecordSink#header} once, then
 * {@link RecordSink#record} for every following row, in file order.
 */
public interface RecordSource extends Closeable {

    /**
     * Reads the whole source into the sink.
     *
     * @throws FileRefusedException when the file as a whole cannot be read (not a table,
     *     unreadable, no header)
     */
    void read(RecordSink sink) throws IOException, FileRefusedException;

    /** A short description for messages, e.g. {@code "CSV, UTF-8, ';'"} or {@code "XLSX, feuille Ventes"}. */
    String description();

    @Override
    default void close() throws IOException {}
}
