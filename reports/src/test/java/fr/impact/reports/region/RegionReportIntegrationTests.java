package fr.impact.reports.region;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.funding.ProjectFunding;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.store.Store;
import fr.impact.reports.Fixture;
import fr.impact.reports.ReportRequest;
import fr.impact.reports.feader.FeaderReportIntegrationTests;
import fr.impact.reports.format.French;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
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
 * The Région's report of 2024 on the hub of {@link Fixture} and the funding ledger of
 * {@link FeaderReportIntegrationTests}, with a forecast budget. By hand:
 *
 * <pre>
 *   charges 2024: 62 PRESTATIONS 10 600,50 (forecast 10 000 → +6 %), 64 PERSONNEL 6 800,00
 *                 (forecast 10 000 → −32 %); operating total 17 400,50 (forecast 20 000);
 *                 investment: EQUIPEMENT 18 500,00 (no forecast)
 *   resources: État none; Région 45 000 (received 13 500); Fonds européens FEADER 90 000
 *              (received 16 000 in 2024); own resources MIL Perche 15 000 (0); total 150 000 / 29 500
 * </pre>
 */
class RegionReportIntegrationTests {

    @TempDir
    Path dir;

    Store store;

    @BeforeEach
    void load() throws Exception {
        store = Fixture.load(dir);
        Importer importer = new Importer(store, Importer.Settings.defaults().withClock(Fixture.CLOCK));
        Fixture.ingest(importer, ImportKind.FUNDING,
                Fixture.write(dir, "financements.csv", FeaderReportIntegrationTests.GRANTS));
        Fixture.ingest(importer, ImportKind.FUNDING,
                Fixture.write(dir, "depenses.csv", FeaderReportIntegrationTests.EXPENDITURES));
        Fixture.ingest(importer, ImportKind.FUNDING,
                Fixture.write(dir, "versements.csv", FeaderReportIntegrationTests.PAYMENTS));
        Fixture.ingest(importer, ImportKind.FUNDING,
                Fixture.write(dir, "budget.csv", "poste;montant_prevu\nPERSONNEL;10 000\nPRESTATIONS;10000\n"));
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    RegionReport.Files write() throws Exception {
        return new RegionReport(store.connection(), ParkConfig.defaults()).write(new ReportRequest(Period.year(2024),
                Filters.NONE, Optional.empty(), Fixture.GENERATED_ON, dir.resolve("out")));
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
    void theWorkbookHoldsTheStatementWithFormulasAndTheDataOfEveryChart() throws Exception {
        RegionReport.Files f = write();
        assertThat(f.xlsx().getFileName()).hasToString("region-2024.xlsx");
        var f2 = new Analytics(store.connection()).funding();
        ProjectFunding p = f2.of(f2.projects().get(0));
        var api = new Analytics(store.connection()).indicators(Period.year(2024), Filters.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(f.xlsx().toFile())) {
            assertThat(wb.getSheet("Part locale par mois").getLastRowNum()).isEqualTo(12);
            assertThat(wb.getSheet("Part locale par mois").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(0.6);
            assertThat(number(row(wb.getSheet("Chiffres clés"), "Ventes du pôle (€ HT)").getCell(1)))
                    .isEqualByComparingTo(api.sales().totalHt());

            XSSFSheet ch = wb.getSheet("Charges");
            Row total = row(ch, "Total des charges");
            assertThat(total.getCell(3).getCellFormula()).startsWith("SUBTOTAL(9,");
            assertThat(number(total.getCell(3))).isEqualByComparingTo("17400.50");
            assertThat(number(total.getCell(2))).isEqualByComparingTo("20000");
            assertThat(number(row(ch, "Sous-total 64 Charges de personnel").getCell(3))).isEqualByComparingTo("6800");
            Row personnel = row(ch, "64 Charges de personnel");
            assertThat(personnel.getCell(5).getNumericCellValue()).isEqualTo(-0.32);
            assertThat(number(row(wb.getSheet("Investissement"), "Total investissement").getCell(3)))
                    .isEqualByComparingTo("18500");

            XSSFSheet rs = wb.getSheet("Ressources");
            Row all = row(rs, "Total des ressources");
            assertThat(number(all.getCell(2))).isEqualByComparingTo(p.totalBudget()).isEqualByComparingTo("150000");
            assertThat(number(all.getCell(4))).isEqualByComparingTo("29500");
            assertThat(number(row(rs, "Sous-total 74 Subventions — Fonds européens").getCell(3)))
                    .isEqualByComparingTo("16000");
        }
    }

    @Test
    void thePdfFollowsTheCerfaWithPreviousYearBeside() throws Exception {
        Path pdf = write().pdf();
        String w;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            w = French.plainSpaces(new PDFTextStripper().getText(d)).replaceAll("\\s+", " ");
        }
        assertThat(w).contains("Rapport d'activité 2024", "Ventes du pôle (€ HT) 7 100,00 € 999,00 €",
                "62 Autres services extérieurs 10 000,00 € 10 600,50 € 10 600,50 € 6 %",
                "64 Charges de personnel 10 000,00 € 6 800,00 € 6 800,00 € -32 %",
                "Total des charges 20 000,00 € 17 400,50 € 17 400,50 €",
                "74 Subventions — Région 45 000,00 € 13 500,00 € 13 500,00 €",
                "Total des ressources 150 000,00 € 29 500,00 € 29 500,00 €",
                "PERSONNEL : -32 %", "budget.csv");
    }
}
