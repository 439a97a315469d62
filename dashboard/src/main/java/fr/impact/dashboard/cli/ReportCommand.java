package fr.impact.dashboard.cli;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.ingestion.store.Store;
import fr.impact.reports.ReportKind;
import fr.impact.reports.ReportRequest;
import fr.impact.reports.ReportDataException;
import fr.impact.reports.brief.BriefReport;
import fr.impact.reports.canteen.CanteenReport;
import fr.impact.reports.region.RegionReport;
import fr.impact.reports.feader.FeaderClaim;
import fr.impact.reports.feader.FeaderReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code impact report KIND (--year YYYY | --from DATE --to DATE) [--buyer ID] [--project P]
 * [--claim DEMANDE] --out DIR}: writes a report's files and prints their paths, one a line.
 * {@code brief}, {@code feader}, {@code region} and {@code canteen} exist so far; the other kinds say so (exit 2).
 */
@Command(name = "report", resourceBundle = "fr.impact.dashboard.cli.usage", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @ParentCommand
    ImpactCli root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TYPE", descriptionKey = "report.kind")
    String kind;

    @Option(names = "--year", paramLabel = "AAAA", descriptionKey = "report.year")
    Integer year;

    @Option(names = "--from", paramLabel = "AAAA-MM-JJ", descriptionKey = "report.from")
    String from;

    @Option(names = "--to", paramLabel = "AAAA-MM-JJ", descriptionKey = "report.to")
    String to;

    @Option(names = "--buyer", paramLabel = "CODE", descriptionKey = "report.buyer")
    String buyer;

    @Option(names = "--project", paramLabel = "NOM", descriptionKey = "report.project")
    String project;

    @Option(names = "--out", paramLabel = "DOSSIER", descriptionKey = "report.out")
    Path out;

    @Option(names = "--claim", paramLabel = "DEMANDE",
            description = "feader : une seule demande de paiement (AVANCE, ACOMPTE 1, … SOLDE) ; "
                    + "sa période est celle de ses dépenses si --year/--from ne sont pas donnés")
    String claim;

    @Option(names = "--generated-on", paramLabel = "AAAA-MM-JJ", descriptionKey = "report.generatedOn")
    String generatedOn;

    @Override
    public Integer call() throws Exception {
        var t = root.texts();
        ReportKind k = ReportKind.parse(kind).orElseThrow(() -> new ImpactCli.UserError(t.text("report.kind.unknown", kind)));
        if (!k.available()) {
            throw new ImpactCli.UserError(t.text("report.kind.unavailable", k.cliName()));
        }
        boolean claimOnly = k == ReportKind.FEADER && claim != null && year == null && from == null && to == null;
        Period period = claimOnly ? null : period();
        if (out == null) {
            throw new ImpactCli.UserError(t.text("report.out.missing"));
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ImpactCli.UserError(t.text("report.out.notDirectory", out));
        }
        LocalDate on = generatedOn != null ? date(generatedOn) : LocalDate.now(ZoneId.of("Europe/Paris"));
        ReportRequest request = new ReportRequest(period != null ? period : Period.year(on.getYear()), Filters.NONE.withBuyer(buyer), Optional.ofNullable(project),
                on, out);
        // charts are drawn off screen: never ask for a display (nor a Dock icon on macOS)
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        PrintWriter w = spec.commandLine().getOut();
        try (Store store = root.openStore()) {
            if (claimOnly) {
                request = new ReportRequest(FeaderClaim.claimPeriod(store.connection(), request.project(), claim),
                        request.filters(), request.project(), on, out);
            }
            List<Path> files = switch (k) {
                case BRIEF -> List.of(new BriefReport(store.connection(), root.parkConfig()).write(request));
                case FEADER -> new FeaderReport(store.connection(), root.parkConfig())
                        .write(request, Optional.ofNullable(claim)).all();
                case REGION -> new RegionReport(store.connection(), root.parkConfig()).write(request).all();
                case CANTEEN -> new CanteenReport(store.connection(), root.parkConfig()).write(request).all();
                case ACHATS -> {
                    var export = new fr.impact.reports.achats.AchatsExport(store.connection(),
                            root.parkConfig().beneficiaryName());
                    Path bilan = request.outputDir().resolve(request.file(k, "csv").getFileName().toString()
                            .replace(".csv", "-bilan-simple.csv"));
                    export.writeBilanSimple(request.period(), request.filters().buyer(), bilan);
                    yield List.of(export.write(request.period(), request.filters().buyer(), request.file(k, "csv"))
                            .file(), bilan);
                }
                default -> throw new ImpactCli.UserError(t.text("report.kind.unavailable", k.cliName()));
            };
            files.forEach(w::println);
        } catch (ReportDataException e) {
            throw new ImpactCli.UserError(e.getMessage());
        }
        return ImpactCli.OK;
    }

    private Period period() {
        var t = root.texts();
        boolean byYear = year != null;
        boolean byDates = from != null || to != null;
        if (byYear == byDates || (byDates && (from == null || to == null))) {
            throw new ImpactCli.UserError(t.text("report.period.missing"));
        }
        if (byYear) {
            if (year < 1900 || year > 9999) {
                throw new ImpactCli.UserError(t.text("report.year.invalid", year));
            }
            return Period.year(year);
        }
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (end.isBefore(start)) {
            throw new ImpactCli.UserError(t.text("period.reversed", start, end));
        }
        return new Period(start, end);
    }

    private LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ImpactCli.UserError(root.texts().text("date.invalid", s));
        }
    }
}
