package fr.impact.reports.xlsx;

import static java.util.Objects.requireNonNull;

/**
 * A spreadsheet column: its title and the kind of its values, which decides how a cell is
 * stored and shown.
 */
public record Column(String title, Kind kind) {

    /** What a column holds. */
    public enum Kind {
        /** Text (neutralised when it could be read as a formula). */
        TEXT,
        /** Whole numbers, {@code 1 234}; summed in totals. */
        INTEGER,
        /** Euros, {@code 1 234,56 €}; summed in totals. */
        MONEY,
        /** Shares in [0, 1] shown as {@code 12,3 %}; not summed. */
        SHARE,
        /** Decimal numbers, {@code 1 234,57}; summed in totals. */
        DECIMAL,
        /** Dates, {@code 26/11/2026}. */
        DATE;

        boolean summed() {
            return this == INTEGER || this == MONEY || this == DECIMAL;
        }
    }

    public Column {
        requireNonNull(title, "title is null");
        requireNonNull(kind, "kind is null");
    }

    public static Column text(String title) {
        return new Column(title, Kind.TEXT);
    }

    public static Column integer(String title) {
        return new Column(title, Kind.INTEGER);
    }

    public static Column money(String title) {
        return new Column(title, Kind.MONEY);
    }

    public static Column share(String title) {
        return new Column(title, Kind.SHARE);
    }

    public static Column decimal(String title) {
        return new Column(title, Kind.DECIMAL);
    }

    public static Column date(String title) {
        return new Column(title, Kind.DATE);
    }
}
