package fr.impact.analytics.territory;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A PAT's EGalim benchmark, one entry per campaign year of the loaded open data. */
public record EgalimBenchmark(String pat, List<YearBenchmark> years) {

    public EgalimBenchmark {
        requireNonNull(pat, "pat is null");
        years = List.copyOf(years);
    }
}
