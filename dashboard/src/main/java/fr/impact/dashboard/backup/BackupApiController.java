package fr.impact.dashboard.backup;

import fr.impact.dashboard.system.Json;
import fr.impact.dashboard.system.Database;
import fr.impact.ingestion.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/backup} (OFFICER): while the dashboard holds the database, it makes the
 * backup itself, into a new dated directory {@code impact-yyyy-MM-dd-HHmmss} under
 * {@code $IMPACT_BACKUP_DIR} (default: {@code sauvegardes/} beside the database). It runs on
 * the writer, between two imports; pages keep reading meanwhile. The body is the document
 * of {@code backup --json}.
 */
@RestController
class BackupApiController {

    static final String BACKUP_DIR_ENV = "IMPACT_BACKUP_DIR";
    private static final DateTimeFormatter DATED = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final Database db;
    private final Path base;
    private final Clock clock = Clock.system(ZoneId.of("Europe/Paris"));

    BackupApiController(Database db, Store store) {
        this.db = db;
        String env = System.getenv(BACKUP_DIR_ENV);
        Path dbDir = store.file() == null ? Path.of(".") : store.file().toAbsolutePath().getParent();
        this.base = env != null && !env.isBlank() ? Path.of(env) : dbDir.resolve("sauvegardes");
    }

    @PostMapping(value = "/api/backup", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> backup() throws Exception {
        long start = System.nanoTime();
        Path dir = base.resolve("impact-" + LocalDateTime.now(clock).format(DATED));
        for (int n = 2; Files.exists(dir); n++) {
            dir = base.resolve("impact-" + LocalDateTime.now(clock).format(DATED) + "-" + n);
        }
        Path target = dir;
        Manifest m;
        try {
            m = db.write(store -> new Backups(fr.impact.dashboard.system.Version.IMPACT, clock).write(store, target));
        } catch (Backups.Refused e) {
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
                    .body(Json.write(Map.of("error", new TreeMap<>(Map.of("code", e.code().name(),
                            "message", "Le dossier de sauvegarde " + target + " n'est pas vide.")))));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("directory", target.toAbsolutePath().toString());
        doc.put("seconds", Math.round((System.nanoTime() - start) / 1e7) / 100.0);
        doc.put("manifest", m.document());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(Json.write(doc));
    }
}
