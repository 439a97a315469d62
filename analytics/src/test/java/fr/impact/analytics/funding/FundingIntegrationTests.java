package fr.impact.analytics.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.impact.analytics.Analytics;
import fr.impact.analytics.Period;
import fr.impact.analytics.Ratio;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.funding.FunderType;
import fr.impact.ingestion.store.Store;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every funding indicator on a small ledger imported through the ordinary path into an
 * in-memory DuckDB. Every expected figure is worked out by hand in the comments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundingIntegrationTests {

    static final String PROJECT = "Programme test";

    // total_budget = 60 000 + 20 000 + 20 000 + 15 000 + 5 000 = 120 000
    // public_awarded = FEADER 60 000 + Région 20 000 + PNA 5 000 = 85 000 → public rate 0.708333… → 0.7083
    // project period = earliest start 01/01/2017 to latest end 31/12/2020 (PNA)
    static final String GRANTS = String.join("\n",
            "projet;financeur;type;dispositif;montant_attribue;date_decision;debut;fin",
            "Programme test;FEADER;PUBLIC_UE;PDR Basse-Normandie — mesure 16.4;60 000;15/11/2017;01/01/2017;31/12/2018",
            "Programme test;Région Normandie;PUBLIC_REGION;Impulsion;20 000;02/03/2017;01/03/2017;30/06/2019",
            "Programme test;Autofinancement;AUTOFINANCEMENT;;20 000;;01/01/2017;30/06/2019",
            "Programme test;Adhérents;PRIVE;Cotisations;15 000;;01/01/2017;31/12/2020",
            "Programme test;PNA (DRAAF);PUBLIC_ETAT;PNA 2019;5 000;10/12/2019;01/01/2020;31/12/2020") + "\n";

    // spent = 10 000 + 5 000 + 20 000 + 10 000 + 2 500 + 500 + 1 000 = 49 000
    // eligible = the same with e2 at its TTC 6 000 (VAT not recoverable) = 50 000; e3's VAT is recoverable: HT
    static final String EXPENDITURES = String.join("\n",
            "projet;date;poste;libelle;reference;montant_ht;date_paiement;montant_ttc;tva_recuperable;financeur;demande",
            // e1: paid the same day
            "Programme test;31/03/2017;PERSONNEL;Salaire T1;PAIE-T1;10 000;31/03/2017;;;FEADER;ACOMPTE 1",
            // e2: invoiced in May, paid 15/06/2017 (the day the Région's advance arrives)
            "Programme test;10/05/2017;PRESTATIONS;Étude;F-031;5 000;15/06/2017;6 000;non;FEADER;ACOMPTE 1",
            // e3: no payment date: its own date, 15/06/2017 as well
            "Programme test;15/06/2017;EQUIPEMENT;Chambre froide;F-889;20 000;;24 000;oui;Région Normandie;Acompte 1",
            // e4
            "Programme test;01/02/2018;PERSONNEL;Salaire T1 2018;PAIE-2018;10 000;01/02/2018;;;FEADER;SOLDE",
            // e5: claimed on FEADER, whose grant ends 31/12/2018: outside its grant's period
            "Programme test;01/03/2019;COMMUNICATION;Plaquettes;F-120;2 500;01/04/2019;;;FEADER;",
            // e6: claimed on nobody, after the project's end (31/12/2020)
            "Programme test;01/02/2021;DEPLACEMENTS;Déplacements;;500;;;;;",
            // e7: claimed on a funder with no grant
            "Programme test;01/03/2018;PRESTATIONS;Conseil;F-077;1 000;01/03/2018;;;Fondation X;") + "\n";

    // received = 15 000 + 5 000 + 12 000 + 7 000 + 800 + 45 000 = 84 800
    static final String PAYMENTS = String.join("\n",
            "projet;date;financeur;montant;nature",
            "Programme test;15/06/2017;Région Normandie;15 000;AVANCE",
            "Programme test;01/02/2017;Adhérents;5 000;ACOMPTE",
            "Programme test;30/06/2018;FEADER;12 000;ACOMPTE",
            "Programme test;30/09/2019;REGION NORMANDIE;7 000;SOLDE",
            "Programme test;15/11/2019;Fondation X;800;ACOMPTE",
            "Programme test;05/05/2020;feader;45 000;SOLDE") + "\n";

    // forecast = 25 000 + 10 000 + 20 000 + 3 000 = 58 000; "Personnel" matches PERSONNEL
    static final String BUDGET = String.join("\n",
            "projet;poste;montant_prevu",
            "Programme test;Personnel;25 000",
            "Programme test;PRESTATIONS;10 000",
            "Programme test;Équipement;20 000",
            "Programme test;FORMATION;3 000") + "\n";

    // A second project with a payment only, and no projet column: the default project
    static final String OTHER_PAYMENTS = "date;financeur;montant;nature\n01/01/2018;FEADER;1 000;AVANCE\n";

    static final String TERRITORY = "code;niveau\n61293;PARC\n28;PROCHE\n";
    static final String PRODUCERS = "producteur_id;nom;commune_insee\nP1;Ferme du Parc;61293\n"
            + "P2;Ferme d'Eure-et-Loir;28280\nP3;Ferme de la Sarthe;72181\n";
    static final String SALES_HEADER = "date;facture;ligne;client_id;producteur_id;produit;famille;quantite;unite;montant_ht";

    @TempDir
    static Path dir;

    Store store;
    ProjectFunding p;
    ProjectFunding other;

    @BeforeAll
    void load() throws Exception {
        store = Store.inMemory();
        Importer importer = new Importer(store, Importer.Settings.defaults()
                .withClock(Clock.fixed(Instant.parse("2024-06-30T10:00:00Z"), ZoneId.of("Europe/Paris"))));
        ImportOptions options = ImportOptions.defaults();
        List<FileReport> reports = List.of(
                importer.importFile(ImportKind.TERRITORY, file("territoire.csv", TERRITORY), options),
                importer.importFile(ImportKind.PRODUCERS, file("producteurs.csv", PRODUCERS), options),
                // leverage period bounds: 31/12/2016 and 01/01/2021 are outside, 01/01/2017 and 31/12/2020 inside
                importer.importFile(ImportKind.SALES, file("ventes.csv", SALES_HEADER + "\n"
                        + "31/12/2016;F0;1;C1;P1;Carottes;AUTRES;1;kg;1 000\n"
                        + "01/01/2017;F1;1;C1;P1;Carottes;AUTRES;1;kg;2 000\n"
                        + "15/06/2018;F2;1;C1;P2;Fromage;AUTRES;1;kg;3 000\n"
                        + "01/07/2019;F3;1;C1;P3;Rillettes;AUTRES;1;kg;4 000\n"
                        + "31/12/2020;F4;1;C2;P2;Fromage;AUTRES;1;kg;1 500\n"
                        + "01/01/2021;F5;1;C1;P1;Carottes;AUTRES;1;kg;9 000\n"), options),
                // another hub's sale, of an unknown producer: counted in the hub's sales, not as local
                importer.importFile(ImportKind.SALES, file("ventes-autre.csv", SALES_HEADER + "\n"
                        + "01/01/2019;G1;1;C9;P9;Pain;AUTRES;1;kg;500\n"), options.withHub("autre")),
                importer.importFile(ImportKind.FUNDING, file("financements.csv", GRANTS), options),
                importer.importFile(ImportKind.FUNDING, file("depenses.csv", EXPENDITURES), options),
                importer.importFile(ImportKind.FUNDING, file("versements.csv", PAYMENTS), options),
                importer.importFile(ImportKind.FUNDING, file("budget.csv", BUDGET), options),
                importer.importFile(ImportKind.FUNDING, file("versements-autre.csv", OTHER_PAYMENTS), options));
        assertThat(reports).allSatisfy(r -> assertThat(r.rejected()).as(r.file()).isZero());
        Funding funding = new Analytics(store.connection()).funding();
        List<ProjectFunding> all = funding.all();
        assertThat(all).extracting(ProjectFunding::name).containsExactly("default", PROJECT);
        other = all.get(0);
        p = all.get(1);
    }

    @AfterAll
    void close() throws Exception {
        store.close();
    }

    static Path file(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    static BigDecimal r4(Optional<BigDecimal> v) {
        return v.map(x -> Ratio.round(x, 4)).orElse(null);
    }

    @Nested
    class BudgetAndPublicFunding {

        @Test
        void totalBudgetPublicAwardedAndPublicRate() {
            assertThat(p.totalBudget()).isEqualByComparingTo("120000");
            assertThat(p.publicAwarded()).isEqualByComparingTo("85000");
            assertThat(r4(p.publicRate())).isEqualByComparingTo("0.7083");
            assertThat(p.period()).contains(new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2020, 12, 31)));
        }

        @Test
        void perFunderAwardedReceivedShareOfBudgetAndReceivedToAwarded() {
            // names matched across files without case or accents (REGION NORMANDIE, feader)
            assertThat(p.byFunder()).extracting(FunderFigures::funder, f -> f.type().orElse(null),
                    f -> f.awarded().toPlainString(), f -> f.received().toPlainString(),
                    f -> r4(f.budgetShare(p.totalBudget())), f -> r4(f.receivedRate()))
                    .containsExactly(
                            tuple("FEADER", FunderType.PUBLIC_UE, "60000.00", "57000.00",
                                    new BigDecimal("0.5000"), new BigDecimal("0.9500")),
                            // 20 000 / 120 000 = 0.16666… → 0.1667; ties by name
                            tuple("Autofinancement", FunderType.AUTOFINANCEMENT, "20000.00", "0.00",
                                    new BigDecimal("0.1667"), new BigDecimal("0.0000")),
                            tuple("Région Normandie", FunderType.PUBLIC_REGION, "20000.00", "22000.00",
                                    new BigDecimal("0.1667"), new BigDecimal("1.1000")),
                            tuple("Adhérents", FunderType.PRIVE, "15000.00", "5000.00",
                                    new BigDecimal("0.1250"), new BigDecimal("0.3333")),
                            tuple("PNA (DRAAF)", FunderType.PUBLIC_ETAT, "5000.00", "0.00",
                                    new BigDecimal("0.0417"), new BigDecimal("0.0000")),
                            // payments and no grant: nothing awarded, no received-to-awarded
                            tuple("Fondation X", null, "0.00", "800.00", new BigDecimal("0.0000"), null));
        }

        @Test
        void aProjectWithoutGrantHasNoRatios() {
            assertThat(other.totalBudget()).isEqualByComparingTo("0");
            assertThat(other.publicRate()).isEmpty();
            assertThat(other.consumptionRate()).isEmpty();
            assertThat(other.period()).isEmpty();
            assertThat(other.received()).isEqualByComparingTo("1000");
            assertThat(other.leverage().sales()).isEmpty();
            assertThat(other.leverage().localProducers()).isEmpty();
            assertThat(other.leverage().salesHt()).isEqualByComparingTo("0");
        }
    }

    @Nested
    class Spending {

        @Test
        void spentEligibleReceivedAndConsumptionRate() {
            assertThat(p.spent()).isEqualByComparingTo("49000");
            assertThat(p.eligible()).isEqualByComparingTo("50000");
            assertThat(p.received()).isEqualByComparingTo("84800");
            // 49 000 / 120 000 = 0.408333… → 0.4083
            assertThat(r4(p.consumptionRate())).isEqualByComparingTo("0.4083");
            assertThat(p.forecast()).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("58000"));
        }

        @Test
        void byHeadingBesideTheForecast() {
            assertThat(p.byHeading()).extracting(HeadingFigures::heading, h -> h.spent().toPlainString(),
                    h -> h.eligible().toPlainString(), HeadingFigures::lines,
                    h -> h.forecast().map(BigDecimal::toPlainString).orElse(null), h -> r4(h.consumptionRate()))
                    .containsExactly(
                            tuple("COMMUNICATION", "2500.00", "2500.00", 1L, null, null),
                            tuple("DEPLACEMENTS", "500.00", "500.00", 1L, null, null),
                            tuple("Équipement", "20000.00", "20000.00", 1L, "20000.00", new BigDecimal("1.0000")),
                            tuple("FORMATION", "0.00", "0.00", 0L, "3000.00", new BigDecimal("0.0000")),
                            tuple("Personnel", "20000.00", "20000.00", 2L, "25000.00", new BigDecimal("0.8000")),
                            tuple("PRESTATIONS", "6000.00", "7000.00", 2L, "10000.00", new BigDecimal("0.6000")));
        }

        @Test
        void byYearOfTheExpenditureDate() {
            assertThat(p.byYear()).extracting(YearFigures::year, y -> y.spent().toPlainString(),
                    y -> y.eligible().toPlainString(), YearFigures::lines)
                    .containsExactly(
                            tuple(2017, "35000.00", "36000.00", 3L),
                            tuple(2018, "11000.00", "11000.00", 2L),
                            tuple(2019, "2500.00", "2500.00", 1L),
                            tuple(2021, "500.00", "500.00", 1L));
        }

        @Test
        void perPaymentClaimAdvanceInstalmentsBalanceWithEligibleTotals() {
            assertThat(p.claims()).extracting(c -> c.funder().orElse(null), c -> c.claim().orElse(null),
                    c -> c.spent().toPlainString(), c -> c.eligible().toPlainString(), ClaimFigures::lines)
                    .containsExactly(
                            tuple("FEADER", "ACOMPTE 1", "15000.00", "16000.00", 2L),
                            tuple("FEADER", "SOLDE", "10000.00", "10000.00", 1L),
                            tuple("FEADER", null, "2500.00", "2500.00", 1L),
                            tuple("Fondation X", null, "1000.00", "1000.00", 1L),
                            tuple("Région Normandie", "ACOMPTE 1", "20000.00", "20000.00", 1L),
                            tuple(null, null, "500.00", "500.00", 1L));
            assertThat(p.claims().get(0).byHeading()).extracting(HeadingFigures::heading,
                    h -> h.spent().toPlainString(), h -> h.eligible().toPlainString())
                    .containsExactly(tuple("PERSONNEL", "10000.00", "10000.00"),
                            tuple("PRESTATIONS", "5000.00", "6000.00"));
        }
    }

    @Nested
    class TreasuryGapSeries {

        @Test
        void evaluatedAtTheEndOfEveryDayMoneyMoved() {
            // 15/06/2017: e2 (paid that day, 5 000) and e3 (its own date, 20 000) go out, the Région's
            // 15 000 advance comes in: 5 000 + 25 000 − 15 000 = 15 000 at the end of the day (never 30 000)
            assertThat(p.treasury().days()).extracting(d -> d.date().toString(), d -> d.spent().toPlainString(),
                    d -> d.received().toPlainString(), d -> d.gap().toPlainString())
                    .containsExactly(
                            tuple("2017-02-01", "0.00", "5000.00", "-5000.00"),
                            tuple("2017-03-31", "10000.00", "0.00", "5000.00"),
                            tuple("2017-06-15", "25000.00", "15000.00", "15000.00"),
                            tuple("2018-02-01", "10000.00", "0.00", "25000.00"),
                            tuple("2018-03-01", "1000.00", "0.00", "26000.00"),
                            tuple("2018-06-30", "0.00", "12000.00", "14000.00"),
                            tuple("2019-04-01", "2500.00", "0.00", "16500.00"),
                            tuple("2019-09-30", "0.00", "7000.00", "9500.00"),
                            tuple("2019-11-15", "0.00", "800.00", "8700.00"),
                            tuple("2020-05-05", "0.00", "45000.00", "-36300.00"),
                            tuple("2021-02-01", "500.00", "0.00", "-35800.00"));
        }

        @Test
        void itsMaximumAndTheDayItIsReached() {
            assertThat(p.treasury().max()).isEqualByComparingTo("26000");
            assertThat(p.treasury().maxDate()).contains(LocalDate.of(2018, 3, 1));
        }

        @Test
        void aGapThatNeverExceedsZeroHasNoDate() {
            // the other project only received 1 000
            assertThat(other.treasury().days()).extracting(d -> d.gap().toPlainString()).containsExactly("-1000.00");
            assertThat(other.treasury().max()).isEqualByComparingTo("0");
            assertThat(other.treasury().maxDate()).isEmpty();
        }
    }

    @Nested
    class LeverageOverTheProjectPeriod {

        @Test
        void hubSalesAndLocalProducersSalesPerPublicEuroBoundsIncluded() {
            // in [01/01/2017, 31/12/2020]: 2 000 (P1, PARC) + 3 000 (P2, PROCHE) + 4 000 (P3, ELOIGNE)
            // + 1 500 (P2) + 500 (another hub, unknown producer) = 11 000; local = 6 500
            assertThat(p.leverage().salesHt()).isEqualByComparingTo("11000");
            assertThat(p.leverage().localSalesHt()).isEqualByComparingTo("6500");
            // 11 000 / 85 000 = 0.129411… → 0.1294; 6 500 / 85 000 = 0.076470… → 0.0765
            assertThat(r4(p.leverage().sales())).isEqualByComparingTo("0.1294");
            assertThat(r4(p.leverage().localProducers())).isEqualByComparingTo("0.0765");
        }
    }

    @Nested
    class ConsistencyWarnings {

        @Test
        void eachInconsistencyOnce() {
            assertThat(p.warnings()).extracting(FundingWarning::code, w -> w.funder().orElse(null),
                    w -> w.date().map(LocalDate::toString).orElse(null), w -> w.amount().toPlainString(),
                    w -> w.limit().map(BigDecimal::toPlainString).orElse(null),
                    w -> w.period().map(x -> x.from() + "/" + x.to()).orElse(null))
                    .containsExactly(
                            tuple(FundingWarning.Code.EXPENDITURE_OUTSIDE_GRANT_PERIOD, "FEADER", "2019-03-01",
                                    "2500.00", null, "2017-01-01/2018-12-31"),
                            tuple(FundingWarning.Code.EXPENDITURE_OUTSIDE_PROJECT_PERIOD, null, "2021-02-01",
                                    "500.00", null, "2017-01-01/2020-12-31"),
                            tuple(FundingWarning.Code.EXPENDITURE_WITHOUT_GRANT, "Fondation X", null,
                                    "1000.00", null, null),
                            tuple(FundingWarning.Code.PAYMENT_ABOVE_AWARDED, "Région Normandie", null,
                                    "22000.00", "20000.00", null),
                            tuple(FundingWarning.Code.PAYMENT_WITHOUT_GRANT, "Fondation X", null,
                                    "800.00", null, null),
                            tuple(FundingWarning.Code.GRANT_NOTHING_SPENT, "PNA (DRAAF)", null,
                                    "5000.00", null, "2020-01-01/2020-12-31"));
            assertThat(other.warnings()).extracting(FundingWarning::code)
                    .containsExactly(FundingWarning.Code.PAYMENT_WITHOUT_GRANT);
        }

        @Test
        void areListedPerProjectForTheDataQualitySummary() throws Exception {
            var byProject = new Funding(store.connection()).warnings();

            assertThat(byProject.keySet()).containsExactly("default", PROJECT);
            assertThat(byProject.get(PROJECT)).isEqualTo(p.warnings());
            assertThat(byProject.get("default")).isEqualTo(other.warnings());
        }

        @Test
        void saySoInFrenchAndEnglish() {
            FundingWarning w = p.warnings().get(3);

            assertThat(w.message(Locale.FRENCH))
                    .isEqualTo("Région Normandie a versé 22\u202F000,00\u00A0€, plus que le montant attribué "
                            + "(20\u202F000,00\u00A0€).");
            assertThat(w.message(Locale.ENGLISH))
                    .isEqualTo("Région Normandie paid 22,000.00\u00A0€, more than the amount awarded (20,000.00\u00A0€).");
            assertThat(p.warnings().get(0).message(Locale.FRENCH)).isEqualTo("Dépense F-120 du 01/03/2019 "
                    + "(2\u202F500,00\u00A0€), imputée sur FEADER, hors de la période de ses financements "
                    + "(du 01/01/2017 au 31/12/2018).");
        }
    }

    @Test
    void aProjectIsFoundByItsNameWrittenAnyWay() throws Exception {
        Funding funding = new Funding(store.connection());

        assertThat(funding.project("PROGRAMME-TEST")).map(Funding.Project::name).contains(PROJECT);
        assertThat(funding.project("Autre")).isEmpty();
    }
}
