package fr.impact.dashboard.cli;

import fr.impact.dashboard.system.Json;
import fr.impact.analytics.Period;
import fr.impact.analytics.Ratio;
import fr.impact.analytics.territory.CanteenCoverage;
import fr.impact.analytics.territory.TerritorialLocalShare;
import fr.impact.analytics.territory.TerritorialShare;
import fr.impact.ingestion.store.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code impact territorial-share [--from DATE] [--to DATE] [--json]}: the territorial local
 * share of collective catering from the canteens' purchase files, "of which through the hub"
 * beside it (never added), and the coverage (canteens, months).
 */
@Command(name = "territorial-share", resourceBundle = "fr.impact.dashboard.cli.usage", mixinStandardHelpOptions = true)
final class TerritorialShareCommand implements Callable<Integer> {

    @ParentCommand
    ImpactCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", descriptionKey = "territorial-share.from")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", descriptionKey = "territorial-share.to")
    LocalDate to;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var t = root.texts();
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = root.openStore()) {
            TerritorialLocalShare share = new TerritorialLocalShare(store.connection());
            Optional<Period> loaded = share.purchasesPeriod();
            if (loaded.isEmpty() && (from == null || to == null)) {
                if (json) {
                    out.println(Json.write(Map.of("coverage", List.of())));
                } else {
                    out.println(t.text("territorial-share.none"));
                }
                return ImpactCli.OK;
            }
            LocalDate f = from != null ? from : loaded.get().from();
            LocalDate l = to != null ? to : loaded.get().to();
            if (l.isBefore(f)) {
                throw new ImpactCli.UserError(t.text("territorial-share.none"));
            }
            TerritorialShare s = share.of(new Period(f, l));
            if (json) {
                out.println(Json.write(document(s)));
            } else {
                printHuman(out, s);
            }
        }
        return ImpactCli.OK;
    }

    static Map<String, Object> document(TerritorialShare s) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("from", s.period().from().toString());
        doc.put("to", s.period().to().toString());
        doc.put("total_ht", Ratio.round(s.totalHt(), 2));
        doc.put("local_ht", Ratio.round(s.localHt(), 2));
        doc.put("local_share", s.localShare().map(x -> Ratio.round(x, 4)).orElse(null));
        Map<String, Object> byDef = new LinkedHashMap<>();
        s.localByDefinition().forEach((k, v) -> byDef.put(k, Ratio.round(v, 2)));
        doc.put("local_by_definition", byDef);
        Map<String, Object> hub = new LinkedHashMap<>();
        hub.put("hub_ht", Ratio.round(s.hubHt(), 2));
        hub.put("share_of_purchases", s.hubShare().map(x -> Ratio.round(x, 4)).orElse(null));
        hub.put("note", "included in total_ht, never added to it");
        doc.put("of_which_through_hub", hub);
        List<Object> coverage = new ArrayList<>();
        for (CanteenCoverage c : s.coverage()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("siret", c.siret().orElse(null));
            m.put("cantine_id", c.cantineId().orElse(null));
            m.put("months", c.months().stream().map(YearMonth::toString).toList());
            m.put("purchases", c.purchases());
            m.put("total_ht", Ratio.round(c.totalHt(), 2));
            m.put("local_ht", Ratio.round(c.localHt(), 2));
            m.put("hub_ht", c.hubHt().map(x -> Ratio.round(x, 2)).orElse(null));
            coverage.add(m);
        }
        doc.put("coverage", coverage);
        return doc;
    }

    private static void printHuman(PrintWriter out, TerritorialShare s) {
        out.printf("Part locale territoriale de la restauration collective, du %s au %s%n",
                s.period().from().format(IndicatorsCommand.FR), s.period().to().format(IndicatorsCommand.FR));
        out.println("(d'après les fichiers d'achats des cantines, tous fournisseurs confondus)");
        out.println();
        out.printf("Achats des cantines couvertes  %16s%n", Numbers.euros(s.totalHt()));
        out.printf("dont achats locaux             %16s   part locale %s%n", Numbers.euros(s.localHt()),
                s.localShare().map(Numbers::percent).orElse("—"));
        s.localByDefinition().forEach((k, v) -> out.printf("    local au sens %-13s %16s%n", k, Numbers.euros(v)));
        out.printf("dont via la plateforme         %16s   (%s des achats ; déjà compris ci-dessus, jamais ajouté)%n",
                Numbers.euros(s.hubHt()), s.hubShare().map(Numbers::percent).orElse("—"));
        out.println();
        out.println("Couverture (cantines et mois couverts par des fichiers d'achats) :");
        for (CanteenCoverage c : s.coverage()) {
            out.printf("  %-16s %s — %d achat(s), %s, local %s, plateforme %s%n", c.canteen(),
                    c.months().stream().map(YearMonth::toString).collect(Collectors.joining(", ")), c.purchases(),
                    Numbers.euros(c.totalHt()), Numbers.euros(c.localHt()),
                    c.hubHt().map(Numbers::euros).orElse("— (pas de SIRET)"));
        }
    }
}
