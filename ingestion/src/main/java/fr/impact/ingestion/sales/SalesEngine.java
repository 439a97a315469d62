package fr.impact.ingestion.sales;

import fr.impact.ingestion.imports.KindLoader;
import fr.impact.ingestion.read.RecordSource;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Which loader brings a sales file into the store: the embedded engine streams the file
 * through the row rules itself; the Spark engine reads what the Spark job wrote for the
 * file's content hash ({@link ParquetSalesLoader}). Either way the importer around it is the
 * same: one transaction per file, {@code UNCHANGED} by hash, quarantine, {@code --strict}.
 */
@FunctionalInterface
public interface SalesEngine {

    /** The embedded engine (the default). */
    SalesEngine EMBEDDED = (contentHash, reopen) -> new SalesLoader(reopen);

    /**
     * @param contentHash the file's SHA-256, as the importer computed it
     * @param reopen opens the file again
     */
    KindLoader loader(String contentHash, Supplier<RecordSource> reopen);

    /** The Spark engine: loads the Parquet the Spark job wrote under {@code output}. */
    static SalesEngine parquet(Path output) {
        return (contentHash, reopen) -> new ParquetSalesLoader(output, contentHash);
    }
}
