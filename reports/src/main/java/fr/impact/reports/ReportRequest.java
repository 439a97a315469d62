package fr.impact.reports;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * What a report is asked for.
 *
 * @param period the period it covers (both ends inclusive)
 * @param filters which sales it counts ({@link Filters#NONE}, or one buyer…)
 * @param project the funded project, for funder reports
 * @param generatedOn the date printed as its production date — the caller's, so that the
 *     same data and date give the same report
 * @param outputDir the folder the files are written to (created if needed)
 */
public record ReportRequest(Period period, Filters filters, Optional<String> project, LocalDate generatedOn,
        Path outputDir) {

    public ReportRequest {
        requireNonNull(period, "period is null");
        requireNonNull(filters, "filters is null");
        requireNonNull(project, "project is null");
        requireNonNull(generatedOn, "generatedOn is null");
        requireNonNull(outputDir, "outputDir is null");
    }

    /** Whether the period is exactly one calendar year. */
    public boolean calendarYear() {
        return period.from().getYear() == period.to().getYear()
                && MonthDay.from(period.from()).equals(MonthDay.of(1, 1))
                && MonthDay.from(period.to()).equals(MonthDay.of(12, 31));
    }

    /** The period in file names: {@code 2024} for a calendar year, else {@code 2024-03-01_2024-06-30}. */
    public String periodKey() {
        return calendarYear() ? String.valueOf(period.from().getYear()) : period.from() + "_" + period.to();
    }

    /** The file {@code <kind>-<period>[-<buyer>].<extension>} in the output folder. */
    public Path file(ReportKind kind, String extension) {
        String buyer = filters.buyer().map(b -> "-" + b.replaceAll("[^\\p{L}\\p{N}_.-]", "_")).orElse("");
        return outputDir.resolve(kind.cliName() + "-" + periodKey() + buyer + "." + extension);
    }
}
