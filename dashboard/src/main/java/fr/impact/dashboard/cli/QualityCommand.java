package fr.impact.dashboard.cli;

import fr.impact.dashboard.system.Json;
import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.quality.QualitySummary;
import fr.impact.ingestion.store.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
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

/** {@code impact quality}: what to check — unknown producers and buyers, unknown origin, warnings, quarantine. */
@Command(name = "quality", resourceBundle = "fr.impact.dashboard.cli.usage", mixinStandardHelpOptions = true)
final class QualityCommand implements Callable<Integer> {

    @ParentCommand
    ImpactCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "AAAA-MM-JJ", descriptionKey = "indicators.from")
    LocalDate from;

    @Option(names = "--to", paramLabel = "AAAA-MM-JJ", descriptionKey = "indicators.to")
    LocalDate to;

    @Option(names = "--hub", descriptionKey = "indicators.hub")
    String hub;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = root.openStore()) {
            Analytics a = new Analytics(store.connection());
            LocalDate today = LocalDate.now();
            Period all = a.salesPeriod().orElse(new Period(today, today));
            Period p = new Period(from != null ? from : all.from(), to != null ? to : all.to());
            QualitySummary q = a.quality().summary(p, Filters.NONE.withHub(hub));
            if (json) {
                out.println(Json.write(document(q)));
            } else {
                print(out, q);
            }
        }
        return ImpactCli.OK;
    }

    static Map<String, Object> document(QualitySummary q) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("from", q.period().from().toString());
        doc.put("to", q.period().to().toString());
        List<Object> producers = new ArrayList<>();
        for (var u : q.unknownProducers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hub", u.hub());
            m.put("producer", u.producerId());
            m.put("name", u.name());
            m.put("known_without_commune", u.knownWithoutCommune());
            m.put("lines", u.lines());
            m.put("total_ht", IndicatorsDocument.money(u.totalHt()));
            producers.add(m);
        }
        doc.put("unknown_producers", producers);
        List<Object> buyers = new ArrayList<>();
        for (var u : q.unknownBuyers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hub", u.hub());
            m.put("buyer", u.buyerId());
            m.put("name", u.name());
            m.put("segment", u.segment().name());
            m.put("lines", u.lines());
            m.put("total_ht", IndicatorsDocument.money(u.totalHt()));
            buyers.add(m);
        }
        doc.put("unknown_buyers", buyers);
        doc.put("unknown_origin", Map.of("lines", q.unknownOrigin().lines(),
                "total_ht", IndicatorsDocument.money(q.unknownOrigin().totalHt())));
        doc.put("warnings", counts(q.warnings()));
        doc.put("quarantine_by_code", counts(q.quarantineByCode()));
        doc.put("quarantined_rows_open", q.openRows());
        doc.put("quarantined_rows_resolved", q.resolvedRows());
        List<Object> rows = new ArrayList<>();
        for (var r : q.quarantinedRows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("import_id", r.importId());
            m.put("file", r.file());
            m.put("line", r.line());
            m.put("key", r.key());
            m.put("codes", r.codes());
            m.put("messages", r.messages());
            m.put("raw", r.raw());
            m.put("resolved", r.resolved());
            rows.add(m);
        }
        doc.put("quarantined_rows", rows);
        return doc;
    }

    private static List<Object> counts(List<QualitySummary.FileCodeCount> list) {
        List<Object> out = new ArrayList<>();
        for (var c : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("import_id", c.importId());
            m.put("file", c.file());
            m.put("kind", c.kind());
            m.put("code", c.code());
            m.put("count", c.count());
            out.add(m);
        }
        return out;
    }

    private static void print(PrintWriter out, QualitySummary q) {
        out.printf("Qualité des données du %s au %s%n%n", q.period().from().format(IndicatorsCommand.FR),
                q.period().to().format(IndicatorsCommand.FR));
        out.printf("Origine inconnue : %s lignes, %s%n", Numbers.integer(q.unknownOrigin().lines()),
                Numbers.euros(q.unknownOrigin().totalHt()));
        if (!q.unknownProducers().isEmpty()) {
            out.println("Producteurs absents du fichier des producteurs (ou sans commune) :");
            for (var u : q.unknownProducers()) {
                out.printf("  %-12s %-30s %6s lignes %14s%s%n", u.producerId(), u.name().orElse(""),
                        Numbers.integer(u.lines()), Numbers.euros(u.totalHt()),
                        u.knownWithoutCommune() ? "  (sans commune)" : "");
            }
        }
        if (!q.unknownBuyers().isEmpty()) {
            out.println("Acheteurs absents du fichier des clients (segment pris sur la ligne) :");
            for (var u : q.unknownBuyers()) {
                out.printf("  %-12s %-30s %-28s %6s lignes %14s%n", u.buyerId(), u.name().orElse(""), u.segment().label(),
                        Numbers.integer(u.lines()), Numbers.euros(u.totalHt()));
            }
        }
        out.printf("%nLignes en quarantaine : %s à corriger, %s corrigées depuis par un import plus récent%n",
                Numbers.integer(q.openRows()), Numbers.integer(q.resolvedRows()));
        for (var r : q.quarantinedRows()) {
            if (!r.resolved()) {
                out.printf("  %s, ligne %d : %s%n", r.file(), r.line(), String.join(" ; ", r.messages()));
            }
        }
        if (!q.warnings().isEmpty()) {
            out.println();
            out.println("Avertissements :");
            for (var w : q.warnings()) {
                out.printf("  %s : %s × %s%n", w.file(), Numbers.integer(w.count()), w.code());
            }
        }
    }
}
