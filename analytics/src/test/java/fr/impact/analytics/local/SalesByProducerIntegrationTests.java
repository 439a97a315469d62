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
 * {@code local/sales_by_producer.sql}: one group per producer ({@code hub/id}), named from the producers file, else the lines.
 * Every expected value worked out by hand from the standard lines L01–L13
 * ({@link AnalyticsFixture#PERCHE_SALES}); each group reads
 * {@code key "label" lines total local parc proche eloigne unknown=amount/lines kg=total/local l=litres}.
 */
class SalesByProducerIntegrationTests {

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
    void groupsTheLinesOfEachProducer() throws Exception {
        assertThat(breakdown(Dimension.PRODUCER, H1_2024, Filters.NONE)).containsExactly(
                // L03 100 (50 kg) + L07 90 (30 l) + L10 -10 (-5 kg); commune 61293 listed → PARC
                "default/P1 \"Ferme du Bois Joli\" lines=3 total=180 local=180 parc=180 proche=0 eloigne=0 "
                        + "unknown=0/0 kg=45/45 l=30",
                // L04 150 (12 kg) + L09 40 (dozen) + L12 36 (2 kg); only its department 61 listed → PROCHE
                "default/P2 \"GAEC de la Vallée\" lines=3 total=226 local=226 parc=0 proche=226 eloigne=0 "
                        + "unknown=0/0 kg=14/14 l=0",
                // L05 80 (pieces) + L11 30 (1500 g); department 28 → PROCHE
                "default/P3 \"Fromagerie de Nogent\" lines=2 total=110 local=110 parc=0 proche=110 eloigne=0 "
                        + "unknown=0/0 kg=1.5/1.5 l=0",
                // L06 120 (8000 g) + L13 25 (500 cl); 62160 listed nowhere → ELOIGNE
                "default/P4 \"Coopérative de la Côte d'Opale\" lines=2 total=145 local=0 parc=0 proche=0 eloigne=145 "
                        + "unknown=0/0 kg=8/0 l=5",
                // L08 130 (10 kg); in no producers file → INCONNU, named from its line
                "default/P9 \"Boucherie Martin\" lines=1 total=130 local=0 parc=0 proche=0 eloigne=0 "
                        + "unknown=130/1 kg=10/0 l=0");
    }

    @Test
    void theProducersFileNamesAProducerBeforeItsLines() throws Exception {
        // a later line names P1 differently: the producers file's name stays; amount 20 (10 kg)
        fx.sales("22/06/2024;F2406-02;1;C1;École Jules Ferry;;P1;EARL du Bois Joli;Pommes;FRUITS_ET_LEGUMES;10;kg;;20,00;");

        assertThat(breakdown(Dimension.PRODUCER, H1_2024, Filters.NONE.withProducer("P1"))).containsExactly(
                "default/P1 \"Ferme du Bois Joli\" lines=4 total=200 local=200 parc=200 proche=0 eloigne=0 "
                        + "unknown=0/0 kg=55/55 l=30");
    }
}
