package fr.impact.dashboard.funding;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.funding.Funding;
import fr.impact.analytics.funding.ProjectFunding;
import fr.impact.dashboard.cli.FundingDocument;
import fr.impact.dashboard.system.Json;
import fr.impact.dashboard.system.Database;
import fr.impact.ingestion.rules.Messages;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/funding[?project=]}: exactly the {@code funding --json} document, read on a reader connection. */
@RestController
class FundingApiController {

    private final Database db;

    FundingApiController(Database db) {
        this.db = db;
    }

    @GetMapping(value = "/api/funding", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> funding(@RequestParam(name = "project", required = false) String project) throws Exception {
        List<ProjectFunding> projects = db.read(c -> {
            Funding funding = new Analytics(c).funding();
            if (project == null) {
                return funding.all();
            }
            return funding.project(project).map(p -> {
                try {
                    return List.of(funding.of(p));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).orElse(null);
        });
        if (projects == null) {
            Map<String, Object> error = new TreeMap<>(Map.of("code", "UNKNOWN_PROJECT", "message",
                    "Projet inconnu « " + project + " »."));
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                    .body(Json.write(Map.of("error", error)));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(FundingDocument.of(projects, Messages.FRENCH)));
    }
}
