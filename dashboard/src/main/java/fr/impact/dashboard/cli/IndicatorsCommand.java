package fr.impact.dashboard.cli;

import fr.impact.dashboard.system.Json;
import fr.impact.analytics.Analytics;
import fr.impact.analytics.Filters;
import fr.impact.analytics.Indicators;
import fr.impact.analytics.Period;
import fr.impact.analytics.local.Group;
import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import fr.impact.ingestion.store.Store;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code impact indicators [--from] [--to] [--json]}: sales, local-origin, EGalim, producer and buyer indicators. */
@Command(name = "indicators", resourceBundle = "fr.impact.dashboard.cli.usage", mixinStandardHelpOptions = true)
final class IndicatorsCommand implements Callable<Integer> {

    static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @ParentCommand
    ImpactCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "AAAA-MM-JJ", descriptionKey = "indicators.from")
    String from;

    @Option(names = "--to", paramLabel = "AAAA-MM-JJ", descriptionKey = "indicators.to")
    String to;

    @Option(names = "--hub", descriptionKey = "indicators.hub")
    String hub;

    @Option(names = "--segment", descriptionKey = "indicators.segment")
    String segment;

    @Option(names = "--family", descriptionKey = "indicators.family")
    String family;

    @Option(names = "--buyer", descriptionKey = "indicators.buyer")
    String buyer;

    @Option(names = "--producer", descriptionKey = "indicators.producer")
    String producer;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var t = root.texts();
        Filters f = Filters.NONE.withHub(hub).withBuyer(buyer).withProducer(producer);
        if (segment != null) {
            f = f.withSegment(Segment.parse(segment).orElseThrow(() -> new ImpactCli.UserError(t.text("segment.unknown", segment))));
        }
        if (family != null) {
            f = f.withFamily(Family.parse(family).orElseThrow(() -> new ImpactCli.UserError(t.text("family.unknown", family))));
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = root.openStore()) {
            Analytics a = new Analytics(store.connection());
            Optional<Period> all = a.salesPeriod();
            LocalDate today = LocalDate.now();
            LocalDate start = from != null ? date(from) : all.map(Period::from).orElse(today);
            LocalDate end = to != null ? date(to) : all.map(Period::to).orElse(today);
            if (end.isBefore(start)) {
                throw new ImpactCli.UserError(t.text("period.reversed", start, end));
            }
            Indicators i = a.indicators(new Period(start, end), f);
            var targets = fr.impact.analytics.egalim.EgalimTargets.ofZone(root.parkConfig().egalimZone())
                    .orElse(fr.impact.analytics.egalim.EgalimTargets.METROPOLE);
            if (json) {
                out.println(Json.write(IndicatorsDocument.of(i, targets)));
            } else {
                printHuman(out, i, targets);
            }
        }
        return ImpactCli.OK;
    }

    private LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new ImpactCli.UserError(root.texts().text("date.invalid", s));
        }
    }

    private static void printHuman(PrintWriter out, Indicators i, fr.impact.analytics.egalim.EgalimTargets targets) {
        var s = i.sales();
        out.printf("Indicateurs du %s au %s%n%n", i.period().from().format(FR), i.period().to().format(FR));
        out.printf("Ventes du pôle            %16s   %s lignes%n", Numbers.euros(s.totalHt()), Numbers.integer(s.lines()));
        out.printf("  dont origine locale     %16s   %s (Parc %s, proche %s)%n", Numbers.euros(s.localHt()),
                Numbers.percent(s.localShare().orElse(null)), Numbers.euros(s.parcHt()), Numbers.euros(s.procheHt()));
        out.printf("  origine éloignée        %16s%n", Numbers.euros(s.eloigneHt()));
        out.printf("  origine inconnue        %16s   %s lignes (producteur absent du fichier ou sans commune)%n",
                Numbers.euros(s.unknownHt()), Numbers.integer(s.unknownLines()));
        out.printf("  volume (kg)             %16s   local %s%n", kilos(s.totalKg()),
                Numbers.percent(s.localShareVolume().orElse(null)));
        out.println();
        out.println("Par segment                          total HT      local HT   part locale");
        for (Group g : i.bySegment()) {
            out.printf("  %-30s %14s %13s %12s%n", label(g.key()), Numbers.euros(g.totals().totalHt()),
                    Numbers.euros(g.totals().localHt()), Numbers.percent(g.totals().localShare().orElse(null)));
        }
        var cc = i.collectiveCatering();
        out.printf("%nRestauration collective   %16s   local %s, %s acheteurs actifs%n",
                Numbers.euros(cc.totals().totalHt()), Numbers.percent(cc.totals().localShare().orElse(null)),
                Numbers.integer(cc.activeBuyers()));
        var e = i.egalim();
        out.printf("%nEGalim (restauration collective)%n");
        out.printf("  bio                     %16s   %s (objectif %s)%n", Numbers.euros(e.bioHt()),
                Numbers.percent(e.bioShare().orElse(null)), Numbers.percent(targets.bio()));
        out.printf("  SIQO                    %16s%n", Numbers.euros(e.siqoHt()));
        out.printf("  autres EGalim           %16s%n", Numbers.euros(e.autresEgalimHt()));
        out.printf("  externalités/perf.      %16s%n", Numbers.euros(e.externalitesPerformanceHt()));
        out.printf("  total EGalim            %16s   %s (objectif %s)%n", Numbers.euros(e.egalimHt()),
                Numbers.percent(e.egalimShare().orElse(null)), Numbers.percent(targets.egalim()));
        out.printf("  viandes et poissons     %16s   EGalim %s (objectif %s)%n", Numbers.euros(e.meatFishTotalHt()),
                Numbers.percent(e.meatFishEgalimShare().orElse(null)), Numbers.percent(targets.meatFishEgalim()));
        var gaps = e.gaps(targets);
        if (gaps.bioHt().signum() > 0) {
            out.printf("  → %s de bio en plus atteindraient l'objectif bio%n", Numbers.euros(gaps.bioHt()));
        }
        if (gaps.egalimHt().signum() > 0) {
            out.printf("  → %s de produits EGalim en plus atteindraient l'objectif EGalim%n", Numbers.euros(gaps.egalimHt()));
        }
        if (gaps.meatFishEgalimHt().signum() > 0) {
            out.printf("  → %s de viandes et poissons EGalim en plus atteindraient leur objectif%n",
                    Numbers.euros(gaps.meatFishEgalimHt()));
        }
        var p = i.producers();
        out.printf("%nProducteurs : %s actifs, dont %s locaux et %s nouveaux ; 5 premiers : %s des ventes ; HHI %s%n",
                Numbers.integer(p.active()), Numbers.integer(p.localActive()), Numbers.integer(p.newOnes()),
                Numbers.percent(p.top5Share().orElse(null)),
                p.hhi().map(h -> h.setScale(4, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',')).orElse("—"));
        out.printf("Acheteurs : %s actifs, dont %s nouveaux%n", Numbers.integer(i.buyers().active()),
                Numbers.integer(i.buyers().newOnes()));
    }

    private static String kilos(BigDecimal kg) {
        return Numbers.integer(kg.setScale(0, java.math.RoundingMode.HALF_UP).longValue()) + " kg";
    }

    private static String label(String segment) {
        return Segment.parse(segment).map(Segment::label).orElse(segment);
    }
}
