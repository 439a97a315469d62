package fr.impact.reports.canteen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Indicators;
import fr.impact.analytics.Period;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.store.Store;
import fr.impact.reports.Fixture;
import fr.impact.reports.ReportDataException;
import fr.impact.reports.ReportRequest;
import fr.impact.reports.format.French;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canteen report of a school canteen (C9, not in the buyers file: its segment comes from
 * the lines) added to the hub of {@link Fixture}, read back with POI and PDFBox. By hand:
 *
 * <pre>
 *   10/05/2024 P1 (PARC)    Poulet  VIANDES_VOLAILLES   50,00  LABEL_ROUGE|BIO → bio
 *   10/05/2024 P3 (ELOIGNE) Saumon  PRODUITS_DE_LA_MER  50,00  PECHE_DURABLE   → peche_durable
 *   10/05/2024 P2 (PROCHE)  Bœuf    VIANDES_VOLAILLES  150,00  IGP             → aocaop_igp_stg
 *   10/05/2024 P2 (PROCHE)  Pommes  FRUITS_ET_LEGUMES  200,00  —               → non_egalim
 *   total 450,00; local 400,00 → 88,9 %; bio 50 → 11,1 % (target 20 %: gap (90 − 50) / 0,8 = 50,00 €);
 *   EGalim 250 → 55,6 % (target 50 % met); meat &amp; fish 250 / 250 = 100 % (met)
 * </pre>
 */
class CanteenReportIntegrationTests {

    static final String SALES = String.join("\n",
            "date;facture;ligne;client_id;client_nom;client_type;producteur_id;produit;famille;quantite;unite;montant_ht;labels",
            "10/05/2024;K1;1;C9;Collège Anne Frank;RESTAURATION_SCOLAIRE;P1;Poulet;VIANDES_VOLAILLES;10;kg;50,00;LABEL_ROUGE|BIO",
            "10/05/2024;K1;2;C9;Collège Anne Frank;RESTAURATION_SCOLAIRE;P3;Saumon;PRODUITS_DE_LA_MER;5;kg;50,00;PECHE_DURABLE",
            "10/05/2024;K1;3;C9;Collège Anne Frank;RESTAURATION_SCOLAIRE;P2;Bœuf;VIANDES_VOLAILLES;10;kg;150,00;IGP",
            "10/05/2024;K1;4;C9;Collège Anne Frank;RESTAURATION_SCOLAIRE;P2;Pommes;FRUITS_ET_LEGUMES;20;kg;200,00;")
            + "\n";

    @TempDir
    Path dir;

    Store store;

    @BeforeEach
    void load() throws Exception {
        store = Fixture.load(dir);
        Importer importer = new Importer(store, Importer.Settings.defaults().withClock(Fixture.CLOCK));
        Fixture.ingest(importer, ImportKind.SALES, Fixture.write(dir, "ventes-college.csv", SALES));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    CanteenReport.Files write(String buyer) throws Exception {
        return new CanteenReport(store.connection(), ParkConfig.defaults()).write(new ReportRequest(Period.year(2024),
                Filters.NONE.withBuyer(buyer), Optional.empty(), Fixture.GENERATED_ON, dir.resolve("out")));
    }

    static BigDecimal number(Cell c) {
        return BigDecimal.valueOf(c.getNumericCellValue()).setScale(2, RoundingMode.HALF_EVEN);
    }

    static Row row(XSSFSheet s, String label) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return r;
            }
        }
        throw new AssertionError("no row " + label + " in " + s.getSheetName());
    }

    @Test
    void givesEveryMaCantineKeyAndTotalsEqualTheIndicatorsApi() throws Exception {
        CanteenReport.Files f = write("C9");
        assertThat(f.xlsx().getFileName()).hasToString("canteen-2024-C9.xlsx");
        Indicators api = new Analytics(store.connection()).indicators(Period.year(2024), Filters.NONE.withBuyer("C9"));
        try (XSSFWorkbook wb = new XSSFWorkbook(f.xlsx().toFile())) {
            XSSFSheet keys = wb.getSheet("Clés ma-cantine");
            Map<String, BigDecimal> values = new HashMap<>();
            for (Row r : keys) {
                if (r.getRowNum() > 0 && r.getCell(1) != null && !r.getCell(0).getStringCellValue().equals("Total")) {
                    values.put(r.getCell(0).getStringCellValue(), number(r.getCell(1)));
                }
            }
            assertThat(values).hasSize(8 * 11);
            assertThat(values.get("valeur_viandes_volailles_bio")).isEqualByComparingTo("50");
            assertThat(values.get("valeur_viandes_volailles_aocaop_igp_stg")).isEqualByComparingTo("150");
            assertThat(values.get("valeur_viandes_volailles_label_rouge")).isEqualByComparingTo("0");
            assertThat(values.get("valeur_produits_de_la_mer_peche_durable")).isEqualByComparingTo("50");
            assertThat(values.get("valeur_fruits_et_legumes_non_egalim")).isEqualByComparingTo("200");
            Row total = row(keys, "Total");
            assertThat(total.getCell(1).getCellFormula()).isEqualTo("SUM(B2:B89)");
            assertThat(number(total.getCell(1))).isEqualByComparingTo(api.sales().totalHt()).isEqualByComparingTo("450");

            XSSFSheet detail = wb.getSheet("Familles × EGalim");
            Row all = row(detail, "Total");
            assertThat(all.getCell(3).getCellFormula()).startsWith("SUBTOTAL(9,");
            assertThat(number(all.getCell(3))).isEqualByComparingTo("450");
            assertThat(number(all.getCell(4))).isEqualByComparingTo(api.sales().localHt()).isEqualByComparingTo("400");
            assertThat(number(row(detail, "Sous-total Viandes et volailles fraîches et surgelées").getCell(3)))
                    .isEqualByComparingTo("200");

            XSSFSheet e = wb.getSheet("EGalim");
            Row bio = row(e, "Bio");
            assertThat(bio.getCell(3).getNumericCellValue())
                    .isEqualTo(api.egalim().bioShare().orElseThrow().doubleValue());
            assertThat(number(bio.getCell(5))).isEqualByComparingTo("50.00");
            assertThat(number(row(e, "EGalim, bio compris").getCell(5))).isEqualByComparingTo("0");
            assertThat(row(e, "EGalim des viandes et poissons").getCell(3).getNumericCellValue()).isEqualTo(1.0);

            XSSFSheet c = wb.getSheet("Cantine");
            assertThat(row(c, "Acheteur").getCell(1).getStringCellValue()).isEqualTo("Collège Anne Frank");
            assertThat(row(c, "Part locale (valeur)").getCell(1).getNumericCellValue())
                    .isEqualTo(api.sales().localShare().orElseThrow().doubleValue());
            assertThat(wb.getSheet("Sources")).isNotNull();
            assertThat(wb.getProperties().getCoreProperties().getTitle())
                    .isEqualTo("Achats de Collège Anne Frank au pôle alimentaire local");
        }
    }

    @Test
    void thePdfSaysTheSharesTheGapAndTheSources() throws Exception {
        Path pdf = write("C9").pdf();
        assertThat(pdf.getFileName()).hasToString("canteen-2024-C9.pdf");
        String w;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            w = French.plainSpaces(new PDFTextStripper().getText(d)).replaceAll("\\s+", " ");
        }
        assertThat(w).contains("Achats de Collège Anne Frank au pôle alimentaire local", "Restauration scolaire",
                "450,00 €", "89 %", "11 %", "56 %", "Bio 50,00 € 11,1 % 20 % 50,00 €",
                "EGalim, bio compris 250,00 € 55,6 % 50 % atteint", "ventes-college.csv");
        assertThat(w).doesNotContain("financements");
    }

    @Test
    void needsAKnownBuyer() {
        assertThatThrownBy(() -> new CanteenReport(store.connection(), ParkConfig.defaults()).write(
                new ReportRequest(Period.year(2024), Filters.NONE, Optional.empty(), Fixture.GENERATED_ON, dir)))
                .isInstanceOf(ReportDataException.class).hasMessageContaining("--buyer");
        assertThatThrownBy(() -> write("ZZ")).isInstanceOf(ReportDataException.class).hasMessageContaining("ZZ");
    }
}
