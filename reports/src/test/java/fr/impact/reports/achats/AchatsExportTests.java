package fr.impact.reports.achats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The purchase file's cells: what a spreadsheet would run as a formula is behind an apostrophe. */
class AchatsExportTests {

    @Test
    void textThatBeginsLikeAFormulaGetsAnApostrophe() {
        assertThat(AchatsExport.neutralised("=HYPERLINK(\"http://x\",\"y\") — GAEC")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\") — GAEC");
        assertThat(AchatsExport.neutralised("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(AchatsExport.neutralised("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
        assertThat(AchatsExport.neutralised("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(AchatsExport.neutralised("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(AchatsExport.neutralised("＝1+1")).isEqualTo("'＝1+1");
    }

    @Test
    void numbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(AchatsExport.neutralised("-3.00")).isEqualTo("-3.00");
        assertThat(AchatsExport.neutralised("+12")).isEqualTo("+12");
        assertThat(AchatsExport.neutralised("Carottes — GAEC du Val")).isEqualTo("Carottes — GAEC du Val");
        assertThat(AchatsExport.neutralised("")).isEmpty();
    }
}
