package fr.impact.analytics.local;

import static fr.impact.analytics.AnalyticsFixture.H1_2024;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.AnalyticsFixture;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code local/sales_by_segment.sql}: one group per resolved segment (buyers file, else the line, else AUTRE).
 * Every expected value worked out by hand from the standard lines L01–L13
 * ({@link AnalyticsFixture#PERCHE_SALES}); each group reads
 * {@code key "label" lines total local parc proche eloigne unknown=amount/lines kg=total/local l=litres}.
 */
class SalesBySegmentIntegrationTests {

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

    List<String> breakdown(Dimension d, Period p, Filters f) throws Exception {
        return fx.local().breakdown(d, p, f).stream().map(AnalyticsFixture::describe).toList();
    }

    @Test
    void groupsTheLinesOfEachResolvedSegment() throws Exception {
        assertThat(breakdown(Dimension.SEGMENT, H1_2024, Filters.NONE)).containsExactly(
                // C5, in neither the buyers file nor typed on its line: L09 P2 40 (dozen)
                "AUTRE \"AUTRE\" lines=1 total=40 local=40 parc=0 proche=40 eloigne=0 unknown=0/0 kg=0/0 l=0",
                // C3, RESTAURANT in the buyers file although L07 says RESTAURATION_SCOLAIRE: L07 P1 90 (30 l)
                "RESTAURANT \"RESTAURANT\" lines=1 total=90 local=90 parc=90 proche=0 eloigne=0 unknown=0/0 kg=0/0 l=30",
                // C4, missing from the buyers file, typed on its lines: L08 P9 130 (10 kg) + L13 P4 25 (5 l)
                "RESTAURATION_COLLECTIVE_AUTRE \"RESTAURATION_COLLECTIVE_AUTRE\" lines=2 total=155 local=0 parc=0 "
                        + "proche=0 eloigne=25 unknown=130/1 kg=10/0 l=5",
                // C2 ("Restauration médico-sociale" in the buyers file): L05 P3 80 + L06 P4 120 (8 kg) + L12 P2 36 (2 kg)
                "RESTAURATION_MEDICO_SOCIALE \"RESTAURATION_MEDICO_SOCIALE\" lines=3 total=236 local=116 parc=0 "
                        + "proche=116 eloigne=120 unknown=0/0 kg=10/2 l=0",
                // C1: L03 P1 100 (50 kg) + L04 P2 150 (12 kg) + L10 P1 -10 (-5 kg) + L11 P3 30 (1.5 kg)
                "RESTAURATION_SCOLAIRE \"RESTAURATION_SCOLAIRE\" lines=4 total=270 local=270 parc=90 proche=180 "
                        + "eloigne=0 unknown=0/0 kg=58.5/58.5 l=0");
    }

    @Test
    void aFamilyFilterKeepsOnlyTheSegmentsThatBoughtIt() throws Exception {
        // VIANDES_VOLAILLES: L04 (C1) 150 and L08 (C4) 130
        assertThat(breakdown(Dimension.SEGMENT, H1_2024, Filters.NONE.withFamily(
                fr.impact.ingestion.model.Family.VIANDES_VOLAILLES))).containsExactly(
                "RESTAURATION_COLLECTIVE_AUTRE \"RESTAURATION_COLLECTIVE_AUTRE\" lines=1 total=130 local=0 parc=0 "
                        + "proche=0 eloigne=0 unknown=130/1 kg=10/0 l=0",
                "RESTAURATION_SCOLAIRE \"RESTAURATION_SCOLAIRE\" lines=1 total=150 local=150 parc=0 proche=150 "
                        + "eloigne=0 unknown=0/0 kg=12/12 l=0");
    }
}
