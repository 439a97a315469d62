package fr.impact.dashboard.imports;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.ingestion.ImportKind;
import org.junit.jupiter.api.Test;

class ImportServiceTests {

    @Test
    void theRecordedNameKeepsOnlyTheFileName() {
        assertThat(ImportService.displayName("../../etc/passwd", ImportKind.SALES)).isEqualTo("passwd");
        assertThat(ImportService.displayName("C:\\Users\\agent\\ventes-mars.csv", ImportKind.SALES)).isEqualTo("ventes-mars.csv");
        assertThat(ImportService.displayName("..", ImportKind.SALES)).isEqualTo("sales.csv");
        assertThat(ImportService.displayName(".cache", ImportKind.SALES)).isEqualTo("cache");
        assertThat(ImportService.displayName("ven\u0000tes\n.csv", ImportKind.BUYERS)).isEqualTo("ventes.csv");
        assertThat(ImportService.displayName(null, ImportKind.PRODUCERS)).isEqualTo("producers.csv");
    }

    @Test
    void csvCellsAreQuotedAndFormulasNeutralised() {
        assertThat(ImportsController.cell("12,5O")).isEqualTo("12,5O");
        assertThat(ImportsController.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(ImportsController.cell("-93,84")).as("a credit note stays a number").isEqualTo("-93,84");
        assertThat(ImportsController.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
