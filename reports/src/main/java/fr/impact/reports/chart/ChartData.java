package fr.impact.reports.chart;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A chart's data: categories (months, segments…) along one axis, one or more series of
 * values, one unit. The same object feeds the chart, its alternative text, and a table or a
 * spreadsheet tab beside it ({@link #header()}, {@link #rows()}).
 *
 * @param categoryLabel what the categories are ({@code Mois}, {@code Type de client})
 * @param categories the categories' labels, in order, distinct
 * @param series the series, each with one value (or none) per category
 * @param unit what the values measure
 */
public record ChartData(String categoryLabel, List<String> categories, List<Series> series, Unit unit) {

    /** One series: its name (legend) and its values, one per category; empty = no value. */
    public record Series(String name, List<Optional<BigDecimal>> values) {
        public Series {
            requireNonNull(name, "name is null");
            values = List.copyOf(requireNonNull(values, "values is null"));
        }

        public Optional<BigDecimal> value(int category) {
            return values.get(category);
        }
    }

    public ChartData {
        requireNonNull(categoryLabel, "categoryLabel is null");
        categories = List.copyOf(requireNonNull(categories, "categories is null"));
        series = List.copyOf(requireNonNull(series, "series is null"));
        requireNonNull(unit, "unit is null");
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one series");
        }
        if (new HashSet<>(categories).size() != categories.size()) {
            throw new IllegalArgumentException("categories repeat: " + categories);
        }
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** Starts the data of a chart. */
    public static Builder builder(String categoryLabel, Unit unit) {
        return new Builder(categoryLabel, unit);
    }

    /** The column titles of the table form: the category label, then each series (with the unit). */
    public List<String> header() {
        List<String> h = new ArrayList<>();
        h.add(categoryLabel);
        for (Series s : series) {
            h.add(s.name() + " (" + unit.axisLabel() + ")");
        }
        return h;
    }

    /** The table form: one row per category, the category's label then one value (or none) per series. */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>(categories.size());
        for (int c = 0; c < categories.size(); c++) {
            List<Optional<BigDecimal>> values = new ArrayList<>(series.size());
            for (Series s : series) {
                values.add(s.value(c));
            }
            out.add(new Row(categories.get(c), values));
        }
        return out;
    }

    /** One row of the table form. */
    public record Row(String category, List<Optional<BigDecimal>> values) {
        public Row {
            requireNonNull(category, "category is null");
            values = List.copyOf(values);
        }
    }

    /** The sum of a category's values over the series (stacked bars' lengths). */
    public BigDecimal categoryTotal(int category) {
        BigDecimal t = BigDecimal.ZERO;
        for (Series s : series) {
            t = t.add(s.value(category).orElse(BigDecimal.ZERO));
        }
        return t;
    }

    /** Builds a chart's data category by category. */
    public static final class Builder {
        private final String categoryLabel;
        private final Unit unit;
        private final List<String> seriesNames = new ArrayList<>();
        private final List<String> categories = new ArrayList<>();
        private final List<List<Optional<BigDecimal>>> values = new ArrayList<>();

        private Builder(String categoryLabel, Unit unit) {
            this.categoryLabel = categoryLabel;
            this.unit = unit;
        }

        /** Names the series, in order (call once, before the categories). */
        public Builder series(String... names) {
            if (!categories.isEmpty()) {
                throw new IllegalStateException("name the series before adding categories");
            }
            seriesNames.addAll(List.of(names));
            return this;
        }

        /** A category and its value in each series, in order; a null value is "no value". */
        public Builder category(String label, BigDecimal... perSeries) {
            if (perSeries == null) {
                perSeries = new BigDecimal[] {null}; // category(label, null): one series, no value
            }
            if (perSeries.length != seriesNames.size()) {
                throw new IllegalArgumentException(label + ": " + perSeries.length + " values for "
                        + seriesNames.size() + " series");
            }
            categories.add(label);
            List<Optional<BigDecimal>> row = new ArrayList<>(perSeries.length);
            for (BigDecimal v : perSeries) {
                row.add(Optional.ofNullable(v));
            }
            values.add(row);
            return this;
        }

        public ChartData build() {
            List<Series> series = new ArrayList<>();
            for (int s = 0; s < seriesNames.size(); s++) {
                List<Optional<BigDecimal>> v = new ArrayList<>();
                for (List<Optional<BigDecimal>> row : values) {
                    v.add(row.get(s));
                }
                series.add(new Series(seriesNames.get(s), v));
            }
            return new ChartData(categoryLabel, categories, series, unit);
        }
    }
}
