package fr.impact.dashboard.cli;

import fr.impact.dashboard.system.Json;
import fr.impact.analytics.territory.EgalimBenchmark;
import fr.impact.analytics.territory.EgalimTerritory;
import fr.impact.analytics.territory.YearBenchmark;
import fr.impact.ingestion.store.Store;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code impact egalim-territory --pat CODE [--json]}: per campaign year, the EGalim
 * teledeclarations of a PAT's canteens beside the national mean, from ma-cantine's open data
 * ({@code ingest teledeclarations campagne_td_YYYY.csv}).
 */
@Command(name = "egalim-territory", resourceBundle = "fr.impact.dashboard.cli.usage", mixinStandardHelpOptions = true)
final class EgalimTerritoryCommand implements Callable<Integer> {

    @ParentCommand
    ImpactCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--pat", paramLabel = "CODE", required = true, descriptionKey = "egalim-territory.pat")
    String pat;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var t = root.texts();
        if (pat.isBlank()) {
            throw new ImpactCli.UserError(t.text("egalim-territory.pat.blank"));
        }
        PrintWriter out = spec.commandLine().getOut();
        EgalimBenchmark b;
        try (Store store = root.openStore()) {
            b = new EgalimTerritory(store.connection()).benchmark(pat);
        }
        if (json) {
            out.println(Json.write(document(b)));
            return ImpactCli.OK;
        }
        if (b.years().isEmpty()) {
            out.println(t.text("egalim-territory.none"));
            return ImpactCli.OK;
        }
        out.println(t.text("egalim-territory.title", b.pat()));
        out.println(t.text("egalim-territory.header"));
        for (YearBenchmark y : b.years()) {
            out.println(String.format("%-6d %10s %12s %18s %14s %14s", y.year(), Numbers.integer(y.canteens()),
                    pct(y.meanBio()), pct(y.meanEgalimHorsBio()), Numbers.integer(y.meetingTargets()),
                    pct(y.nationalMeanBio())));
        }
        out.println(t.text("egalim-territory.note"));
        return ImpactCli.OK;
    }

    private static String pct(Optional<BigDecimal> v) {
        return v.map(Numbers::percent).orElse("—");
    }

    /** The {@code egalim-territory --json} document of CLI.md. */
    static Map<String, Object> document(EgalimBenchmark b) {
        return EgalimTerritoryDocument.of(b);
    }
}
