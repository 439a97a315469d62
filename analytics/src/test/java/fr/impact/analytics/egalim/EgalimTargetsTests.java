package fr.impact.analytics.egalim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The EGalim targets of each zone and the gap formula, on numbers worked out by hand. */
class EgalimTargetsTests {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Nested
    class Zones {

        @Test
        void mainlandTargetsAreTwentyFiftyAndSixty() {
            assertThat(EgalimTargets.METROPOLE.bio()).isEqualByComparingTo("0.20");
            assertThat(EgalimTargets.METROPOLE.egalim()).isEqualByComparingTo("0.50");
            assertThat(EgalimTargets.METROPOLE.meatFishEgalim()).isEqualByComparingTo("0.60");
        }

        @Test
        void overseasTargetsFollowDomainMd() {
            assertThat(EgalimTargets.OUTRE_MER.bio()).isEqualByComparingTo("0.05");
            assertThat(EgalimTargets.OUTRE_MER.egalim()).isEqualByComparingTo("0.20");
            assertThat(EgalimTargets.MAYOTTE.bio()).isEqualByComparingTo("0.02");
            assertThat(EgalimTargets.MAYOTTE.egalim()).isEqualByComparingTo("0.05");
            assertThat(EgalimTargets.SAINT_PIERRE_ET_MIQUELON.bio()).isEqualByComparingTo("0.10");
            assertThat(EgalimTargets.SAINT_PIERRE_ET_MIQUELON.egalim()).isEqualByComparingTo("0.30");
        }

        @Test
        void readsTheZoneOfTheParkConfiguration() {
            assertThat(EgalimTargets.ofZone("METROPOLE")).contains(EgalimTargets.METROPOLE);
            assertThat(EgalimTargets.ofZone(" outre-mer ")).contains(EgalimTargets.OUTRE_MER);
            assertThat(EgalimTargets.ofZone("Saint Pierre et Miquelon")).contains(EgalimTargets.SAINT_PIERRE_ET_MIQUELON);
            assertThat(EgalimTargets.ofZone("ATLANTIDE")).isEmpty();
            assertThat(EgalimTargets.ofZone(null)).isEmpty();
        }

        @Test
        void findsTheZoneOfACommune() {
            assertThat(EgalimTargets.forCommune("61293")).isEqualTo(EgalimTargets.METROPOLE);
            assertThat(EgalimTargets.forCommune("2A004")).isEqualTo(EgalimTargets.METROPOLE);
            assertThat(EgalimTargets.forCommune("97411")).isEqualTo(EgalimTargets.OUTRE_MER); // La Réunion
            assertThat(EgalimTargets.forCommune("97101")).isEqualTo(EgalimTargets.OUTRE_MER); // Guadeloupe
            assertThat(EgalimTargets.forCommune("97801")).isEqualTo(EgalimTargets.OUTRE_MER); // Saint-Martin
            assertThat(EgalimTargets.forCommune("97611")).isEqualTo(EgalimTargets.MAYOTTE);
            assertThat(EgalimTargets.forCommune("97502")).isEqualTo(EgalimTargets.SAINT_PIERRE_ET_MIQUELON);
            assertThat(EgalimTargets.forCommune(null)).isEqualTo(EgalimTargets.METROPOLE);
        }

        @Test
        void refusesTargetsOutsideZeroToOne() {
            assertThatThrownBy(() -> new EgalimTargets("X", d("0.2"), d("0.5"), d("1")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meatFishEgalim");
            assertThatThrownBy(() -> new EgalimTargets("X", d("-0.1"), d("0.5"), d("0.6")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bio");
        }

        @Test
        void refusesABioTargetAboveTheEgalimTargetThatIncludesIt() {
            assertThatThrownBy(() -> new EgalimTargets("X", d("0.6"), d("0.5"), d("0.6")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Gap {

        @Test
        void isTheAmountThatReachesTheTargetWhenTotalGrowsByAsMuch() {
            // 20 of 200 against 50 %: (100 - 20) / 0.5 = 160 — check: (20 + 160) / (200 + 160) = 0.5
            assertThat(EgalimGaps.gap(d("20"), d("200"), d("0.50"))).isEqualByComparingTo("160");
            // 10 of 100 against 20 %: (20 - 10) / 0.8 = 12.5 — check: 22.5 / 112.5 = 0.2
            assertThat(EgalimGaps.gap(d("10"), d("100"), d("0.20"))).isEqualByComparingTo("12.5");
        }

        @Test
        void isZeroWhenTheTargetIsMetOrExceeded() {
            assertThat(EgalimGaps.gap(d("20"), d("100"), d("0.20"))).isZero();
            assertThat(EgalimGaps.gap(d("90"), d("100"), d("0.50"))).isZero();
        }

        @Test
        void isZeroWithoutPurchases() {
            assertThat(EgalimGaps.gap(d("0"), d("0"), d("0.60"))).isZero();
            // credit notes only
            assertThat(EgalimGaps.gap(d("0"), d("-30"), d("0.20"))).isZero();
        }

        @Test
        void staysExactUntilDisplayed() {
            // a target that gives a repeating decimal: 0.05 × 100 / 0.95 = 5.263157…
            BigDecimal g = EgalimGaps.gap(d("0"), d("100"), d("0.05"));
            assertThat(g.precision()).isGreaterThan(20);
            assertThat(g.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("5.26");
        }
    }
}
