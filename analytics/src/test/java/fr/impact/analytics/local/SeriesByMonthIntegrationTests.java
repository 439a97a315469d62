package fr.impact.analytics.local;

import static fr.impact.analytics.AnalyticsFixture.H1_2024;
import static fr.impact.analytics.AnalyticsFixture.num;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.AnalyticsFixture;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.ingestion.model.Family;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code local/series_by_month.sql}: every month the period touches, with its total and local
 * amounts, collective catering's total, bio and EGalim amounts, and the same sums over the 12
 * months ending that month. Expected values worked out by hand from
 * {@link AnalyticsFixture#PERCHE_SALES}; each month reads
 * {@code month lines total local cc=total/bio/egalim | rolling total/local cc=total/bio/egalim}.
 */
class SeriesByMonthIntegrationTests {

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

    List<MonthPoint> series(Period p, Filters f) throws Exception {
        return fx.local().seriesByMonth(p, f);
    }

    static String describe(MonthPoint m) {
        return m.month() + " " + m.lines() + " " + num(m.totalHt()) + " " + num(m.localHt()) + " cc="
                + num(m.collectiveTotalHt()) + "/" + num(m.collectiveBioHt()) + "/" + num(m.collectiveEgalimHt())
                + " | " + num(m.rollingTotalHt()) + "/" + num(m.rollingLocalHt()) + " cc="
                + num(m.rollingCollectiveTotalHt()) + "/" + num(m.rollingCollectiveBioHt()) + "/"
                + num(m.rollingCollectiveEgalimHt());
    }

    List<String> describe(Period p, Filters f) throws Exception {
        return series(p, f).stream().map(SeriesByMonthIntegrationTests::describe).toList();
    }

    @Test
    void givesEachMonthAndTheTwelveMonthsEndingThere() throws Exception {
        // Before the period, within 12 months: L01 (11/2023, C1 school, P1 PARC, BIO) 20 and
        // L02 (12/2023, C3 restaurant, P2 PROCHE) 60: rolling sums start at 20 + 60 = 80, local 80,
        // collective 20 (L01), bio 20, EGalim 20.
        assertThat(describe(H1_2024, Filters.NONE)).containsExactly(
                // L03 100 + L04 150 + L05 80, all local and collective; bio L03 + L04; EGalim all three
                // rolling: 80 + 330 = 410; local 410; cc 20 + 330 = 350, bio 20 + 250 = 270, EGalim 350
                "2024-01 3 330 330 cc=330/250/330 | 410/410 cc=350/270/350",
                // L06 120 (ELOIGNE, C2, AUTRES_EGALIM) + L07 90 (PARC, restaurant: not collective)
                // rolling: 410 + 210 = 620; local 410 + 90 = 500; cc 350 + 120 = 470, bio 270, EGalim 470
                "2024-02 2 210 90 cc=120/0/120 | 620/500 cc=470/270/470",
                // L08 130 (INCONNU, C4, none) + L09 40 (PROCHE, C5: AUTRE, not collective)
                // rolling: 790; local 540; cc 600, bio 270, EGalim 470
                "2024-03 2 170 40 cc=130/0/0 | 790/540 cc=600/270/470",
                // L10 -10 (BIO credit note) + L11 30 (SIQO), both C1 and local
                // rolling: 810; local 560; cc 620, bio 260, EGalim 490
                "2024-04 2 20 20 cc=20/-10/20 | 810/560 cc=620/260/490",
                // L12 36 (C2, PROCHE, EXTERNALITES_PERFORMANCE)
                "2024-05 1 36 36 cc=36/0/36 | 846/596 cc=656/260/526",
                // L13 25 (C4, ELOIGNE, none)
                // rolling = every line L01…L13: 80 + 791 = 871; local 80 + 516 = 596;
                // cc 20 + 661 = 681, bio 20 + 240 = 260, EGalim 20 + 506 = 526
                "2024-06 1 25 0 cc=25/0/0 | 871/596 cc=681/260/526");
    }

    @Test
    void takesSharesFromSumsNeverFromMonthlyRatios() throws Exception {
        List<MonthPoint> s = series(H1_2024, Filters.NONE);

        MonthPoint february = s.get(1);
        // month: local 90 / 210 = 0.428571…; collective EGalim 120 / 120; bio 0 / 120
        assertThat(february.localShare()).map(AnalyticsFixture::sixDecimals).contains(new BigDecimal("0.428571"));
        assertThat(february.egalimShare()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(february.bioShare()).hasValueSatisfying(v -> assertThat(v).isZero());
        // rolling: 500 / 620 = 0.806451…6 → 0.806452 (the mean of the monthly ratios would differ)
        assertThat(february.rollingLocalShare()).map(AnalyticsFixture::sixDecimals)
                .contains(new BigDecimal("0.806452"));
        MonthPoint june = s.get(5);
        // 596 / 871 = 0.6842709…; EGalim 526 / 681 = 0.7723935…; bio 260 / 681 = 0.3817914…
        assertThat(june.rollingLocalShare()).map(AnalyticsFixture::sixDecimals).contains(new BigDecimal("0.684271"));
        assertThat(june.rollingEgalimShare()).map(AnalyticsFixture::sixDecimals).contains(new BigDecimal("0.772394"));
        assertThat(june.rollingBioShare()).map(AnalyticsFixture::sixDecimals).contains(new BigDecimal("0.381791"));
        // June alone: no local line, its one collective line non-EGalim
        assertThat(june.localShare()).hasValueSatisfying(v -> assertThat(v).isZero());
        assertThat(june.egalimShare()).hasValueSatisfying(v -> assertThat(v).isZero());
    }

    @Test
    void listsMonthsWithoutSalesAndLetsOldMonthsLeaveTheWindow() throws Exception {
        // no sale from July 2024: Oct–Dec have zeros and no monthly share; the window drops
        // L01 (11/2023, 20, local, collective, BIO) in November and L02 (12/2023, 60, local) in December
        List<MonthPoint> s = series(new Period(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)), Filters.NONE);

        assertThat(s).extracting(SeriesByMonthIntegrationTests::describe).containsExactly(
                "2024-10 0 0 0 cc=0/0/0 | 871/596 cc=681/260/526",
                "2024-11 0 0 0 cc=0/0/0 | 851/576 cc=661/240/506",
                "2024-12 0 0 0 cc=0/0/0 | 791/516 cc=661/240/506");
        assertThat(s.get(0).localShare()).isEmpty();
        assertThat(s.get(0).egalimShare()).isEmpty();
        // December's window is exactly H1 2024: 516 / 791 and 506 / 661, as sales_totals and egalim_totals
        assertThat(s.get(2).rollingLocalShare()).map(AnalyticsFixture::sixDecimals).contains(new BigDecimal("0.652339"));
        assertThat(s.get(2).rollingEgalimShare()).map(AnalyticsFixture::sixDecimals)
                .contains(new BigDecimal("0.765507"));
    }

    @Test
    void monthsAreCutAtThePeriodButTheWindowReachesBackBeforeIt() throws Exception {
        // 15/01 → 20/02/2024: January counts L05 (25/01) only (L03, L04 are on 10/01), February L06 (14/02)
        // and L07 (20/02, the last day); the windows hold everything from February 2023 up to 20/02/2024
        assertThat(describe(new Period(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 20)), Filters.NONE))
                .containsExactly(
                        "2024-01 1 80 80 cc=80/0/80 | 410/410 cc=350/270/350",
                        "2024-02 2 210 90 cc=120/0/120 | 620/500 cc=470/270/470");
        // …and never past the period's end: up to 10/01/2024, January has L03 and L04 only
        assertThat(describe(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 10)), Filters.NONE))
                .containsExactly("2024-01 2 250 250 cc=250/250/250 | 330/330 cc=270/270/270");
    }

    @Test
    void followsTheFilters() throws Exception {
        // VIANDES_VOLAILLES: L02 60 (12/2023, restaurant, PROCHE, SIQO), L04 150 (01/2024, C1, PROCHE, BIO),
        // L08 130 (03/2024, C4, INCONNU, none)
        assertThat(describe(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)),
                Filters.NONE.withFamily(Family.VIANDES_VOLAILLES))).containsExactly(
                "2024-01 1 150 150 cc=150/150/150 | 210/210 cc=150/150/150",
                "2024-02 0 0 0 cc=0/0/0 | 210/210 cc=150/150/150",
                "2024-03 1 130 0 cc=130/0/0 | 340/210 cc=280/150/150");
    }

    @Test
    void coversEveryMonthOfAPeriodAcrossYears() throws Exception {
        List<MonthPoint> s = series(new Period(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 2, 29)), Filters.NONE);

        assertThat(s).extracting(MonthPoint::month).containsExactly(YearMonth.of(2023, 11), YearMonth.of(2023, 12),
                YearMonth.of(2024, 1), YearMonth.of(2024, 2));
        // November 2023's window holds L01 only (nothing sold before it)
        assertThat(describe(s.get(0))).isEqualTo("2023-11 1 20 20 cc=20/20/20 | 20/20 cc=20/20/20");
    }
}
