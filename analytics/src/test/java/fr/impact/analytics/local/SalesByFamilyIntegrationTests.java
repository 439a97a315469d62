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
 * {@code local/sales_by_family.sql}: one group per product family (its code, whatever label the file used).
 * Every expected value worked out by hand from the standard lines L01–L13
 * ({@link AnalyticsFixture#PERCHE_SALES}); each group reads
 * {@code key "label" lines total local parc proche eloigne unknown=amount/lines kg=total/local l=litres}.
 */
class SalesByFamilyIntegrationTests {

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
    void groupsTheLinesOfEachFamily() throws Exception {
        assertThat(breakdown(Dimension.FAMILY, H1_2024, Filters.NONE)).containsExactly(
                // L07 P1 90 (30 l) + L13 P4 25 (500 cl)
                "BOISSONS \"BOISSONS\" lines=2 total=115 local=90 parc=90 proche=0 eloigne=25 unknown=0/0 kg=0/0 l=35",
                // L12 P2 36 (2 kg)
                "CHARCUTERIE \"CHARCUTERIE\" lines=1 total=36 local=36 parc=0 proche=36 eloigne=0 unknown=0/0 kg=2/2 l=0",
                // L03 (written "Fruits et légumes frais et surgelés") P1 100 (50 kg) + L10 P1 -10 (-5 kg)
                "FRUITS_ET_LEGUMES \"FRUITS_ET_LEGUMES\" lines=2 total=90 local=90 parc=90 proche=0 eloigne=0 "
                        + "unknown=0/0 kg=45/45 l=0",
                // L06 P4 120 (8000 g)
                "PRODUITS_DE_LA_MER \"PRODUITS_DE_LA_MER\" lines=1 total=120 local=0 parc=0 proche=0 eloigne=120 "
                        + "unknown=0/0 kg=8/0 l=0",
                // L05 P3 80 (pieces) + L09 P2 40 (dozen) + L11 P3 30 (1500 g)
                "PRODUITS_LAITIERS \"PRODUITS_LAITIERS\" lines=3 total=150 local=150 parc=0 proche=150 eloigne=0 "
                        + "unknown=0/0 kg=1.5/1.5 l=0",
                // L04 P2 150 (12 kg) + L08 P9 130 (10 kg, INCONNU)
                "VIANDES_VOLAILLES \"VIANDES_VOLAILLES\" lines=2 total=280 local=150 parc=0 proche=150 eloigne=0 "
                        + "unknown=130/1 kg=22/12 l=0");
    }

    @Test
    void aBuyerFilterKeepsOnlyItsFamilies() throws Exception {
        // C4: L08 VIANDES_VOLAILLES 130 and L13 BOISSONS 25
        assertThat(breakdown(Dimension.FAMILY, H1_2024, Filters.NONE.withBuyer("C4"))).containsExactly(
                "BOISSONS \"BOISSONS\" lines=1 total=25 local=0 parc=0 proche=0 eloigne=25 unknown=0/0 kg=0/0 l=5",
                "VIANDES_VOLAILLES \"VIANDES_VOLAILLES\" lines=1 total=130 local=0 parc=0 proche=0 eloigne=0 "
                        + "unknown=130/1 kg=10/0 l=0");
    }
}
