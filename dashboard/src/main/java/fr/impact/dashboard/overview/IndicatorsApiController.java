package fr.impact.dashboard.overview;

import java.sql.SQLException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/indicators?from=&to=}: exactly the {@code indicators --json} document. */
@RestController
class IndicatorsApiController {

    private final IndicatorsService indicators;

    IndicatorsApiController(IndicatorsService indicators) {
        this.indicators = indicators;
    }

    @GetMapping(value = "/api/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> indicators(
            @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to)
            throws SQLException {
        if (from != null && to != null && to.isBefore(from)) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                    .body("{\"error\": {\"code\": \"PERIOD_REVERSED\", \"message\": \"La date de fin précède la date de début.\"}}");
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(indicators.document(from, to));
    }
}
