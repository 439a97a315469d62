package fr.impact.analytics.egalim;

import static fr.impact.analytics.AnalyticsFixture.H1_2024;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.AnalyticsFixture;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code egalim/egalim_totals.sql} and the gaps to the targets, over collective catering only;
 * each line's amount in one group (BIO > SIQO > AUTRES_EGALIM > EXTERNALITES_PERFORMANCE).
 * Expected values worked out by hand from {@link AnalyticsFixture#PERCHE_SALES}.
 */
class EgalimTotalsIntegrationTests {

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

    EgalimTotals totals(Period p, Filters f) throws Exception {
        return fx.egalim().totals(p, f);
    }

    @Test
    void countsEachCollectiveLineOnceInItsGroup() throws Exception {
        EgalimTotals t = totals(H1_2024, Filters.NONE);

        // collective lines: C1 L03 L04 L10 L11, C2 L05 L06 L12, C4 L08 L13 = 661
        assertThat(t.totalHt()).isEqualByComparingTo("661.00");
        // BIO: L03 100 (AB) + L04 150 (LABEL_ROUGE|BIO: bio first, not also SIQO) + L10 -10 (credit note) = 240;
        // L07 (BIO) is a restaurant's: not counted
        assertThat(t.bioHt()).isEqualByComparingTo("240.00");
        // SIQO: L05 80 (HVE+IGP: SIQO before AUTRES_EGALIM) + L11 30 (AOC) = 110
        assertThat(t.siqoHt()).isEqualByComparingTo("110.00");
        // AUTRES_EGALIM: L06 120 (PECHE_DURABLE, EXTERNALITES: before EXTERNALITES_PERFORMANCE);
        // L09 (FERMIER) is C5's (AUTRE): not counted
        assertThat(t.autresEgalimHt()).isEqualByComparingTo("120.00");
        // EXTERNALITES_PERFORMANCE: L12 36
        assertThat(t.externalitesPerformanceHt()).isEqualByComparingTo("36.00");
        // 240 + 110 + 120 + 36 = 506 (+ non-EGalim L08 130 + L13 25 = 661: every line once)
        assertThat(t.egalimHt()).isEqualByComparingTo("506.00");
        // 240 / 661 = 0.363086…; 506 / 661 = 0.765506…8 → 0.765507
        assertThat(t.bioShare()).map(AnalyticsFixture::sixDecimals).contains(new BigDecimal("0.363086"));
        assertThat(t.egalimShare()).map(AnalyticsFixture::sixDecimals).contains(new BigDecimal("0.765507"));
    }

    @Test
    void measuresMeatAndFishOverTheirOwnFamiliesOnly() throws Exception {
        EgalimTotals t = totals(H1_2024, Filters.NONE);

        // VIANDES_VOLAILLES L04 150 (BIO) + L08 130 (none); PRODUITS_DE_LA_MER L06 120 (AUTRES_EGALIM)
        assertThat(t.meatFishTotalHt()).isEqualByComparingTo("400.00");
        assertThat(t.meatFishEgalimHt()).isEqualByComparingTo("270.00");
        // 270 / 400
        assertThat(t.meatFishEgalimShare()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.675"));
    }

    @Test
    void commercialSegmentsHaveNoEgalimFigures() throws Exception {
        // the restaurant's BIO line L07 is outside the law's scope
        EgalimTotals t = totals(H1_2024, Filters.NONE.withSegment(Segment.RESTAURANT));

        assertThat(t.totalHt()).isEqualByComparingTo("0");
        assertThat(t.bioShare()).isEmpty();
        assertThat(t.egalimShare()).isEmpty();
        assertThat(t.meatFishEgalimShare()).isEmpty();
    }

    @Test
    void anEmptyPeriodHasNoShareAndNoGap() throws Exception {
        EgalimTotals t = totals(Period.year(2022), Filters.NONE);

        assertThat(t.totalHt()).isEqualByComparingTo("0");
        assertThat(t.egalimHt()).isEqualByComparingTo("0");
        assertThat(t.bioShare()).isEmpty();
        assertThat(t.egalimShare()).isEmpty();
        assertThat(t.meatFishEgalimShare()).isEmpty();
        assertThat(t.gaps(EgalimTargets.METROPOLE).allMet()).isTrue();
    }

    @Nested
    class Gaps {

        @Test
        void noGapWhenEveryTargetIsMet() throws Exception {
            // bio 240/661 ≥ 20 %, EGalim 506/661 ≥ 50 %, meat and fish 270/400 ≥ 60 %
            EgalimGaps g = totals(H1_2024, Filters.NONE).gaps(EgalimTargets.METROPOLE);

            assertThat(g.bioHt()).isEqualByComparingTo("0");
            assertThat(g.egalimHt()).isEqualByComparingTo("0");
            assertThat(g.meatFishEgalimHt()).isEqualByComparingTo("0");
            assertThat(g.allMet()).isTrue();
        }

        @Test
        void measuresEachGapInEuros() throws Exception {
            // C4 only: L08 130 (VIANDES_VOLAILLES, none) + L13 25 (none): total 155, nothing EGalim
            EgalimGaps g = totals(H1_2024, Filters.NONE.withBuyer("C4")).gaps(EgalimTargets.METROPOLE);

            // bio: (0.20 × 155 - 0) / 0.80 = 31 / 0.8 = 38.75 — check: 38.75 / (155 + 38.75) = 0.20
            assertThat(g.bioHt()).isEqualByComparingTo("38.75");
            // EGalim: (0.50 × 155 - 0) / 0.50 = 155 — check: 155 / 310 = 0.50
            assertThat(g.egalimHt()).isEqualByComparingTo("155");
            // meat and fish: (0.60 × 130 - 0) / 0.40 = 78 / 0.4 = 195 — check: 195 / 325 = 0.60
            assertThat(g.meatFishEgalimHt()).isEqualByComparingTo("195");
            assertThat(g.allMet()).isFalse();
        }

        @Test
        void aTargetPartlyReachedLeavesTheRestToBuy() throws Exception {
            // VIANDES_VOLAILLES in collective catering: L04 150 (BIO) + L08 130 (none) = 280
            EgalimGaps g = totals(H1_2024, Filters.NONE.withFamily(Family.VIANDES_VOLAILLES))
                    .gaps(EgalimTargets.METROPOLE);

            // bio and EGalim 150/280 = 53.6 % ≥ 20 % and ≥ 50 %: met
            assertThat(g.bioHt()).isEqualByComparingTo("0");
            assertThat(g.egalimHt()).isEqualByComparingTo("0");
            // meat and fish 150/280 < 60 %: (0.60 × 280 - 150) / 0.40 = 18 / 0.4 = 45 — check: 195 / 325 = 0.60
            assertThat(g.meatFishEgalimHt()).isEqualByComparingTo("45");
        }

        @Test
        void overseasTargetsAreLower() throws Exception {
            // C4 again (total 155, meat and fish 130, nothing EGalim), against bio 5 % / EGalim 20 %
            EgalimGaps g = totals(H1_2024, Filters.NONE.withBuyer("C4")).gaps(EgalimTargets.OUTRE_MER);

            // bio: 0.05 × 155 / 0.95 = 7.75 / 0.95 = 8.157894…, 8.16 € to the cent
            assertThat(g.bioHt().setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("8.16");
            // EGalim: 0.20 × 155 / 0.80 = 38.75
            assertThat(g.egalimHt()).isEqualByComparingTo("38.75");
            // meat and fish: 60 % everywhere, as ma-cantine applies it: 195
            assertThat(g.meatFishEgalimHt()).isEqualByComparingTo("195");
        }
    }
}
