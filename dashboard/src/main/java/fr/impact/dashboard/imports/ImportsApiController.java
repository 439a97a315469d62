package fr.impact.dashboard.imports;

import fr.impact.dashboard.system.Json;
import fr.impact.dashboard.cli.Reports;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.rules.Messages;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/imports/{kind}[?hub=&strict=]}, the file in the multipart part
 * {@code file}: the {@code ingest --json} document (one entry per import: a funding workbook
 * gives one per sheet); 200 when LOADED or UNCHANGED, 422 when one is REFUSED (same body).
 */
@RestController
class ImportsApiController {

    private final ImportService imports;

    ImportsApiController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(value = "/api/imports/{kind}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> ingest(@PathVariable("kind") String kind, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "hub", required = false) String hub,
            @RequestParam(name = "strict", defaultValue = "false") boolean strict)
            throws Exception {
        Optional<ImportKind> k = ImportKind.parse(kind);
        if (k.isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "UNKNOWN_KIND",
                    "Type d'import inconnu : " + kind + " (sales, producers, buyers, territory ou funding).");
        }
        if (ImportService.noFile(file)) {
            return error(HttpStatus.BAD_REQUEST, "MISSING_FILE", "Le fichier manque : partie multipart « file ».");
        }
        Messages m = Messages.forLanguage("fr");
        List<FileReport> reports;
        try (var in = file.getInputStream()) {
            reports = imports.importUpload(k.get(), in, file.getOriginalFilename(), hub, strict);
        }
        boolean refused = reports.stream().anyMatch(r -> r.status() == FileReport.Status.REFUSED);
        HttpStatus status = refused ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK;
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(Reports.ingest(reports, m)));
    }

    private static ResponseEntity<String> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(java.util.Map.of("error", new java.util.TreeMap<>(java.util.Map.of("code", code, "message", message)))));
    }
}
