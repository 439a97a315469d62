package fr.impact.dashboard.overview;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Indicators;
import fr.impact.analytics.Period;
import fr.impact.dashboard.cli.IndicatorsDocument;
import fr.impact.dashboard.cli.Json;
import fr.impact.dashboard.system.Database;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;

/**
 * Indicators read on reader connections, with the JSON documents cached by period until the
 * next import ({@link #refresh()}): the same document as {@code bin/impact indicators --json}.
 */
@Service
public class IndicatorsService {

    private final Database db;
    private final Map<String, String> documents = new ConcurrentHashMap<>();
    /** Moves at every refresh: a document computed before an import is never cached after it. */
    private final AtomicLong generation = new AtomicLong();

    IndicatorsService(Database db) {
        this.db = db;
    }

    /** The earliest and latest sale dates, if there are sales. */
    public Optional<Period> salesPeriod() throws SQLException {
        return db.read(c -> new Analytics(c).salesPeriod());
    }

    public Indicators indicators(Period p) throws SQLException {
        return db.read(c -> new Analytics(c).indicators(p, Filters.NONE));
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
        String key = p.from() + "/" + p.to();
        String doc = documents.get(key);
        if (doc == null) {
            long before = generation.get();
            doc = Json.write(IndicatorsDocument.of(indicators(p)));
            synchronized (generation) {
                if (generation.get() == before) {
                    if (documents.size() > 256) {
                        documents.clear();
                    }
                    documents.put(key, doc);
                }
            }
        }
        return doc;
    }

    /**
     * After an import or an undo: forgets the cached documents and computes the default one
     * (whole period) again, so the next reader gets it at once.
     */
    public void refresh() {
        synchronized (generation) {
            generation.incrementAndGet();
            documents.clear();
        }
        try {
            document(null, null);
        } catch (SQLException | RuntimeException e) {
            // computed again on the next request; nothing to tell the importer
        }
    }
}
