package fr.impact.dashboard.overview;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Indicators;
import fr.impact.analytics.Period;
import fr.impact.dashboard.cli.IndicatorsDocument;
import fr.impact.dashboard.system.Json;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.ReadCache;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Indicators read on reader connections, kept by period until the next import or undo (see
 * {@link ReadCache}); the JSON is the same document as {@code bin/impact indicators --json}.
 */
@Service
public class IndicatorsService {

    private final Database db;
    private final ReadCache cache;

    IndicatorsService(Database db, ReadCache cache) {
        this.db = db;
        this.cache = cache;
    }

    /** The earliest and latest sale dates, if there are sales. */
    public Optional<Period> salesPeriod() throws SQLException {
        return cache.get("salesPeriod", () -> db.read(c -> new Analytics(c).salesPeriod()));
    }

    public Indicators indicators(Period p) throws SQLException {
        return cache.get("indicators/" + p.from() + "/" + p.to(),
                () -> db.read(c -> new Analytics(c).indicators(p, Filters.NONE)));
    }

    /**
     * The {@code indicators --json} document; a missing bound defaults as on the command
     * line (the earliest or latest sale date, else today).
     */
    public String document(LocalDate from, LocalDate to) throws SQLException {
        Optional<Period> all = salesPeriod();
        LocalDate today = LocalDate.now();
        LocalDate start = from != null ? from : all.map(Period::from).orElse(today);
        LocalDate end = to != null ? to : all.map(Period::to).orElse(today);
        Period p = new Period(start, end);
        return cache.get("document/" + p.from() + "/" + p.to(),
                () -> Json.write(IndicatorsDocument.of(indicators(p))));
    }
}
