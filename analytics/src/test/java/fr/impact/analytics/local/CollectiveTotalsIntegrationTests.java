package fr.impact.analytics.local;

import static fr.impact.analytics.AnalyticsFixture.H1_2024;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.AnalyticsFixture;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.local.LocalSourcing.Collective;
import fr.impact.ingestion.model.Family;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code local/collective_totals.sql}: the sales totals over collective catering only (segments
 * RESTAURATION_*, resolved from the buyers file, else the line), and its active buyers (a line
 * with a positive amount). Expected values worked out by hand from {@link AnalyticsFixture#PERCHE_SALES}.
 */
class CollectiveTotalsIntegrationTests {

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

    @Test
    void sumsTheLinesOfCollectiveCateringBuyersOnly() throws Exception {
        Collective c = fx.local().collective(H1_2024, Filters.NONE);

        // C1 (scolaire) 270 + C2 (médico-sociale) 236 + C4 (typed on its lines) 155 = 661, 4 + 3 + 2 lines;
        // not C3 (RESTAURANT in the buyers file, whatever L07 says) nor C5 (AUTRE)
        assertThat(c.totals().lines()).isEqualTo(9);
        assertThat(c.totals().totalHt()).isEqualByComparingTo("661.00");
        // local: C1 270 + C2 (L05 80 + L12 36) 116 + C4 0 = 386 → 386 / 661 = 0.583964…
        assertThat(c.totals().localHt()).isEqualByComparingTo("386.00");
        assertThat(c.totals().localShare()).map(AnalyticsFixture::sixDecimals).contains(new BigDecimal("0.583964"));
        // L08 (P9) stays in the denominator
        assertThat(c.totals().unknownHt()).isEqualByComparingTo("130.00");
        assertThat(c.activeBuyers()).isEqualTo(3);
    }

    @Test
    void aBuyerWithOnlyACreditNoteInThePeriodIsNotActive() throws Exception {
        // June 2024: C4 buys L13 25; C2 only gets a credit note
        fx.sales("20/06/2024;AV2406-01;1;C2;EHPAD Les Tilleuls;;P2;GAEC de la Vallée;Avoir pâté;CHARCUTERIE;-1;kg;;-18,00;PERFORMANCE");

        Collective c = fx.local().collective(new Period(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)),
                Filters.NONE);

        // 25 - 18
        assertThat(c.totals().totalHt()).isEqualByComparingTo("7.00");
        assertThat(c.totals().lines()).isEqualTo(2);
        assertThat(c.activeBuyers()).isEqualTo(1);
    }

    @Test
    void countsActiveBuyersWithinTheFilters() throws Exception {
        // PRODUITS_LAITIERS in collective catering: L05 (C2) 80 and L11 (C1) 30; L09 is C5's (AUTRE)
        Collective c = fx.local().collective(H1_2024, Filters.NONE.withFamily(Family.PRODUITS_LAITIERS));

        assertThat(c.totals().totalHt()).isEqualByComparingTo("110.00");
        assertThat(c.activeBuyers()).isEqualTo(2);
    }

    @Test
    void anEmptyPeriodHasNoActiveBuyerAndNoShare() throws Exception {
        Collective c = fx.local().collective(Period.year(2022), Filters.NONE);

        assertThat(c.totals().lines()).isZero();
        assertThat(c.totals().totalHt()).isEqualByComparingTo("0");
        assertThat(c.totals().localShare()).isEmpty();
        assertThat(c.activeBuyers()).isZero();
    }
}
