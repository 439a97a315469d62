package fr.impact.analytics.local;

import static fr.impact.analytics.AnalyticsFixture.H1_2024;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.AnalyticsFixture;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.egalim.EgalimTotals;
import fr.impact.ingestion.model.Family;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code local/indicator_cube_by_segment_origin_group.sql} and {@link IndicatorCube}: the
 * indicator document's totals, collective catering, segments and EGalim figures summed from
 * one scan must be the figures worked out by hand for the separate queries
 * ({@link AnalyticsFixture#PERCHE_SALES}; each total reads
 * {@code key "label" lines total local parc proche eloigne unknown=amount/lines kg=total/local l=litres}).
 */
class IndicatorCubeIntegrationTests {

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

    IndicatorCube cube(Period p, Filters f) throws Exception {
        return IndicatorCube.load(fx.connection(), p, f);
    }

    static String describe(OriginTotals t) {
        return AnalyticsFixture.describe(new Group("all", "all", t));
    }

    static String describe(EgalimTotals e) {
        return AnalyticsFixture.num(e.totalHt()) + " bio=" + AnalyticsFixture.num(e.bioHt()) + " siqo="
                + AnalyticsFixture.num(e.siqoHt()) + " autres=" + AnalyticsFixture.num(e.autresEgalimHt()) + " ext="
                + AnalyticsFixture.num(e.externalitesPerformanceHt()) + " meat-fish="
                + AnalyticsFixture.num(e.meatFishEgalimHt()) + "/" + AnalyticsFixture.num(e.meatFishTotalHt());
    }

    @Test
    void sumsTheWholePeriodLikeSalesTotals() throws Exception {
        // as sales_totals: 791 = PARC 180 + PROCHE 336 + ELOIGNE 145 + INCONNU 130; kg 78.5, local 60.5; 35 l
        assertThat(describe(cube(H1_2024, Filters.NONE).totals())).isEqualTo(
                "all \"all\" lines=11 total=791 local=516 parc=180 proche=336 eloigne=145 unknown=130/1 kg=78.5/60.5 l=35");
    }

    @Test
    void sumsCollectiveCateringLikeCollectiveTotals() throws Exception {
        // C1 + C2 + C4 = 270 + 236 + 155 = 661; parc C1's L03 100 + L10 -10 = 90;
        // proche L04 150 + L11 30 (C1) + L05 80 + L12 36 (C2) = 296; eloigne L06 120 + L13 25; INCONNU L08 130;
        // kg C1 58.5 + C2 10 + C4 10 = 78.5, local 58.5 + 2 = 60.5; litres L13 5
        assertThat(describe(cube(H1_2024, Filters.NONE).collective())).isEqualTo(
                "all \"all\" lines=9 total=661 local=386 parc=90 proche=296 eloigne=145 unknown=130/1 kg=78.5/60.5 l=5");
    }

    @Test
    void splitsSegmentsLikeSalesBySegment() throws Exception {
        assertThat(cube(H1_2024, Filters.NONE).bySegment()).extracting(AnalyticsFixture::describe).containsExactly(
                "AUTRE \"AUTRE\" lines=1 total=40 local=40 parc=0 proche=40 eloigne=0 unknown=0/0 kg=0/0 l=0",
                "RESTAURANT \"RESTAURANT\" lines=1 total=90 local=90 parc=90 proche=0 eloigne=0 unknown=0/0 kg=0/0 l=30",
                "RESTAURATION_COLLECTIVE_AUTRE \"RESTAURATION_COLLECTIVE_AUTRE\" lines=2 total=155 local=0 parc=0 "
                        + "proche=0 eloigne=25 unknown=130/1 kg=10/0 l=5",
                "RESTAURATION_MEDICO_SOCIALE \"RESTAURATION_MEDICO_SOCIALE\" lines=3 total=236 local=116 parc=0 "
                        + "proche=116 eloigne=120 unknown=0/0 kg=10/2 l=0",
                "RESTAURATION_SCOLAIRE \"RESTAURATION_SCOLAIRE\" lines=4 total=270 local=270 parc=90 proche=180 "
                        + "eloigne=0 unknown=0/0 kg=58.5/58.5 l=0");
    }

    @Test
    void sumsEgalimLikeEgalimTotals() throws Exception {
        // as egalim_totals: 661 = BIO 240 + SIQO 110 + AUTRES 120 + EXT/PERF 36 + none 155; meat and fish 270 of 400
        assertThat(describe(cube(H1_2024, Filters.NONE).egalim()))
                .isEqualTo("661 bio=240 siqo=110 autres=120 ext=36 meat-fish=270/400");
    }

    @Test
    void followsTheFilters() throws Exception {
        // VIANDES_VOLAILLES: L04 (C1, P2 PROCHE, BIO, 12 kg) 150 + L08 (C4, P9 INCONNU, none, 10 kg) 130
        IndicatorCube c = cube(H1_2024, Filters.NONE.withFamily(Family.VIANDES_VOLAILLES));

        assertThat(describe(c.totals())).isEqualTo(
                "all \"all\" lines=2 total=280 local=150 parc=0 proche=150 eloigne=0 unknown=130/1 kg=22/12 l=0");
        assertThat(describe(c.egalim())).isEqualTo("280 bio=150 siqo=0 autres=0 ext=0 meat-fish=150/280");
    }

    @Test
    void anEmptyPeriodSumsToZero() throws Exception {
        IndicatorCube c = cube(Period.year(2022), Filters.NONE);

        assertThat(describe(c.totals())).isEqualTo(
                "all \"all\" lines=0 total=0 local=0 parc=0 proche=0 eloigne=0 unknown=0/0 kg=0/0 l=0");
        assertThat(c.totals().localShare()).isEmpty();
        assertThat(c.bySegment()).isEmpty();
        assertThat(describe(c.egalim())).isEqualTo("0 bio=0 siqo=0 autres=0 ext=0 meat-fish=0/0");
        assertThat(c.egalim().egalimShare()).isEmpty();
    }
}
