package fr.impact.ingestion.store;

import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportHistory;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.TestFiles;
import java.nio.file.Path;

/**
 * A child process for the crash tests: {@code DB KIND FILE} imports one file of that kind,
 * {@code DB undo ID} undoes an import; prints "started" once the database is open, then
 * "done STATUS ROWS MILLISECONDS" and exits. The clock is fixed, so two runs of the same
 * operation on the same database write exactly the same rows.
 */
public final class ImportChild {

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]), "512MB")) {
            System.out.println("started");
            System.out.flush();
            long start = System.nanoTime();
            String done;
            if (args[1].equals("undo")) {
                ImportHistory.Entry e = new ImportHistory(store, TestFiles.CLOCK).undo(Long.parseLong(args[2]));
                done = e.status() + " " + e.accepted();
            } else {
                ImportKind kind = ImportKind.parse(args[1]).orElseThrow();
                FileReport r = TestFiles.importer(store).importFile(kind, Path.of(args[2]), ImportOptions.defaults());
                done = r.status() + " " + r.accepted();
            }
            System.out.println("done " + done + " " + (System.nanoTime() - start) / 1_000_000);
        }
    }
}
