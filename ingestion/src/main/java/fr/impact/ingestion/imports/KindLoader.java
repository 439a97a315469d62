package fr.impact.ingestion.imports;

import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.read.RecordSource;
import java.io.IOException;
import java.sql.SQLException;

/** Loads one kind of file into the store, inside the transaction the importer opened. */
public interface KindLoader {

    /** Accepted rows (replacements included) and how many of them replaced a current row. */
    record Loaded(long accepted, long replaced) {}

    Loaded load(RecordSource source, ImportContext ctx) throws IOException, SQLException, FileRefusedException;

    /** Removes what import {@code id} wrote and restores what it replaced. */
    void undo(java.sql.Connection c, long id) throws SQLException;
}
