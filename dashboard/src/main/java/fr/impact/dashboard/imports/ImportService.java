package fr.impact.dashboard.imports;

import fr.impact.dashboard.system.Database;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportHistory;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.config.ParkConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports an uploaded file on the writer, one at a time: the upload is saved to a temporary
 * file, imported under its original (sanitised) name, and what pages keep is dropped (Database.write).
 */
@Service
class ImportService {

    /** A rejected or warned line of an import, as stored in {@code findings}: its message in French and in English. */
    record Finding(long line, String column, String value, String code, String message, String messageEn) {

        /** One message for both languages. */
        Finding(long line, String column, String value, String code, String message) {
            this(line, column, value, code, message, message);
        }

        /** The message in French, or in English. */
        String message(boolean english) {
            return english ? messageEn : message;
        }
    }

    private final Database db;
    private final ParkConfig config;
    private final String rejectionsSql;

    ImportService(Database db, ParkConfig config) throws IOException {
        this.db = db;
        this.config = config;
        try (InputStream in = ImportService.class.getResourceAsStream("/sql/imports/rejections_by_import.sql")) {
            this.rejectionsSql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * One report per import: one for a file, one per ledger sheet for a funding workbook
     * ({@link Importer#importAll}, as on the command line).
     */
    List<FileReport> importUpload(ImportKind kind, InputStream content, String originalName, String hub, boolean strict)
            throws Exception {
        String name = displayName(originalName, kind);
        Path tmp = Files.createTempFile("impact-upload-", suffix(name));
        try {
            Files.copy(content, tmp, StandardCopyOption.REPLACE_EXISTING);
            ImportOptions options = ImportOptions.defaults()
                    .withHub(hub == null || hub.isBlank() ? config.defaultHub() : hub.trim())
                    .withStrict(strict)
                    .withDisplayName(name);
            List<FileReport> reports = db.write(store -> new Importer(store,
                    Importer.Settings.defaults().withMaxFileBytes(config.maxFileBytes())).importAll(kind, tmp, options));
            return reports;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    List<ImportHistory.Entry> history() throws Exception {
        return db.onWriter(store -> new ImportHistory(store).list());
    }

    ImportHistory.Entry undo(long id) throws Exception {
        ImportHistory.Entry e = db.write(store -> new ImportHistory(store).undo(id));
        return e;
    }

    /** The rejected lines of one import, in line order, with their French and English messages. */
    List<Finding> rejections(long importId) throws Exception {
        return db.read(c -> {
            List<Finding> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(rejectionsSql)) {
                p.setLong(1, importId);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new Finding(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), r.getString(6)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Whether the form or the script sent no file: no part, or an empty part without a name
     * (what a browser sends when none was chosen). A named file of 0 bytes is a file: it is
     * imported and refused as empty, as on the command line.
     */
    static boolean noFile(MultipartFile file) {
        return file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank());
    }

    /**
     * The name the import is recorded under: the last segment of what the browser sent
     * (never a path), control characters and bidirectional overrides (U+202E before
     * {@code vsc.exe} shows it as {@code exe.csv}) removed, at most 200 characters.
     */
    static String displayName(String original, ImportKind kind) {
        String n = original == null ? "" : original;
        n = n.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        n = n.replaceAll("[\\p{Cntrl}\\u0080-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "").strip();
        while (n.startsWith(".")) {
            n = n.substring(1);
        }
        if (n.isEmpty()) {
            n = kind.cliName() + ".csv";
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    private static String suffix(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String ext = dot >= 0 ? lower.substring(dot) : "";
        return ext.matches("\\.[a-z0-9]{1,5}") ? ext : ".csv";
    }
}
