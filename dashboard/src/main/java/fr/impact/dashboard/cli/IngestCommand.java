package fr.impact.dashboard.cli;

import fr.impact.dashboard.system.Json;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.config.ParkConfig;
import fr.impact.ingestion.profile.MappingProfile;
import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.Messages;
import fr.impact.ingestion.sales.SalesEngine;
import fr.impact.ingestion.store.Store;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code impact ingest KIND FILE…}: loads files, one transaction each. */
@Command(name = "ingest", resourceBundle = "fr.impact.dashboard.cli.usage", mixinStandardHelpOptions = true)
final class IngestCommand implements Callable<Integer> {

    @ParentCommand
    ImpactCli root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", descriptionKey = "ingest.kind")
    String kind;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", descriptionKey = "ingest.files")
    List<Path> files;

    @Option(names = "--hub", paramLabel = "NOM", descriptionKey = "ingest.hub")
    String hub;

    @Option(names = "--profile", paramLabel = "FICHIER", descriptionKey = "ingest.profile")
    Path profile;

    @Option(names = "--sheet", paramLabel = "FEUILLE", descriptionKey = "ingest.sheet")
    String sheet;

    @Option(names = "--strict", descriptionKey = "ingest.strict")
    boolean strict;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Option(names = "--engine", paramLabel = "embedded|spark", defaultValue = "embedded", descriptionKey = "ingest.engine")
    String engine;

    @Option(names = "--master", paramLabel = "local[*]|spark://…|yarn", defaultValue = "local[*]",
            descriptionKey = "ingest.master")
    String master;

    @Option(names = "--spark-out", paramLabel = "DOSSIER", descriptionKey = "ingest.sparkOut")
    Path sparkOut;

    @Override
    public Integer call() throws Exception {
        Messages t = root.texts();
        ImportKind k = ImportKind.parse(kind).orElseThrow(() -> new ImpactCli.UserError(t.text("ingest.kind.unknown", kind)));
        boolean spark = engine.equals("spark");
        if (!engine.equals("embedded") && !spark) {
            throw new ImpactCli.UserError(t.text("ingest.engine.unknown", engine));
        }
        if (spark && (k != ImportKind.SALES || profile != null || sheet != null)) {
            throw new ImpactCli.UserError(t.text("ingest.spark.salesOnly"));
        }
        if (spark) {
            files = expandDirectories(files);
        }
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new ImpactCli.UserError(t.text("file.missing", f));
            }
        }
        ParkConfig config = root.parkConfig();
        MappingProfile p = MappingProfile.NONE;
        if (profile != null) {
            try {
                p = MappingProfile.read(profile);
            } catch (IOException e) {
                throw new ImpactCli.UserError(t.text("file.missing", profile));
            } catch (FileRefusedException e) {
                throw new ImpactCli.UserError(root.messages().of(e.code(), e.args()));
            }
        }
        ImportOptions options = ImportOptions.defaults().withHub(hub != null ? hub : config.defaultHub())
                .withStrict(strict).withProfile(p).withSheet(sheet);
        List<FileReport> reports = new ArrayList<>();
        PrintWriter out = spec.commandLine().getOut();
        SalesEngine salesEngine = SalesEngine.EMBEDDED;
        if (spark) {
            // the job writes Parquet (partitioned by hub, year) and a manifest keyed by content
            // hash; the single writer below then loads each file's part with read_parquet
            Path dir = sparkOut != null ? sparkOut : root.dbFile().toAbsolutePath().getParent().resolve("spark");
            Importer.Settings defaults = Importer.Settings.defaults();
            try {
                SparkJob.run(SparkJob.command(master, dir, options.hub(),
                        java.time.LocalDate.now(defaults.clock()), files));
            } catch (SparkJob.Failed e) {
                throw new ImpactCli.UserError(t.text("ingest.spark.failed", e.getMessage()));
            }
            salesEngine = SalesEngine.parquet(dir);
        }
        try (Store store = root.openStore()) {
            for (Path f : files) {
                Progress progress = new Progress(f.getFileName().toString(), ImpactCli.stderrIsTerminal());
                Importer importer = new Importer(store, Importer.Settings.defaults()
                        .withMaxFileBytes(config.maxFileBytes()).withProgress(progress), salesEngine);
                // a funding workbook gives one report per sheet named after a file of the ledger
                List<FileReport> done = importer.importAll(k, f, options);
                progress.done();
                reports.addAll(done);
                if (!json) {
                    for (FileReport r : done) {
                        printHuman(out, r, root.messages(), t);
                    }
                }
            }
        }
        if (json) {
            out.println(Json.write(Reports.ingest(reports, root.messages())));
        }
        boolean refused = reports.stream().anyMatch(r -> r.status() == FileReport.Status.REFUSED);
        return refused ? ImpactCli.USER : ImpactCli.OK;
    }

    /** For the Spark engine: a directory stands for its visible files, in name order. */
    private static List<Path> expandDirectories(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (var s = Files.list(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith(".")
                                    && !f.getFileName().toString().startsWith("_"))
                            .sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static void printHuman(PrintWriter out, FileReport r, Messages m, Messages t) {
        switch (r.status()) {
            case LOADED -> out.println(t.text("ingest.loaded", r.file(), r.importId(), Numbers.integer(r.accepted()),
                    Numbers.integer(r.rejected()), Numbers.integer(r.replaced()), Numbers.integer(r.warnings())));
            case UNCHANGED -> out.println(t.text("ingest.unchanged", r.file(), r.importId()));
            case REFUSED -> out.println(t.text("ingest.refused", r.file(),
                    r.error().map(e -> m.of(e.code(), e.args())).orElse("")));
        }
        int shown = 0;
        for (Finding f : r.rejections()) {
            if (shown++ == 50) {
                out.println(t.text("ingest.more", Numbers.integer(r.rejections().size() - 50)));
                break;
            }
            out.println(t.text("ingest.rejection", f.line(), m.of(f)));
        }
        for (Finding f : r.warningList()) {
            out.println(f.line() > 0 ? t.text("ingest.warning", f.line(), m.of(f)) : t.text("ingest.warning.file", m.of(f)));
        }
    }

    /** A progress line on stderr when it is a terminal. */
    static final class Progress implements fr.impact.ingestion.imports.ImportContext.Progress {
        private final String name;
        private final boolean enabled;
        private final long start = System.nanoTime();
        private boolean shown;

        Progress(String name, boolean enabled) {
            this.name = name;
            this.enabled = enabled;
        }

        @Override
        public void rows(long rowsRead) {
            if (!enabled) {
                return;
            }
            double s = (System.nanoTime() - start) / 1e9;
            if (s < 0.5) {
                return;
            }
            int width = 24;
            int pos = (int) ((s * 4) % (2 * width));
            int at = pos < width ? pos : 2 * width - pos - 1;
            StringBuilder bar = new StringBuilder("[");
            for (int i = 0; i < width; i++) {
                bar.append(i == at ? '#' : '.');
            }
            bar.append(']');
            System.err.print("\r" + name + " " + bar + " " + Numbers.integer(rowsRead) + " lignes, "
                    + Numbers.integer((long) (rowsRead / s)) + " lignes/s   ");
            System.err.flush();
            shown = true;
        }

        void done() {
            if (shown) {
                System.err.print("\r\033[K");
                System.err.flush();
            }
        }
    }
}
