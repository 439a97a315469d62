package fr.impact.analytics;

import static fr.impact.analytics.AnalyticsFixture.H1_2024;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.egalim.EgalimTotals;
import fr.impact.analytics.local.Dimension;
import fr.impact.analytics.local.Group;
import fr.impact.analytics.local.LocalSourcing.Collective;
import fr.impact.analytics.local.OriginTotals;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportHistory;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Segments and origin levels are resolved when a figure is computed: importing a corrected
 * territory, producers or buyers file changes every figure at once, with no other step (and
 * undoing the import changes them back). On a database file, from the standard data set
 * ({@link AnalyticsFixture#PERCHE_SALES}: H1 2024 = 791.00, local 516.00); expected values by hand.
 */
class ReferenceReimportIntegrationTests {

    @TempDir
    Path dir;

    AnalyticsFixture fx;

    @BeforeEach
    void load() throws Exception {
        fx = AnalyticsFixture.onDisk(dir).perche();
    }

    @AfterEach
    void close() throws Exception {
        fx.close();
    }

    OriginTotals totals() throws Exception {
        return fx.local().totals(H1_2024, Filters.NONE);
    }

    @Test
    void aNewTerritoryChangesOriginLevelsAtOnce() throws Exception {
        assertThat(totals().localHt()).isEqualByComparingTo("516.00");

        // the Eure-et-Loir (28) is no longer listed: P3 (28280) becomes ELOIGNE
        fx.territory("61293;PARC;Mortagne-au-Perche", "61345;PARC;Rémalard-en-Perche", "61;PROCHE;Orne");

        OriginTotals t = totals();
        // P3's L05 80 + L11 30 = 110 leave PROCHE: local 516 - 110 = 406, proche 336 - 110 = 226,
        // eloigne 145 + 110 = 255
        assertThat(t.localHt()).isEqualByComparingTo("406.00");
        assertThat(t.procheHt()).isEqualByComparingTo("226.00");
        assertThat(t.eloigneHt()).isEqualByComparingTo("255.00");
        // P1 (PARC) and P2 (PROCHE) remain local and active
        assertThat(fx.impact().producers(H1_2024, Filters.NONE).localActive()).isEqualTo(2);
    }

    @Test
    void aCommuneListedInTheNewTerritoryGoesBeforeItsDepartment() throws Exception {
        // P2's commune 61214 is now listed PARC, its department 61 still PROCHE
        fx.territory("61293;PARC;Mortagne-au-Perche", "61214;PARC;Saint-Germain-de-Martigny", "61;PROCHE;Orne",
                "28;PROCHE;Eure-et-Loir");

        OriginTotals t = totals();
        // P2's L04 150 + L09 40 + L12 36 = 226 move from PROCHE to PARC: parc 180 + 226 = 406, proche 110
        assertThat(t.parcHt()).isEqualByComparingTo("406.00");
        assertThat(t.procheHt()).isEqualByComparingTo("110.00");
        assertThat(t.localHt()).isEqualByComparingTo("516.00");
    }

    @Test
    void aCorrectedProducersFileChangesLevelsAndNamesAtOnce() throws Exception {
        // P9 was unknown; P4 moved to Chartres (28085, department 28 listed); P1 renamed
        fx.producers("P9;Boucherie Martin;61293", "P4;Coopérative de la Côte d'Opale;28085",
                "P1;EARL du Bois Joli;61293");

        OriginTotals t = totals();
        // P9's L08 130 now PARC: 180 + 130 = 310; P4's L06 120 + L13 25 = 145 now PROCHE: 336 + 145 = 481
        assertThat(t.parcHt()).isEqualByComparingTo("310.00");
        assertThat(t.procheHt()).isEqualByComparingTo("481.00");
        assertThat(t.unknownHt()).isEqualByComparingTo("0");
        assertThat(t.unknownLines()).isZero();
        assertThat(t.eloigneHt()).isEqualByComparingTo("0");
        // 791 / 791
        assertThat(t.localShare()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(fx.local().breakdown(Dimension.PRODUCER, H1_2024, Filters.NONE.withProducer("P1")))
                .extracting(Group::label).containsExactly("EARL du Bois Joli");
        // P1, P2, P3, P4, P9 all local now
        assertThat(fx.impact().producers(H1_2024, Filters.NONE).localActive()).isEqualTo(5);
    }

    @Test
    void aCorrectedBuyersFileMovesLinesBetweenSegmentsAtOnce() throws Exception {
        // C3 was a restaurant, C5 in no file: both school canteens now
        fx.buyers("C3;Le Bistrot du Perche;RESTAURATION_SCOLAIRE;28280", "C5;Association Perche Nature;cantine scolaire;");

        Collective c = fx.local().collective(H1_2024, Filters.NONE);
        // 661 + L07 90 (C3) + L09 40 (C5) = 791, every line; C1 C2 C3 C4 C5 active
        assertThat(c.totals().totalHt()).isEqualByComparingTo("791.00");
        assertThat(c.activeBuyers()).isEqualTo(5);
        EgalimTotals e = fx.egalim().totals(H1_2024, Filters.NONE);
        // bio 240 + L07 90 = 330; other EGalim 120 + L09 40 (FERMIER) = 160
        assertThat(e.bioHt()).isEqualByComparingTo("330.00");
        assertThat(e.autresEgalimHt()).isEqualByComparingTo("160.00");
        // AUTRE and RESTAURANT are gone; RESTAURATION_SCOLAIRE = 270 + 90 + 40 = 400
        assertThat(fx.local().breakdown(Dimension.SEGMENT, H1_2024, Filters.NONE))
                .extracting(g -> g.key() + " " + AnalyticsFixture.num(g.totals().totalHt()))
                .containsExactly("RESTAURATION_COLLECTIVE_AUTRE 155", "RESTAURATION_MEDICO_SOCIALE 236",
                        "RESTAURATION_SCOLAIRE 400");
    }

    @Test
    void undoingTheImportBringsTheFiguresBack() throws Exception {
        FileReport territory = fx.territory("61293;PARC;Mortagne-au-Perche");
        // only P1 local now: 180
        assertThat(totals().localHt()).isEqualByComparingTo("180.00");

        new ImportHistory(fx.store(), AnalyticsFixture.CLOCK).undo(territory.importId());

        assertThat(totals().localHt()).isEqualByComparingTo("516.00");
    }
}
