package fr.impact.analytics.territory;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Period;
import fr.impact.analytics.Queries;
import fr.impact.analytics.Ratio;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the {@link TerritorialShare} from the canteens' purchase files ({@code ingest achats}):
 * only canteens and months that files cover count, and the hub's sales (matched by SIRET through
 * the buyers file) are restricted to those same canteens and months.
 */
public final class TerritorialLocalShare {

    private final Connection c;

    public TerritorialLocalShare(Connection c) {
        this.c = requireNonNull(c, "c is null");
    }

    /** From the first to the last purchase of the files; empty when no purchase is loaded. */
    public Optional<Period> purchasesPeriod() throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Queries.sql("territory", "purchases_date_range"));
                ResultSet r = p.executeQuery()) {
            r.next();
            Date first = r.getDate(1);
            return first == null ? Optional.empty() : Optional.of(new Period(first.toLocalDate(),
                    r.getDate(2).toLocalDate()));
        }
    }

    public TerritorialShare of(Period period) throws SQLException {
        List<CanteenCoverage> coverage = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal local = BigDecimal.ZERO.setScale(2);
        BigDecimal hub = BigDecimal.ZERO.setScale(2);
        try (PreparedStatement p = c.prepareStatement(Queries.sql("territory", "purchases_by_canteen"))) {
            bind(p, period);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    List<YearMonth> months = new ArrayList<>();
                    for (String m : r.getString("months").split(",")) {
                        months.add(YearMonth.parse(m));
                    }
                    long id = r.getLong("cantine_id");
                    Optional<Long> cantineId = r.wasNull() ? Optional.empty() : Optional.of(id);
                    Optional<BigDecimal> hubHt = Optional.ofNullable(r.getBigDecimal("hub_ht"));
                    CanteenCoverage cc = new CanteenCoverage(Optional.ofNullable(r.getString("siret")), cantineId, months,
                            r.getLong("purchases"), r.getBigDecimal("total_ht"), r.getBigDecimal("local_ht"), hubHt);
                    coverage.add(cc);
                    total = total.add(cc.totalHt());
                    local = local.add(cc.localHt());
                    hub = hub.add(hubHt.orElse(BigDecimal.ZERO));
                }
            }
        }
        Map<String, BigDecimal> byDefinition = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(Queries.sql("territory", "local_purchases_by_definition"))) {
            bind(p, period);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String d = r.getString("definition_local");
                    byDefinition.merge(d == null ? "NON_PRECISEE" : d, r.getBigDecimal("local_ht"), BigDecimal::add);
                }
            }
        }
        return new TerritorialShare(period, total, local, Ratio.of(local, total), byDefinition, hub,
                Ratio.of(hub, total), coverage);
    }

    private static void bind(PreparedStatement p, Period period) throws SQLException {
        p.setDate(1, Date.valueOf(period.from()));
        p.setDate(2, Date.valueOf(period.to()));
    }
}
