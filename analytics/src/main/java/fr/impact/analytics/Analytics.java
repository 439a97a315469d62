package fr.impact.analytics;

import fr.impact.analytics.directory.Directory;
import fr.impact.analytics.egalim.Egalim;
import fr.impact.analytics.funding.Funding;
import fr.impact.analytics.impact.Impact;
import fr.impact.analytics.local.IndicatorCube;
import fr.impact.analytics.local.LocalSourcing;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The one query API every figure comes from — the command line, the reports and the
 * dashboard alike: a period, optional filters, breakdowns. Reads through the connection it
 * is given (a reader connection in the dashboard).
 */
public final class Analytics {

    private final Connection c;

    public Analytics(Connection c) {
        this.c = c;
    }

    /** From the earliest to the latest sale date; empty when there is no sale. */
    public Optional<Period> salesPeriod() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(Queries.sql("local", "sales_date_range"))) {
            r.next();
            Date from = r.getDate(1);
            Date to = r.getDate(2);
            return from == null ? Optional.empty() : Optional.of(new Period(from.toLocalDate(), to.toLocalDate()));
        }
    }

    public LocalSourcing local() {
        return new LocalSourcing(c);
    }

    public Egalim egalim() {
        return new Egalim(c);
    }

    public Impact impact() {
        return new Impact(c);
    }

    public fr.impact.analytics.quality.DataQuality quality() {
        return new fr.impact.analytics.quality.DataQuality(c);
    }

    public Funding funding() {
        return new Funding(c);
    }

    /** Producers and buyers one by one (the dashboard's lists and detail pages). */
    public Directory directory() {
        return new Directory(c);
    }

    /**
     * The whole indicator document for a period: one scan of the period's lines (the {@link
     * IndicatorCube}) for every sum, plus the producers' and buyers' queries.
     */
    public Indicators indicators(Period p, Filters f) throws SQLException {
        IndicatorCube cube = IndicatorCube.load(c, p, f);
        Impact.Figures people = impact().figures(p, cube);
        return new Indicators(p, f, cube.totals(), cube.bySegment(),
                new LocalSourcing.Collective(cube.collective(), people.buyers().collectiveActive()), cube.egalim(),
                people.producers(), people.buyers());
    }
}
