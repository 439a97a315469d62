package fr.impact.analytics.egalim;

import static fr.impact.analytics.AnalyticsFixture.H1_2024;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.AnalyticsFixture;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.ingestion.model.Segment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code egalim/egalim_by_buyer.sql}: EGalim amounts, shares and gaps per collective-catering
 * buyer, largest first. Expected values worked out by hand from {@link AnalyticsFixture#PERCHE_SALES}.
 */
class EgalimByBuyerIntegrationTests {

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
    void listsCollectiveCateringBuyersLargestFirst() throws Exception {
        List<BuyerEgalim> buyers = fx.egalim().byBuyer(H1_2024, Filters.NONE);

        // C1 270, C2 236, C4 155; C3 (RESTAURANT) and C5 (AUTRE) are not collective catering
        assertThat(buyers).extracting(BuyerEgalim::buyerId).containsExactly("C1", "C2", "C4");
        assertThat(buyers).extracting(BuyerEgalim::hub).containsOnly("default");
    }

    @Test
    void aSchoolCanteenWithEveryTargetMet() throws Exception {
        BuyerEgalim c1 = fx.egalim().byBuyer(H1_2024, Filters.NONE).get(0);

        assertThat(c1.name()).isEqualTo("École Jules Ferry");
        assertThat(c1.segment()).isEqualTo(Segment.RESTAURATION_SCOLAIRE);
        assertThat(c1.commune()).contains("61293");
        assertThat(c1.lines()).isEqualTo(4);
        EgalimTotals t = c1.totals();
        // L03 100 + L04 150 + L10 -10 + L11 30
        assertThat(t.totalHt()).isEqualByComparingTo("270.00");
        // BIO: L03 100 + L04 150 + L10 -10 = 240; SIQO: L11 30
        assertThat(t.bioHt()).isEqualByComparingTo("240.00");
        assertThat(t.siqoHt()).isEqualByComparingTo("30.00");
        assertThat(t.egalimHt()).isEqualByComparingTo("270.00");
        // 240 / 270 = 0.888888… → 0.888889; 270 / 270 = 1
        assertThat(t.bioShare()).map(AnalyticsFixture::sixDecimals).contains(new BigDecimal("0.888889"));
        assertThat(t.egalimShare()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        // meat and fish: L04 150, BIO
        assertThat(t.meatFishEgalimShare()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(c1.targets()).isEqualTo(EgalimTargets.METROPOLE);
        assertThat(c1.gaps().allMet()).isTrue();
    }

    @Test
    void aCareHomeWithoutBioHasABioGap() throws Exception {
        BuyerEgalim c2 = fx.egalim().byBuyer(H1_2024, Filters.NONE).get(1);

        assertThat(c2.segment()).isEqualTo(Segment.RESTAURATION_MEDICO_SOCIALE);
        EgalimTotals t = c2.totals();
        // L05 80 (SIQO) + L06 120 (AUTRES_EGALIM) + L12 36 (EXTERNALITES_PERFORMANCE) = 236, all EGalim, no bio
        assertThat(t.totalHt()).isEqualByComparingTo("236.00");
        assertThat(t.bioHt()).isEqualByComparingTo("0");
        assertThat(t.siqoHt()).isEqualByComparingTo("80.00");
        assertThat(t.autresEgalimHt()).isEqualByComparingTo("120.00");
        assertThat(t.externalitesPerformanceHt()).isEqualByComparingTo("36.00");
        assertThat(t.bioShare()).hasValueSatisfying(v -> assertThat(v).isZero());
        assertThat(t.egalimShare()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        // meat and fish: L06 120 (PRODUITS_DE_LA_MER), EGalim
        assertThat(t.meatFishTotalHt()).isEqualByComparingTo("120.00");
        assertThat(t.meatFishEgalimShare()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        EgalimGaps g = c2.gaps();
        // bio: 0.20 × 236 / 0.80 = 47.2 / 0.8 = 59 — check: 59 / 295 = 0.20
        assertThat(g.bioHt()).isEqualByComparingTo("59");
        assertThat(g.egalimHt()).isEqualByComparingTo("0");
        assertThat(g.meatFishEgalimHt()).isEqualByComparingTo("0");
    }

    @Test
    void aBuyerMissingFromTheBuyersFileIsNamedAndTypedFromItsLines() throws Exception {
        BuyerEgalim c4 = fx.egalim().byBuyer(H1_2024, Filters.NONE).get(2);

        assertThat(c4.name()).isEqualTo("Restaurant administratif de Mortagne");
        assertThat(c4.segment()).isEqualTo(Segment.RESTAURATION_COLLECTIVE_AUTRE);
        assertThat(c4.commune()).isEmpty();
        // L08 130 + L13 25, nothing EGalim; meat and fish L08 130
        assertThat(c4.totals().totalHt()).isEqualByComparingTo("155.00");
        assertThat(c4.totals().egalimShare()).hasValueSatisfying(v -> assertThat(v).isZero());
        assertThat(c4.totals().meatFishEgalimShare()).hasValueSatisfying(v -> assertThat(v).isZero());
        // no commune: mainland targets. 31 / 0.8 = 38.75; 77.5 / 0.5 = 155; 78 / 0.4 = 195
        assertThat(c4.targets()).isEqualTo(EgalimTargets.METROPOLE);
        assertThat(c4.gaps().bioHt()).isEqualByComparingTo("38.75");
        assertThat(c4.gaps().egalimHt()).isEqualByComparingTo("155");
        assertThat(c4.gaps().meatFishEgalimHt()).isEqualByComparingTo("195");
    }

    @Test
    void anOverseasCanteenIsMeasuredAgainstItsZonesTargets() throws Exception {
        fx.buyers("C6;Cuisine centrale de Saint-Denis;RESTAURATION_SCOLAIRE;97411");
        fx.sales("03/06/2024;F2406-10;1;C6;Cuisine centrale de Saint-Denis;;P2;GAEC de la Vallée;Pommes de terre;"
                + "FRUITS_ET_LEGUMES;200;kg;;100,00;");

        BuyerEgalim c6 = fx.egalim().byBuyer(H1_2024, Filters.NONE.withBuyer("C6")).get(0);

        assertThat(c6.targets()).isEqualTo(EgalimTargets.OUTRE_MER);
        // 100, nothing EGalim: bio 0.05 × 100 / 0.95 = 5.263… → 5.26 €; EGalim 0.20 × 100 / 0.80 = 25
        assertThat(c6.gaps().bioHt().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("5.26");
        assertThat(c6.gaps().egalimHt()).isEqualByComparingTo("25");
        // against mainland targets instead: 20 / 0.8 = 25; 50 / 0.5 = 100
        assertThat(c6.gaps(EgalimTargets.METROPOLE).bioHt()).isEqualByComparingTo("25");
        assertThat(c6.gaps(EgalimTargets.METROPOLE).egalimHt()).isEqualByComparingTo("100");
    }

    @Test
    void followsTheFilters() throws Exception {
        assertThat(fx.egalim().byBuyer(H1_2024, Filters.NONE.withBuyer("C2")))
                .extracting(BuyerEgalim::buyerId).containsExactly("C2");
        // P2 sold to C1 (L04 150) and C2 (L12 36) in collective catering, and to C5 (AUTRE)
        assertThat(fx.egalim().byBuyer(H1_2024, Filters.NONE.withProducer("P2")))
                .extracting(b -> b.buyerId() + " " + AnalyticsFixture.num(b.totals().totalHt()))
                .containsExactly("C1 150", "C2 36");
        assertThat(fx.egalim().byBuyer(H1_2024, Filters.NONE.withSegment(Segment.RESTAURANT))).isEmpty();
    }

    @Test
    void anEmptyPeriodHasNoBuyer() throws Exception {
        assertThat(fx.egalim().byBuyer(Period.year(2022), Filters.NONE)).isEmpty();
    }

    @Test
    void theBuyersOfThePeriodSumToTheTotals() throws Exception {
        List<BuyerEgalim> buyers = fx.egalim().byBuyer(H1_2024, Filters.NONE);

        // 270 + 236 + 155 = 661, the collective total of egalim_totals
        assertThat(buyers.stream().map(b -> b.totals().totalHt()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("661.00");
    }
}
