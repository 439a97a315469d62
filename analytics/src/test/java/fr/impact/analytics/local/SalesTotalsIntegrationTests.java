package fr.impact.analytics.local;

import static fr.impact.analytics.AnalyticsFixture.H1_2024;
import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.AnalyticsFixture;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code local/sales_totals.sql} on the standard data set (see {@link AnalyticsFixture#PERCHE_SALES},
 * lines L01–L13); every expected value worked out by hand from those lines.
 */
class SalesTotalsIntegrationTests {

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

    OriginTotals totals(Period p, Filters f) throws Exception {
        return fx.local().totals(p, f);
    }

    @Test
    void sumsAmountsByOriginLevelWithUnknownOriginKeptInTheDenominator() throws Exception {
        OriginTotals t = totals(H1_2024, Filters.NONE);

        // H1 2024 = L03…L13: 100 + 150 + 80 + 120 + 90 + 130 + 40 - 10 + 30 + 36 + 25 = 791.00, 11 lines
        assertThat(t.lines()).isEqualTo(11);
        assertThat(t.totalHt()).isEqualByComparingTo("791.00");
        // PARC = P1: L03 100 + L07 90 + L10 -10 = 180
        assertThat(t.parcHt()).isEqualByComparingTo("180.00");
        // PROCHE = P2 (L04 150 + L09 40 + L12 36 = 226) + P3 (L05 80 + L11 30 = 110) = 336
        assertThat(t.procheHt()).isEqualByComparingTo("336.00");
        // ELOIGNE = P4: L06 120 + L13 25 = 145
        assertThat(t.eloigneHt()).isEqualByComparingTo("145.00");
        // INCONNU = P9 (in no producers file): L08 130, reported apart
        assertThat(t.unknownHt()).isEqualByComparingTo("130.00");
        assertThat(t.unknownLines()).isEqualTo(1);
        // local = 180 + 336 = 516; share = 516 / 791 (not 516 / 661: INCONNU stays in) = 0.652339…
        assertThat(t.localHt()).isEqualByComparingTo("516.00");
        assertThat(t.localShare()).map(AnalyticsFixture::sixDecimals).contains(new java.math.BigDecimal("0.652339"));
        // parc share = 180 / 791 = 0.227560…
        assertThat(t.parcShare()).map(AnalyticsFixture::sixDecimals).contains(new java.math.BigDecimal("0.227560"));
    }

    @Test
    void countsCreditNotesAsNegativeSales() throws Exception {
        // April 2024: L10 credit note -10.00 (P1, PARC, -5 kg) and L11 30.00 (P3, PROCHE, 1500 g)
        OriginTotals t = totals(new Period(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30)), Filters.NONE);

        assertThat(t.lines()).isEqualTo(2);
        assertThat(t.totalHt()).isEqualByComparingTo("20.00");
        assertThat(t.parcHt()).isEqualByComparingTo("-10.00");
        assertThat(t.procheHt()).isEqualByComparingTo("30.00");
        // -5 kg + 1.5 kg
        assertThat(t.totalKg()).isEqualByComparingTo("-3.5");
        assertThat(t.localShare()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
    }

    @Test
    void weighsKilogramsWithGramsConvertedKeepsLitresApartAndLeavesPiecesOut() throws Exception {
        OriginTotals t = totals(H1_2024, Filters.NONE);

        // kg: L03 50 + L04 12 + L06 8 (8000 g) + L08 10 + L10 -5 + L11 1.5 (1500 g) + L12 2 = 78.5;
        // L05 (200 pieces) and L09 (10 dozen) are not weights; L07 and L13 are litres
        assertThat(t.totalKg()).isEqualByComparingTo("78.5");
        // local kg: P1/P2/P3 lines by weight: L03 50 + L04 12 + L10 -5 + L11 1.5 + L12 2 = 60.5
        // (L06 is ELOIGNE, L08 INCONNU)
        assertThat(t.localKg()).isEqualByComparingTo("60.5");
        // 60.5 / 78.5 = 0.770700…6 → 0.770701
        assertThat(t.localShareVolume()).map(AnalyticsFixture::sixDecimals)
                .contains(new java.math.BigDecimal("0.770701"));
        // litres: L07 30 l + L13 500 cl = 35
        assertThat(t.totalLitres()).isEqualByComparingTo("35");
    }

    @Test
    void anEmptyPeriodHasZeroTotalsAndNoShares() throws Exception {
        OriginTotals t = totals(Period.year(2022), Filters.NONE);

        assertThat(t.lines()).isZero();
        assertThat(t.totalHt()).isEqualByComparingTo("0");
        assertThat(t.localHt()).isEqualByComparingTo("0");
        assertThat(t.totalKg()).isEqualByComparingTo("0");
        assertThat(t.unknownLines()).isZero();
        assertThat(t.localShare()).isEmpty();
        assertThat(t.parcShare()).isEmpty();
        assertThat(t.localShareVolume()).isEmpty();
    }

    @Test
    void countsBothEndsOfThePeriod() throws Exception {
        // 10/01/2024 (L03 100 + L04 150) to 25/01/2024 (L05 80), both ends inclusive
        OriginTotals t = totals(new Period(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 25)), Filters.NONE);

        assertThat(t.lines()).isEqualTo(3);
        assertThat(t.totalHt()).isEqualByComparingTo("330.00");
    }

    @Nested
    class WithFilters {

        @Test
        void segmentComesFromTheBuyersFileBeforeTheLine() throws Exception {
            // C1 only: L03 100 + L04 150 + L10 -10 + L11 30 = 270; L07 says RESTAURATION_SCOLAIRE
            // but C3 is a RESTAURANT in the buyers file, so it is not counted
            OriginTotals t = totals(H1_2024, Filters.NONE.withSegment(Segment.RESTAURATION_SCOLAIRE));

            assertThat(t.lines()).isEqualTo(4);
            assertThat(t.totalHt()).isEqualByComparingTo("270.00");
            assertThat(t.localHt()).isEqualByComparingTo("270.00");
        }

        @Test
        void segmentComesFromTheLineForABuyerMissingFromTheBuyersFile() throws Exception {
            // C4 (typed RESTAURATION_COLLECTIVE_AUTRE on its lines): L08 130 (INCONNU) + L13 25 (ELOIGNE)
            OriginTotals t = totals(H1_2024, Filters.NONE.withSegment(Segment.RESTAURATION_COLLECTIVE_AUTRE));

            assertThat(t.totalHt()).isEqualByComparingTo("155.00");
            assertThat(t.localHt()).isEqualByComparingTo("0");
            assertThat(t.unknownHt()).isEqualByComparingTo("130.00");
            assertThat(t.localShare()).hasValueSatisfying(v -> assertThat(v).isZero());
        }

        @Test
        void aBuyerInNeitherPlaceIsInSegmentAutre() throws Exception {
            // C5: L09 40, P2 PROCHE
            OriginTotals t = totals(H1_2024, Filters.NONE.withSegment(Segment.AUTRE));

            assertThat(t.lines()).isEqualTo(1);
            assertThat(t.totalHt()).isEqualByComparingTo("40.00");
        }

        @Test
        void family() throws Exception {
            // VIANDES_VOLAILLES: L04 150 (P2, PROCHE, 12 kg) + L08 130 (P9, INCONNU, 10 kg)
            OriginTotals t = totals(H1_2024, Filters.NONE.withFamily(Family.VIANDES_VOLAILLES));

            assertThat(t.totalHt()).isEqualByComparingTo("280.00");
            assertThat(t.localHt()).isEqualByComparingTo("150.00");
            assertThat(t.unknownHt()).isEqualByComparingTo("130.00");
            assertThat(t.totalKg()).isEqualByComparingTo("22");
        }

        @Test
        void buyer() throws Exception {
            // C2: L05 80 (P3) + L06 120 (P4, ELOIGNE) + L12 36 (P2)
            OriginTotals t = totals(H1_2024, Filters.NONE.withBuyer("C2"));

            assertThat(t.totalHt()).isEqualByComparingTo("236.00");
            assertThat(t.localHt()).isEqualByComparingTo("116.00");
            assertThat(t.eloigneHt()).isEqualByComparingTo("120.00");
        }

        @Test
        void producer() throws Exception {
            // P2: L04 150 + L09 40 + L12 36, all PROCHE
            OriginTotals t = totals(H1_2024, Filters.NONE.withProducer("P2"));

            assertThat(t.lines()).isEqualTo(3);
            assertThat(t.totalHt()).isEqualByComparingTo("226.00");
            assertThat(t.procheHt()).isEqualByComparingTo("226.00");
        }

        @Test
        void filtersCombine() throws Exception {
            // RESTAURATION_MEDICO_SOCIALE (C2: L05, L06, L12) and PRODUITS_LAITIERS (L05, L09, L11): L05 80
            OriginTotals t = totals(H1_2024, Filters.NONE.withSegment(Segment.RESTAURATION_MEDICO_SOCIALE)
                    .withFamily(Family.PRODUITS_LAITIERS));

            assertThat(t.lines()).isEqualTo(1);
            assertThat(t.totalHt()).isEqualByComparingTo("80.00");
        }

        @Test
        void hubKeepsItsOwnReferenceFiles() throws Exception {
            // a second hub sells for P1 too, but has no producers file: there P1 is INCONNU
            fx.salesInHub("drive-fermier",
                    "12/03/2024;D-001;1;C1;Collège du Perche;RESTAURATION_SCOLAIRE;P1;Ferme du Bois Joli;Pommes;"
                            + "FRUITS_ET_LEGUMES;20;kg;;44,00;");

            // every hub: 791 + 44
            assertThat(totals(H1_2024, Filters.NONE).totalHt()).isEqualByComparingTo("835.00");
            assertThat(totals(H1_2024, Filters.NONE.withHub("default")).totalHt()).isEqualByComparingTo("791.00");
            OriginTotals drive = totals(H1_2024, Filters.NONE.withHub("drive-fermier"));
            assertThat(drive.totalHt()).isEqualByComparingTo("44.00");
            assertThat(drive.unknownHt()).isEqualByComparingTo("44.00");
            assertThat(drive.localShare()).hasValueSatisfying(v -> assertThat(v).isZero());
        }
    }
}
