package fr.impact.analytics.territory;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Queries;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code egalim-territory}: per year, the teledeclarations of a PAT's canteens (CLI.md): a
 * declaration belongs to the PAT when its {@code canteen_pat_list} holds the code as one of its
 * comma-separated elements; means are unweighted over declarations (a declaration without a
 * ratio is left out of that ratio's mean), computed from exact sums.
 */
public final class EgalimTerritory {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final Connection c;

    public EgalimTerritory(Connection c) {
        this.c = requireNonNull(c, "c is null");
    }

    public EgalimBenchmark benchmark(String pat) throws SQLException {
        String code = requireNonNull(pat, "pat is null").strip();
        List<YearBenchmark> years = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(Queries.sql("territory", "egalim_by_year"))) {
            p.setString(1, code);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    years.add(new YearBenchmark(r.getInt("year"), r.getLong("canteens"),
                            mean(r.getBigDecimal("sum_bio"), r.getLong("n_bio")),
                            mean(r.getBigDecimal("sum_egalim_hors_bio"), r.getLong("n_egalim_hors_bio")),
                            r.getLong("meeting_targets"),
                            mean(r.getBigDecimal("national_sum_bio"), r.getLong("national_n_bio"))));
                }
            }
        }
        return new EgalimBenchmark(code, years);
    }

    private static Optional<BigDecimal> mean(BigDecimal sum, long n) {
        return n == 0 || sum == null ? Optional.empty() : Optional.of(sum.divide(BigDecimal.valueOf(n), PRECISION));
    }
}
