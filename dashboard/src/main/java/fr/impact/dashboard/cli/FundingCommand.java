package fr.impact.dashboard.cli;

import fr.impact.dashboard.system.Json;
import fr.impact.analytics.Analytics;
import fr.impact.analytics.funding.ClaimFigures;
import fr.impact.analytics.funding.FunderFigures;
import fr.impact.analytics.funding.Funding;
import fr.impact.analytics.funding.FundingWarning;
import fr.impact.analytics.funding.HeadingFigures;
import fr.impact.analytics.funding.ProjectFunding;
import fr.impact.analytics.funding.YearFigures;
import fr.impact.ingestion.store.Store;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code impact funding [--project NAME] [--json]}: the funding indicators of each project of the ledger. */
@Command(name = "funding", resourceBundle = "fr.impact.dashboard.cli.usage", mixinStandardHelpOptions = true)
final class FundingCommand implements Callable<Integer> {

    @ParentCommand
    ImpactCli root;

    @Spec
    CommandSpec spec;

    @Option(names = "--project", paramLabel = "NOM", descriptionKey = "funding.project")
    String project;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        var t = root.texts();
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = root.openStore()) {
            Funding funding = new Analytics(store.connection()).funding();
            List<ProjectFunding> projects;
            if (project != null) {
                var found = funding.project(project);
                if (found.isEmpty()) {
                    throw new ImpactCli.UserError(t.text("funding.project.unknown", project, projectNames(funding)));
                }
                projects = List.of(funding.of(found.get()));
            } else {
                projects = funding.all();
            }
            if (json) {
                out.println(Json.write(FundingDocument.of(projects, root.locale())));
            } else if (projects.isEmpty()) {
                out.println(t.text("funding.none"));
            } else {
                for (ProjectFunding p : projects) {
                    printHuman(out, p, root.locale());
                }
            }
        }
        return ImpactCli.OK;
    }

    private static String projectNames(Funding funding) throws java.sql.SQLException {
        List<Funding.Project> all = funding.projects();
        return all.isEmpty() ? "—" : all.stream().map(Funding.Project::name).collect(Collectors.joining(", "));
    }

    private static void printHuman(PrintWriter out, ProjectFunding p, Locale locale) {
        out.printf("Financement du projet « %s »%s%n%n", p.name(), p.period()
                .map(x -> " (du " + x.from().format(IndicatorsCommand.FR) + " au " + x.to().format(IndicatorsCommand.FR)
                        + ")").orElse(""));
        out.printf("Budget total                %16s%n", Numbers.euros(p.totalBudget()));
        out.printf("Financements publics        %16s   taux %s%n", Numbers.euros(p.publicAwarded()),
                Numbers.percent(p.publicRate().orElse(null)));
        out.printf("Dépensé (HT)                %16s   consommation %s ; éligible %s%n", Numbers.euros(p.spent()),
                Numbers.percent(p.consumptionRate().orElse(null)), Numbers.euros(p.eligible()));
        out.printf("Reçu                        %16s   %s du budget%n", Numbers.euros(p.received()),
                Numbers.percent(p.receivedRate().orElse(null)));
        out.printf("Écart de trésorerie maximal %16s   %s%n", Numbers.euros(p.treasury().max()),
                p.treasury().maxDate().map(d -> "le " + d.format(IndicatorsCommand.FR)).orElse("(jamais à découvert)"));
        out.printf("Effet levier                %s € de ventes du pôle par euro public, dont %s € de producteurs locaux%n",
                times(p.leverage().sales().orElse(null)), times(p.leverage().localProducers().orElse(null)));
        out.println();
        out.println("Par financeur                          type                     attribué            reçu  part du budget  reçu/attribué");
        for (FunderFigures f : p.byFunder()) {
            out.printf("  %-36s %-20s %16s %15s %15s %14s%n", f.funder(), f.type().map(Enum::name).orElse("—"),
                    Numbers.euros(f.awarded()), Numbers.euros(f.received()),
                    Numbers.percent(f.budgetShare(p.totalBudget()).orElse(null)),
                    Numbers.percent(f.receivedRate().orElse(null)));
        }
        out.println();
        out.println("Par poste                              prévu         dépensé        éligible   consommation");
        for (HeadingFigures h : p.byHeading()) {
            out.printf("  %-26s %16s %15s %15s %14s%n", h.heading(), h.forecast().map(Numbers::euros).orElse("—"),
                    Numbers.euros(h.spent()), Numbers.euros(h.eligible()),
                    Numbers.percent(h.consumptionRate().orElse(null)));
        }
        out.println();
        out.println("Par année                            dépensé        éligible");
        for (YearFigures y : p.byYear()) {
            out.printf("  %-16d %19s %15s%n", y.year(), Numbers.euros(y.spent()), Numbers.euros(y.eligible()));
        }
        out.println();
        out.println("Par demande de paiement              dépensé        éligible   lignes");
        for (ClaimFigures c : p.claims()) {
            String claim = c.claim().orElse("non demandé");
            String name = c.funder().map(f -> f + " — " + claim).orElse(claim);
            out.printf("  %-30s %16s %15s %8s%n", name, Numbers.euros(c.spent()), Numbers.euros(c.eligible()),
                    Numbers.integer(c.lines()));
        }
        if (!p.warnings().isEmpty()) {
            out.println();
            out.println("Avertissements (cohérence du plan de financement)");
            for (FundingWarning w : p.warnings()) {
                out.println("  " + w.message(locale));
            }
        }
        out.println();
    }

    private static String times(BigDecimal ratio) {
        return ratio == null ? "—" : ratio.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
