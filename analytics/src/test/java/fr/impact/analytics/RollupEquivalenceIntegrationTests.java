package fr.impact.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.local.Dimension;
import fr.impact.analytics.local.IndicatorCube;
import fr.impact.ingestion.ImportHistory;
import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import fr.impact.ingestion.store.Rollups;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer's rollup ({@code sales_rollup}) and the lines give the same figures: every
 * breakdown and the whole indicator document, for whole-month periods with and without the
 * filters the rollup keeps, on {@link AnalyticsFixture#PERCHE_SALES}; and the writer keeps it in
 * step through imports, replacements, undos and reference re-imports (compared with a rebuild
 * from scratch), while a write that goes around the importer makes readers fall back to the lines.
 */
class RollupEquivalenceIntegrationTests {

    @TempDir
    Path dir;

    AnalyticsFixture fx;

    @BeforeEach
    void load() throws Exception {
        fx = AnalyticsFixture.inMemory(dir).perche();
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    static final List<Period> PERIODS = List.of(
            AnalyticsFixture.H1_2024,
            Period.year(2024),
            Period.year(2023),
            new Period(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 2, 29)),
            new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)),
            new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))); // no sale

    static final List<Filters> FILTERS = List.of(
            Filters.NONE,
            Filters.NONE.withSegment(Segment.RESTAURATION_SCOLAIRE),
            Filters.NONE.withSegment(Segment.AUTRE),
            Filters.NONE.withFamily(Family.PRODUITS_LAITIERS),
            Filters.NONE.withHub("autre-pole"));

    /** Everything a reader can ask that the rollup may answer, as text, in a fixed order. */
    String everything(boolean expectRollup) throws Exception {
        Connection c = fx.connection();
        StringBuilder out = new StringBuilder();
        for (Period p : PERIODS) {
            for (Filters f : FILTERS) {
                for (Dimension d : Dimension.values()) {
                    out.append(p).append(' ').append(f).append(' ').append(d).append(" → ")
                            .append(fx.local().breakdown(d, p, f)).append('\n');
                }
                out.append(p).append(' ').append(f).append(" totals → ").append(fx.local().totals(p, f)).append('\n');
                if (f.family().isEmpty()) {
                    assertThat(IndicatorCube.load(c, p, f).fromRollup()).as("rollup used").isEqualTo(expectRollup);
                }
                out.append(p).append(' ').append(f).append(" indicators → ")
                        .append(new Analytics(c).indicators(p, f)).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void theRollupAndTheLinesGiveTheSameFigures() throws Exception {
        assertThat(Rollups.current(fx.connection())).isTrue();
        String fromRollup = everything(true);
        try (Statement s = fx.connection().createStatement()) {
            s.execute("DELETE FROM rollup_state"); // readers now read the lines
        }
        assertThat(Rollups.current(fx.connection())).isFalse();
        String fromLines = everything(false);
        assertThat(fromRollup).isEqualTo(fromLines);
        // and the figures are not empty: 2024 H1 holds 11 lines (see AnalyticsFixture)
        assertThat(fromLines).contains("lines=11");
    }

    @Test
    void aPeriodNotMadeOfWholeMonthsReadsTheLines() throws Exception {
        Period p = new Period(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 6, 30));
        assertThat(IndicatorCube.load(fx.connection(), p, Filters.NONE).fromRollup()).isFalse();
        assertThat(IndicatorCube.load(fx.connection(), AnalyticsFixture.H1_2024, Filters.NONE.withBuyer("C1"))
                .fromRollup()).isFalse();
        assertThat(IndicatorCube.load(fx.connection(), AnalyticsFixture.H1_2024, Filters.NONE).fromRollup()).isTrue();
    }

    @Test
    void theWriterKeepsTheRollupInStepThroughReplacementsUndosAndReferenceFiles() throws Exception {
        // a second export replaces L03 (10/01/2024, 100 → 120 €) and adds a March line
        var second = fx.sales(
                "10/01/2024;F2401-01;1;C1;École Jules Ferry;RESTAURATION_SCOLAIRE;P1;Ferme du Bois Joli;Carottes;"
                        + "FRUITS_ET_LEGUMES;60;kg;;120,00;AB",
                "20/03/2024;F2403-09;1;C2;EHPAD Les Tilleuls;;P3;Fromagerie de Nogent;Beurre;PRODUITS_LAITIERS;"
                        + "4;kg;;44,00;");
        assertThat(second.replaced()).isEqualTo(1);
        assertInStep();
        // 2024 H1 total: 791 − 100 + 120 + 44 = 855
        assertThat(fx.local().totals(AnalyticsFixture.H1_2024, Filters.NONE).totalHt()).isEqualByComparingTo("855");
        assertThat(fx.local().breakdown(Dimension.YEAR, AnalyticsFixture.H1_2024, Filters.NONE).get(0).totals().totalHt())
                .isEqualByComparingTo("855");

        // P2's commune moves into the park: its lines become PARC everywhere
        fx.producers("P1;Ferme du Bois Joli;61293", "P2;GAEC de la Vallée;61345",
                "P3;Fromagerie de Nogent;28280", "P4;Coopérative de la Côte d'Opale;62160");
        assertInStep();

        new ImportHistory(fx.store(), AnalyticsFixture.CLOCK).undo(second.importId());
        assertInStep();
        assertThat(fx.local().breakdown(Dimension.YEAR, AnalyticsFixture.H1_2024, Filters.NONE).get(0).totals().totalHt())
                .isEqualByComparingTo("791");
    }

    @Test
    void aWriteAroundTheImporterMakesReadersUseTheLines() throws Exception {
        try (Statement s = fx.connection().createStatement()) {
            s.execute("INSERT INTO sale_lines SELECT * REPLACE (facture || '-copie' AS facture) FROM sale_lines "
                    + "WHERE source_line = 2 AND replaced_by IS NULL");
        }
        assertThat(Rollups.current(fx.connection())).isFalse();
        assertThat(IndicatorCube.load(fx.connection(), Period.year(2023), Filters.NONE).fromRollup()).isFalse();
        // the copy of L01 (20 €) is counted: 2023 = L01 20 + L02 60 + 20
        assertThat(fx.local().totals(Period.year(2023), Filters.NONE).totalHt()).isEqualByComparingTo("100");
        assertThat(fx.local().breakdown(Dimension.YEAR, Period.year(2023), Filters.NONE).get(0).totals().totalHt())
                .isEqualByComparingTo("100");
        Rollups.rebuild(fx.connection());
        assertThat(Rollups.current(fx.connection())).isTrue();
        assertThat(fx.local().breakdown(Dimension.YEAR, Period.year(2023), Filters.NONE).get(0).totals().totalHt())
                .isEqualByComparingTo("100");
    }

    /** The rollup is current, and equal row for row to one rebuilt from scratch. */
    void assertInStep() throws Exception {
        Connection c = fx.connection();
        assertThat(Rollups.current(c)).as("rollup current").isTrue();
        List<String> kept = rows(c);
        Rollups.rebuild(c);
        assertThat(kept).isEqualTo(rows(c)).isNotEmpty();
    }

    static List<String> rows(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        for (String sql : List.of(
                "SELECT * EXCLUDE (name) FROM sales_rollup ORDER BY ALL",
                "SELECT * FROM sales_first_dates ORDER BY ALL")) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    StringBuilder b = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        b.append(r.getString(i)).append('|');
                    }
                    out.add(b.toString());
                }
            }
        }
        return out;
    }
}
