package fr.impact.dashboard.filters;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Period;
import fr.impact.dashboard.system.Database;
import fr.impact.dashboard.system.ReadCache;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads a page's {@link SalesFilters} against the data: the years and hubs that have sales,
 * kept in the {@link ReadCache} until the next import or undo (two scans of the sales spared on
 * every page).
 */
@Component
public class FiltersReader {

    /** What the form offers. */
    private record Choices(Optional<Period> data, List<String> hubs) {}

    private final Database db;
    private final ReadCache cache;

    FiltersReader(Database db, ReadCache cache) {
        this.db = db;
        this.cache = cache;
    }

    /** The filters asked for; empty when there is no sale at all. */
    public Optional<SalesFilters> read(Map<String, String> params) throws SQLException {
        Choices c = cache.get("filters/choices", () -> db.read(conn -> {
            Analytics a = new Analytics(conn);
            return new Choices(a.salesPeriod(), a.directory().hubs());
        }));
        return c.data().map(d -> SalesFilters.read(params, d, c.hubs()));
    }
}
