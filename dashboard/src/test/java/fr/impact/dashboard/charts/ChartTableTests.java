package fr.impact.dashboard.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ChartTable#html()}: the table under a chart, every value escaped. */
class ChartTableTests {

    @Test
    void writesHeadAndRowsWithNumbersRightAlignedAndEveryValueEscaped() {
        ChartTable t = new ChartTable("Part locale", List.of(
                new ChartTable.Column("Producteur", ChartTable.Kind.TEXT),
                new ChartTable.Column("Ventes", ChartTable.Kind.MONEY)), List.of(
                new ChartTable.Row(List.of("<script>alert(1)</script>", "1 234,56 €"), List.of("x", "1234,56"),
                        "/producteurs/P1?annee=2024&pole=mil"),
                new ChartTable.Row(List.of("Ferme \"Les Prés\"", "0,00 €"), List.of("y", "0,00"), null)));
        assertThat(t.html()).isEqualTo("<thead><tr><th scope=\"col\">Producteur</th><th scope=\"col\" class=\"num\">Ventes</th>"
                + "</tr></thead><tbody>"
                + "<tr><th scope=\"row\"><a href=\"/producteurs/P1?annee=2024&amp;pole=mil\">&lt;script&gt;alert(1)&lt;/script&gt;</a>"
                + "</th><td class=\"num\">1 234,56 €</td></tr>"
                + "<tr><th scope=\"row\">Ferme &quot;Les Prés&quot;</th><td class=\"num\">0,00 €</td></tr></tbody>");
    }
}
