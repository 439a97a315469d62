package fr.impact.dashboard.territory;

import fr.impact.analytics.territory.EgalimTerritory;
import fr.impact.dashboard.cli.EgalimTerritoryDocument;
import fr.impact.dashboard.system.Json;
import fr.impact.dashboard.system.Database;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/egalim-territory?pat=}: exactly the {@code egalim-territory --json} document, on a reader connection. */
@RestController
class EgalimTerritoryApiController {

    private final Database db;

    EgalimTerritoryApiController(Database db) {
        this.db = db;
    }

    @GetMapping(value = "/api/egalim-territory", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> territory(@RequestParam(name = "pat", required = false) String pat) throws Exception {
        if (pat == null || pat.isBlank()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", "BAD_PARAMETER");
            error.put("message", "Indiquez le code du PAT (paramètre pat).");
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                    .body(Json.write(Map.of("error", error)));
        }
        var benchmark = db.read(c -> new EgalimTerritory(c).benchmark(pat));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(Json.write(EgalimTerritoryDocument.of(benchmark)));
    }
}
