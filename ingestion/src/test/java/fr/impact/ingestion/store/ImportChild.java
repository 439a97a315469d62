package fr.impact.ingestion.store;

import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import java.nio.file.Path;

/** A child process for the crash tests: imports one sales file, prints "done" and exits. */
public final class ImportChild {

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]), "512MB")) {
            System.out.println("started");
            System.out.flush();
            long start = System.nanoTime();
            FileReport r = new Importer(store).importFile(ImportKind.SALES, Path.of(args[1]), ImportOptions.defaults());
            System.out.println("done " + r.status() + " " + r.accepted() + " " + (System.nanoTime() - start) / 1_000_000);
        }
    }
}
