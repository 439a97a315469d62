package fr.impact.analytics.impact;

import static fr.impact.analytics.AnalyticsFixture.H1_2024;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.AnalyticsFixture;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.ingestion.model.Segment;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code impact/revenue_by_producer.sql}: each producer's revenue through the hub (Σ amount,
 * credit notes included), largest first. Expected values worked out by hand from
 * {@link AnalyticsFixture#PERCHE_SALES}; each producer reads {@code id "name" level lines sales credit-notes revenue}.
 */
class ProducerRevenueIntegrationTests {

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

    List<String> revenue(Period p, Filters f) throws Exception {
        return fx.impact().revenueByProducer(p, f).stream()
                .map(r -> r.hub() + "/" + r.producerId() + " \"" + r.name() + "\" " + r.originLevel() + " " + r.lines()
                        + " " + AnalyticsFixture.num(r.salesHt()) + " " + AnalyticsFixture.num(r.creditNotesHt()) + " "
                        + AnalyticsFixture.num(r.revenueHt()))
                .toList();
    }

    @Test
    void listsEachProducersRevenueLargestFirst() throws Exception {
        assertThat(revenue(H1_2024, Filters.NONE)).containsExactly(
                // L04 150 + L09 40 + L12 36
                "default/P2 \"GAEC de la Vallée\" PROCHE 3 226 0 226",
                // L03 100 + L07 90 = 190 of sales, L10 -10 credit note
                "default/P1 \"Ferme du Bois Joli\" PARC 3 190 -10 180",
                // L06 120 + L13 25
                "default/P4 \"Coopérative de la Côte d'Opale\" ELOIGNE 2 145 0 145",
                // L08 130, named from its line
                "default/P9 \"Boucherie Martin\" INCONNU 1 130 0 130",
                // L05 80 + L11 30
                "default/P3 \"Fromagerie de Nogent\" PROCHE 2 110 0 110");
    }

    @Test
    void followsTheFilters() throws Exception {
        // C1's lines: P2 L04 150; P1 L03 100 and L10 -10; P3 L11 30
        assertThat(revenue(H1_2024, Filters.NONE.withSegment(Segment.RESTAURATION_SCOLAIRE))).containsExactly(
                "default/P2 \"GAEC de la Vallée\" PROCHE 1 150 0 150",
                "default/P1 \"Ferme du Bois Joli\" PARC 2 100 -10 90",
                "default/P3 \"Fromagerie de Nogent\" PROCHE 1 30 0 30");
    }

    @Test
    void showsTheHubsMarginApart() throws Exception {
        ProducerRevenue p1 = fx.impact().revenueByProducer(H1_2024, Filters.NONE.withProducer("P1")).get(0);

        // 180 × 12 % = 21.60; the revenue itself stays 180
        assertThat(p1.hubMarginHt(new BigDecimal("0.12"))).isEqualByComparingTo("21.60");
        assertThat(p1.revenueHt()).isEqualByComparingTo("180.00");
    }

    @Test
    void anEmptyPeriodHasNoProducer() throws Exception {
        assertThat(revenue(Period.year(2022), Filters.NONE)).isEmpty();
    }
}
