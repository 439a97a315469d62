package fr.impact.dashboard.cli;

import fr.impact.dashboard.system.Json;
import fr.impact.dashboard.backup.Backups;
import fr.impact.dashboard.backup.Manifest;
import fr.impact.ingestion.store.Store;
import fr.impact.ingestion.store.StoreLockedException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code impact backup DIR}: a consistent backup of the database into a new directory (one
 * Parquet file per table and {@code manifest.json}). While the dashboard holds the file, it
 * says so, and the dashboard makes the backup ({@code POST /api/backup}).
 */
@Command(name = "backup", resourceBundle = "fr.impact.dashboard.cli.usage", mixinStandardHelpOptions = true)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    ImpactCli root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOSSIER", descriptionKey = "backup.dir")
    Path dir;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var t = root.texts();
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        Store store;
        try {
            store = root.openStore();
        } catch (StoreLockedException e) {
            return refuse(out, "LOCKED", t.text("backup.locked", e.file(), e.pid().map(p -> " (PID " + p + ")").orElse("")));
        }
        Manifest m;
        try (store) {
            m = new Backups(ImpactCli.VERSION, Clock.system(ZoneId.of("Europe/Paris"))).write(store, dir);
        } catch (Backups.Refused r) {
            return refuse(out, r.code().name(), t.text("backup." + r.code().name(), r.args().toArray()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("directory", dir.toAbsolutePath().toString());
            doc.put("seconds", Math.round(seconds * 100) / 100.0);
            doc.put("manifest", m.document());
            out.println(Json.write(doc));
        } else {
            out.println(t.text("backup.done", dir, m.tables().size(), Numbers.integer(m.totalRows()),
                    RestoreCommand.megabytes(m.totalBytes()), String.format(java.util.Locale.FRANCE, "%.1f", seconds),
                    m.schemaVersion()));
        }
        return ImpactCli.OK;
    }

    /** A refusal: the sentence on stderr (and, with --json, a document on stdout); status 2. */
    private int refuse(PrintWriter out, String code, String message) {
        if (json) {
            out.println(Json.write(Map.of("error", new java.util.TreeMap<>(Map.of("code", code, "message", message)))));
        }
        spec.commandLine().getErr().println(message);
        return ImpactCli.USER;
    }
}
