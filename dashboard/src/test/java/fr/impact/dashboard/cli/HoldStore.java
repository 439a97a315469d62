package fr.impact.dashboard.cli;

import fr.impact.ingestion.store.Store;
import java.nio.file.Path;

/** A child process that holds a database open, as the running dashboard does, until killed. */
public final class HoldStore {

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]), "256MB")) {
            System.out.println("holding");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
