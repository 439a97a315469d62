package fr.impact.analytics;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A period of sale dates, both ends inclusive. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        requireNonNull(from, "from is null");
        requireNonNull(to, "to is null");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The same period one year earlier (for "previous year" comparisons). */
    public Period previousYear() {
        return new Period(from.minusYears(1), to.minusYears(1));
    }
}
