package fr.impact.reports.chart;

import fr.impact.reports.format.French;
import java.math.BigDecimal;
import java.text.NumberFormat;

/** What a chart's values measure: the value axis' label, its tick format and how a value is written. */
public enum Unit {
    /** Euros excluding VAT; values in euros. */
    EUROS_HT("€ HT"),
    /** A share, values in [0, 1], written as a percentage. */
    SHARE("%"),
    /** A count (producers, buyers, lines). */
    COUNT("nombre"),
    /** Kilograms. */
    KILOGRAMS("kg");

    private final String axisLabel;

    Unit(String axisLabel) {
        this.axisLabel = axisLabel;
    }

    /** The value axis' label: the unit, in French. */
    public String axisLabel() {
        return axisLabel;
    }

    /** A new tick format for the value axis ({@code 1 234 €}, {@code 12 %}, {@code 1 234}). */
    public NumberFormat axisFormat() {
        return switch (this) {
            case EUROS_HT -> French.euroFormat();
            case SHARE -> French.percentFormat(0);
            case COUNT, KILOGRAMS -> French.integerFormat();
        };
    }

    /** A value as written on a bar or in alternative text ({@code 1 235 €}, {@code 67 %}, {@code 12}). */
    public String format(BigDecimal v) {
        if (v == null) {
            return French.NONE;
        }
        return switch (this) {
            case EUROS_HT -> French.wholeEuros(v);
            case SHARE -> French.percent(v, 0);
            case COUNT -> French.decimal(v, 0);
            case KILOGRAMS -> French.decimal(v, 0) + French.UNIT_SPACE + "kg";
        };
    }
}
