package fr.impact.dashboard.charts;

import fr.impact.dashboard.system.Formats;
import fr.impact.dashboard.system.Texts;
import fr.impact.reports.chart.Chart;
import fr.impact.reports.chart.ChartData;
import fr.impact.reports.chart.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chart's alternative text in the page's language. In French it is the reports' own
 * ({@link Chart#altText()}, as in the PDF reports); in English it says the same things — the
 * title, what the chart shows, its reference lines, every value — in English words and numbers.
 */
public final class AltText {

    private AltText() {}

    /**
     * @param summary the sentence the chart was built with (what it shows)
     */
    public static String of(Chart chart, String summary, Texts t) {
        if (!t.english()) {
            return chart.altText();
        }
        Formats fr = t.formats();
        ChartData d = chart.data();
        StringBuilder b = new StringBuilder();
        b.append(chart.title()).append(". ");
        String s = summary == null ? "" : summary.strip();
        if (!s.isEmpty()) {
            b.append(s);
            if (!s.endsWith(".")) {
                b.append('.');
            }
            b.append(' ');
        }
        if (!chart.targets().isEmpty()) {
            List<String> each = new ArrayList<>();
            for (Chart.Target target : chart.targets()) {
                each.add(target.label() + " " + value(fr, d.unit(), Optional.of(target.value()), t));
            }
            b.append(t.get("chart.alt.targets", String.join(", ", each))).append(' ');
        }
        List<String> parts = new ArrayList<>();
        for (ChartData.Row row : d.rows()) {
            if (d.series().size() == 1) {
                parts.add(row.category() + " " + value(fr, d.unit(), row.values().get(0), t));
            } else {
                List<String> each = new ArrayList<>();
                for (int i = 0; i < d.series().size(); i++) {
                    each.add(lowerFirst(d.series().get(i).name()) + " " + value(fr, d.unit(), row.values().get(i), t));
                }
                parts.add(row.category() + ": " + String.join(", ", each));
            }
        }
        b.append(t.get("chart.alt.values", t.get("chart.unit." + d.unit().name()), String.join("; ", parts)));
        return b.toString();
    }

    /** {@code Organic share} → {@code organic share}; {@code EGalim share} stays as it is. */
    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    /** A value as read aloud: {@code €1,235}, {@code 67%}, {@code 12}, or "no data". */
    private static String value(Formats fr, Unit unit, Optional<BigDecimal> v, Texts t) {
        if (v.isEmpty()) {
            return t.get("chart.alt.none");
        }
        return switch (unit) {
            case EUROS_HT -> fr.eurosRounded(v.get());
            case SHARE -> fr.percent(v.get(), 0);
            case COUNT -> fr.integer(v.get().longValue());
            case KILOGRAMS -> fr.kilos(v.get());
        };
    }
}
