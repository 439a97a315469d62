package fr.impact.analytics.impact;

import static fr.impact.analytics.AnalyticsFixture.H1_2024;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.AnalyticsFixture;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.impact.Impact.BuyerFigures;
import fr.impact.ingestion.model.Segment;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact/buyers_totals.sql}: buyers active in the period (a line with a positive
 * amount), the new ones among them (their earliest line ever, any sign, segment or family,
 * falls in the period), and those active in collective catering. A buyer is a (hub, id). Expected values worked out by hand from
 * {@link AnalyticsFixture#PERCHE_SALES}.
 */
class BuyerFiguresIntegrationTests {

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

    BuyerFigures buyers(Period p, Filters f) throws Exception {
        return fx.impact().buyers(p, f);
    }

    @Test
    void countsActiveAndNewBuyers() throws Exception {
        BuyerFigures b = buyers(H1_2024, Filters.NONE);

        // C1…C5 all have a positive line in H1 2024
        assertThat(b.active()).isEqualTo(5);
        // C2 (first line 25/01/2024), C4 (05/03/2024), C5 (18/03/2024); C1 (L01, 2023) and C3 (L02, 2023) are not new
        assertThat(b.newOnes()).isEqualTo(3);
        // in collective catering: C1, C2, C4 (C3 is a restaurant, C5 AUTRE)
        assertThat(b.collectiveActive()).isEqualTo(3);
    }

    @Test
    void aBuyerWhoseEarliestLineIsAnOldCreditNoteIsNotNew() throws Exception {
        // C6: a credit note in December 2023, then its first purchase in February 2024
        fx.sales(
                "20/12/2023;AV2312-01;1;C6;Collège Jean Monnet;RESTAURATION_SCOLAIRE;P1;;Avoir;FRUITS_ET_LEGUMES;-2;kg;;-5,00;",
                "01/02/2024;F2402-10;1;C6;Collège Jean Monnet;RESTAURATION_SCOLAIRE;P1;;Pommes;FRUITS_ET_LEGUMES;20;kg;;50,00;");

        BuyerFigures b = buyers(H1_2024, Filters.NONE);

        assertThat(b.active()).isEqualTo(6);
        assertThat(b.newOnes()).isEqualTo(3);
    }

    @Test
    void aBuyerWithOnlyACreditNoteInThePeriodIsNotActive() throws Exception {
        fx.sales("20/06/2024;AV2406-01;1;C2;EHPAD Les Tilleuls;;P2;GAEC de la Vallée;Avoir pâté;CHARCUTERIE;-1;kg;;-18,00;");

        // June 2024: C4 buys (L13); C2 only gets a credit note
        BuyerFigures b = buyers(new Period(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)), Filters.NONE);

        assertThat(b.active()).isEqualTo(1);
        // C4's earliest line is L08 (March)
        assertThat(b.newOnes()).isZero();
        assertThat(b.collectiveActive()).isEqualTo(1);
    }

    @Test
    void newInTheMonthOfTheirFirstPurchase() throws Exception {
        // March 2024: C4 (L08) and C5 (L09), both first seen then
        BuyerFigures b = buyers(new Period(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)), Filters.NONE);

        assertThat(b.active()).isEqualTo(2);
        assertThat(b.newOnes()).isEqualTo(2);
    }

    @Test
    void countsWithinTheFilters() throws Exception {
        // RESTAURATION_SCOLAIRE: C1 only (C3's L07 says so, but the buyers file says RESTAURANT)
        BuyerFigures b = buyers(H1_2024, Filters.NONE.withSegment(Segment.RESTAURATION_SCOLAIRE));

        assertThat(b.active()).isEqualTo(1);
        assertThat(b.newOnes()).isZero();
    }

    @Test
    void theSameIdInAnotherHubIsAnotherBuyer() throws Exception {
        fx.salesInHub("drive-fermier",
                "12/03/2024;D-001;1;C1;Collège du Perche;RESTAURATION_SCOLAIRE;P1;;Pommes;FRUITS_ET_LEGUMES;20;kg;;44,00;");

        BuyerFigures b = buyers(H1_2024, Filters.NONE);

        // default/C1…C5 and drive-fermier/C1, new there
        assertThat(b.active()).isEqualTo(6);
        assertThat(b.newOnes()).isEqualTo(4);
    }

    @Test
    void anEmptyPeriodHasNoBuyer() throws Exception {
        BuyerFigures b = buyers(Period.year(2022), Filters.NONE);

        assertThat(b.active()).isZero();
        assertThat(b.newOnes()).isZero();
    }
}
