package fr.impact.dashboard.cli;

import fr.impact.dashboard.system.Json;
import fr.impact.dashboard.backup.Backups;
import fr.impact.ingestion.store.Fingerprint;
import fr.impact.ingestion.store.StoreLockedException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code impact restore DIR [--force]}: checks a backup (manifest, sizes, SHA-256, schema
 * version), loads it into a new file, verifies every table against the manifest, then puts
 * it in place of the database; a database holding data is replaced only with {@code --force},
 * and kept beside it.
 */
@Command(name = "restore", resourceBundle = "fr.impact.dashboard.cli.usage", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @ParentCommand
    ImpactCli root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DOSSIER", descriptionKey = "restore.dir")
    Path dir;

    @Option(names = "--force", descriptionKey = "restore.force")
    boolean force;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var t = root.texts();
        PrintWriter out = spec.commandLine().getOut();
        Backups.Restored r;
        try {
            r = new Backups(ImpactCli.VERSION, Clock.system(ZoneId.of("Europe/Paris")))
                    .restore(dir, root.dbFile(), force, root.parkConfig().duckdbMemoryLimit());
        } catch (StoreLockedException e) {
            return refuse(out, "LOCKED", t.text("restore.locked", e.file(), e.pid().map(p -> " (PID " + p + ")").orElse("")));
        } catch (Backups.Refused e) {
            return refuse(out, e.code().name(), t.text("restore." + e.code().name(), e.args().toArray()));
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("directory", dir.toAbsolutePath().toString());
            doc.put("database", r.database().toAbsolutePath().toString());
            doc.put("backup_created_at", r.manifest().createdAt().toString());
            doc.put("backup_schema_version", r.manifest().schemaVersion());
            doc.put("schema_version", r.schemaVersion());
            doc.put("previous_database", r.previous().map(p -> p.toAbsolutePath().toString()));
            doc.put("seconds", Math.round(r.seconds() * 100) / 100.0);
            doc.put("verified", true);
            List<Object> tables = new ArrayList<>();
            for (Fingerprint f : r.verified().values()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", f.table());
                m.put("rows", f.rows());
                m.put("fingerprint", f.hash().toString());
                tables.add(m);
            }
            doc.put("tables", tables);
            out.println(Json.write(doc));
        } else {
            out.println(t.text("restore.done", dir, r.database(), r.verified().size(),
                    Numbers.integer(r.manifest().totalRows()), r.manifest().createdAt().format(WHEN),
                    r.schemaVersion(), String.format(Locale.FRANCE, "%.1f", r.seconds())));
            r.previous().ifPresent(p -> out.println(t.text("restore.previous", p)));
            if (r.schemaVersion() > r.manifest().schemaVersion()) {
                out.println(t.text("restore.migrated", r.manifest().schemaVersion(), r.schemaVersion()));
            }
        }
        return ImpactCli.OK;
    }

    private int refuse(PrintWriter out, String code, String message) {
        if (json) {
            out.println(Json.write(Map.of("error", new java.util.TreeMap<>(Map.of("code", code, "message", message)))));
        }
        spec.commandLine().getErr().println(message);
        return ImpactCli.USER;
    }

    /** Bytes as French megabytes, one decimal. */
    static String megabytes(long bytes) {
        return String.format(Locale.FRANCE, "%.1f Mo", bytes / (1024.0 * 1024));
    }
}
