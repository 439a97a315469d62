package fr.impact.dashboard.reports;

import fr.impact.dashboard.system.Json;
import fr.impact.reports.ReportDataException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/{kind}?year=|from=&to=[&buyer=&project=&claim=]} for scripts, and
 * {@code GET /rapports/{kind}} for the Rapports page's forms: the report file, or a ZIP of its
 * files; 400 for bad parameters, 422 when the data cannot give the report.
 */
@RestController
class ReportsApiController {

    private final ReportService reports;

    ReportsApiController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping({"/api/reports/{kind}", "/rapports/{kind}"})
    ResponseEntity<?> report(@PathVariable("kind") String kind,
            @RequestParam(name = "year", required = false) String year,
            @RequestParam(name = "from", required = false) String from,
            @RequestParam(name = "to", required = false) String to,
            @RequestParam(name = "buyer", required = false) String buyer,
            @RequestParam(name = "project", required = false) String project,
            @RequestParam(name = "claim", required = false) String claim) throws Exception {
        Integer y;
        try {
            y = year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            return error(HttpStatus.BAD_REQUEST, "BAD_PARAMETER", "Année invalide « " + year + " ».");
        }
        try {
            ReportService.Download d = reports.produce(new ReportService.Params(kind, y, from, to, buyer, project, claim));
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
                    .contentType(MediaType.parseMediaType(d.contentType()))
                    .body(d.bytes());
        } catch (ReportService.BadRequest e) {
            return error(HttpStatus.BAD_REQUEST, "BAD_PARAMETER", e.getMessage());
        } catch (ReportDataException e) {
            return error(HttpStatus.UNPROCESSABLE_CONTENT, "REPORT_DATA_MISSING", e.getMessage());
        }
    }

    private static ResponseEntity<String> error(HttpStatus status, String code, String message) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("code", code);
        e.put("message", message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Json.write(Map.of("error", e)));
    }
}
