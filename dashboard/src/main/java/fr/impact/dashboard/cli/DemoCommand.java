package fr.impact.dashboard.cli;

import fr.impact.dashboard.system.Json;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.demo.DemoDataSet;
import fr.impact.ingestion.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code impact demo}: writes the demonstration files (real CSV, French conventions) beside
 * the database and imports them through the ordinary ingestion path.
 */
@Command(name = "demo", resourceBundle = "fr.impact.dashboard.cli.usage", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    ImpactCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", descriptionKey = "demo.seed")
    long seed;

    @Option(names = "--until", paramLabel = "AAAA-MM", descriptionKey = "demo.until")
    YearMonth until;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var t = root.texts();
        YearMonth last = until != null ? until : YearMonth.now(ZoneId.of("Europe/Paris")).minusMonths(1);
        if (last.isBefore(YearMonth.of(2017, 1))) {
            throw new ImpactCli.UserError(t.text("demo.until.early", last));
        }
        Path dir = root.dbFile().toAbsolutePath().getParent().resolve("demo-" + seed);
        DemoDataSet.DemoFiles files = DemoDataSet.write(dir, seed, last);
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            out.println(t.text("demo.files", dir));
        }
        List<FileReport> reports = new ArrayList<>();
        try (Store store = root.openStore()) {
            Importer importer = new Importer(store, Importer.Settings.defaults()
                    .withMaxFileBytes(root.parkConfig().maxFileBytes()));
            ImportOptions options = ImportOptions.defaults().withHub(root.parkConfig().defaultHub());
            reports.add(importer.importFile(ImportKind.TERRITORY, files.territory(), options));
            reports.add(importer.importFile(ImportKind.PRODUCERS, files.producers(), options));
            reports.add(importer.importFile(ImportKind.BUYERS, files.buyers(), options));
            for (Path sales : files.sales()) {
                reports.add(importer.importFile(ImportKind.SALES, sales, options));
            }
            for (Path ledger : files.funding()) {
                reports.addAll(importer.importAll(ImportKind.FUNDING, ledger, options));
            }
        }
        long accepted = reports.stream().mapToLong(FileReport::accepted).sum();
        long rejected = reports.stream().mapToLong(FileReport::rejected).sum();
        long unchanged = reports.stream().filter(r -> r.status() == FileReport.Status.UNCHANGED).count();
        if (json) {
            Map<String, Object> doc = Reports.ingest(reports, root.messages());
            out.println(Json.write(doc));
        } else {
            for (FileReport r : reports) {
                if (r.rejected() > 0 || r.status() == FileReport.Status.REFUSED) {
                    IngestCommand.printHuman(out, r, root.messages(), t);
                }
            }
            out.println(t.text("demo.done", reports.size(), Numbers.integer(accepted), Numbers.integer(rejected),
                    unchanged, root.dbFile()));
        }
        boolean refused = reports.stream().anyMatch(r -> r.status() == FileReport.Status.REFUSED);
        return refused ? ImpactCli.USER : ImpactCli.OK;
    }
}
