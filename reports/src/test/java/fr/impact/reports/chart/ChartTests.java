package fr.impact.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

class ChartTests {

    static ChartData monthly() {
        return ChartData.builder("Mois", Unit.SHARE).series("Part locale")
                .category("janv.", new BigDecimal("0.60"))
                .category("févr.", new BigDecimal("0.85"))
                .category("mars", (BigDecimal) null)
                .build();
    }

    static ChartData bySegment() {
        return ChartData.builder("Type de client", Unit.EUROS_HT).series("Local", "Non local", "Origine inconnue")
                .category("Restauration scolaire", new BigDecimal("1000.00"), new BigDecimal("800.00"), BigDecimal.ZERO)
                .category("Restauration médico-sociale", new BigDecimal("2500.50"), BigDecimal.ZERO,
                        new BigDecimal("450.00"))
                .build();
    }

    @Test
    void rendersANonEmptyPngOfTheAskedSize() throws Exception {
        Chart c = Chart.of(Chart.Kind.BARS, "Part locale, mois par mois", monthly(), "");

        byte[] png = c.png(400, 200, 2);

        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(400);
        // something is drawn: not a blank image
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        assertThat(dark).isGreaterThan(500);
    }

    @Test
    void everyKindRenders() {
        for (Chart.Kind k : Chart.Kind.values()) {
            assertThat(Chart.of(k, "Achats", bySegment(), "").png(300, 150, 1)).as(k.name()).hasSizeGreaterThan(1000);
        }
    }

    @Test
    void hasATitleAUnitAndAnAltTextListingTheValuesInFrench() {
        Chart c = Chart.of(Chart.Kind.HORIZONTAL_STACKED_BARS, "Achats par type de client", bySegment(),
                "La partie foncée est locale");

        assertThat(c.title()).isEqualTo("Achats par type de client");
        assertThat(c.unit()).isEqualTo(Unit.EUROS_HT);
        assertThat(c.jfreeChart().getCategoryPlot().getRangeAxis().getLabel()).isEqualTo("€ HT");
        assertThat(c.altText()).isEqualTo("Achats par type de client. La partie foncée est locale. Valeurs (€ HT) : "
                + "Restauration scolaire : local 1\u202F000\u00A0€, non local 800\u00A0€, origine inconnue 0\u00A0€ ; "
                + "Restauration médico-sociale : local 2\u202F501\u00A0€, non local 0\u00A0€, "
                + "origine inconnue 450\u00A0€.");
    }

    @Test
    void anAbsentValueIsSaidSoInTheAltText() {
        Chart c = Chart.of(Chart.Kind.BARS, "Part locale", monthly(), null);

        assertThat(c.altText()).endsWith("janv. 60\u00A0% ; févr. 85\u00A0% ; mars sans donnée.");
    }

    @Test
    void axesWriteFrenchNumbers() {
        Chart euros = Chart.of(Chart.Kind.BARS, "Achats", bySegment(), "");
        Chart shares = Chart.of(Chart.Kind.BARS, "Part", monthly(), "");

        NumberAxis e = (NumberAxis) euros.jfreeChart().getCategoryPlot().getRangeAxis();
        NumberAxis s = (NumberAxis) shares.jfreeChart().getCategoryPlot().getRangeAxis();
        assertThat(e.getNumberFormatOverride().format(12500)).isEqualTo("12\u202F500\u00A0€");
        assertThat(s.getNumberFormatOverride().format(0.2)).isEqualTo("20\u00A0%");
    }

    @Test
    void givesItsDataBackAsATable() {
        Chart c = Chart.of(Chart.Kind.STACKED_BARS, "Achats", bySegment(), "");

        assertThat(c.data().header()).containsExactly("Type de client", "Local (€ HT)", "Non local (€ HT)",
                "Origine inconnue (€ HT)");
        assertThat(c.data().rows()).hasSize(2);
        assertThat(c.data().rows().get(1).category()).isEqualTo("Restauration médico-sociale");
        assertThat(c.data().rows().get(1).values()).containsExactly(Optional.of(new BigDecimal("2500.50")),
                Optional.of(BigDecimal.ZERO), Optional.of(new BigDecimal("450.00")));
        assertThat(c.data().categoryTotal(1)).isEqualByComparingTo("2950.50");
    }

    @Test
    void targetsAreDashedLinesAcrossThePlotAndAreSaidInTheAltText() {
        Chart c = Chart.of(Chart.Kind.HORIZONTAL_BARS, "Parts EGalim par cantine", monthly(), "", null,
                java.util.List.of(new Chart.Target("Objectif bio", new BigDecimal("0.20")),
                        new Chart.Target("Objectif EGalim", new BigDecimal("0.50"))));

        var markers = c.jfreeChart().getCategoryPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        assertThat(markers).hasSize(2);
        assertThat(markers).extracting(m -> ((org.jfree.chart.plot.ValueMarker) m).getValue())
                .containsExactlyInAnyOrder(0.2, 0.5);
        assertThat(markers).extracting(m -> ((org.jfree.chart.plot.Marker) m).getLabel())
                .containsExactlyInAnyOrder("Objectif bio 20\u00A0%", "Objectif EGalim 50\u00A0%");
        assertThat(c.targets()).hasSize(2);
        assertThat(c.altText()).isEqualTo("Parts EGalim par cantine. Lignes de repère : Objectif bio 20\u00A0%, "
                + "Objectif EGalim 50\u00A0%. Valeurs (%) : janv. 60\u00A0% ; févr. 85\u00A0% ; mars sans donnée.");
        assertThat(c.png(400, 200, 1)).startsWith(0x89, 'P', 'N', 'G');
        // no target, no marker
        assertThat(Chart.of(Chart.Kind.BARS, "Part", monthly(), "").jfreeChart().getCategoryPlot()
                .getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).isNull();
    }

    @Test
    void aChartNeedsATitleAndConsistentData() {
        assertThatThrownBy(() -> Chart.of(Chart.Kind.BARS, " ", monthly(), "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartData.builder("Mois", Unit.SHARE).series("a", "b").category("janv.", BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartData.builder("Mois", Unit.SHARE).series("a").category("janv.", BigDecimal.ONE)
                .category("janv.", BigDecimal.ONE).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePaletteStaysDistinctInGrey() {
        assertThat(Palette.textOn(Palette.LOCAL)).isEqualTo(java.awt.Color.WHITE);
        assertThat(Palette.textOn(Palette.NON_LOCAL)).isEqualTo(Palette.TEXT);
        double local = luminance(Palette.LOCAL);
        double nonLocal = luminance(Palette.NON_LOCAL);
        double fourth = luminance(Palette.FOURTH);
        assertThat(nonLocal - local).isGreaterThan(0.35);
        assertThat(fourth).isBetween(local + 0.15, nonLocal - 0.15);
    }

    static double luminance(java.awt.Color c) {
        return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255;
    }
}
