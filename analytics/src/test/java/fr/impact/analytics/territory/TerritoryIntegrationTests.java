package fr.impact.analytics.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.Period;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportHistory;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.store.Store;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The territory's canteens on a real DuckDB, files imported through the ordinary path: the
 * EGalim benchmark of a PAT and the territorial local share. Every figure worked out by hand.
 */
class TerritoryIntegrationTests {

    @TempDir
    Path dir;

    Store store;
    Importer importer;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("impact.duckdb"), null);
        importer = new Importer(store);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    FileReport load(ImportKind kind, String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return importer.importFile(kind, f, ImportOptions.defaults());
    }

    static final String TD_HEADER = "id,year,canteen_siret,canteen_name,canteen_city_insee_code,canteen_pat_list,"
            + "canteen_department,teledeclaration_ratio_bio,teledeclaration_ratio_egalim_hors_bio";

    @Nested
    class EgalimBenchmarkOfAPat {

        @Test
        void countsThePatsDeclarationsAndAveragesTheirRatiosUnweighted() throws Exception {
            // 2023, PAT 1476: a (0.30, 0.25 → meets both targets), b (0.10, 0.20), d ("14760" is not 1476: out),
            // e (no ratio: counted, left out of the means). mean bio = (0.30 + 0.10) / 2 = 0.20;
            // mean hors bio = (0.25 + 0.20) / 2 = 0.225; national mean bio over a, b, c, d = (0.30 + 0.10 + 0.05 + 0.15) / 4 = 0.15
            FileReport r = load(ImportKind.TELEDECLARATIONS, "campagne_td_2023.csv", TD_HEADER,
                    "1,2023,21610001200011,A,61001,\"1476\",61,0.3000,0.2500",
                    "2,2023,21610001200012,B,61002,\"1200, 1476\",61,0.1000,0.2000",
                    "3,2023,21610001200013,C,28001,,28,0.0500,0.0100",
                    "4,2023,21610001200014,D,28002,14760,28,0.1500,0.6000",
                    "5,2023,21610001200015,E,61003,1476,61,,");
            assertThat(r.accepted()).isEqualTo(5);
            EgalimBenchmark b = new EgalimTerritory(store.connection()).benchmark("1476");
            assertThat(b.years()).hasSize(1);
            YearBenchmark y = b.years().get(0);
            assertThat(y.year()).isEqualTo(2023);
            assertThat(y.canteens()).isEqualTo(3);
            assertThat(y.meanBio()).get().usingComparator(BigDecimal::compareTo).isEqualTo(new BigDecimal("0.20"));
            assertThat(y.meanEgalimHorsBio()).get().usingComparator(BigDecimal::compareTo)
                    .isEqualTo(new BigDecimal("0.225"));
            assertThat(y.meetingTargets()).isEqualTo(1);
            assertThat(y.nationalMeanBio()).get().usingComparator(BigDecimal::compareTo)
                    .isEqualTo(new BigDecimal("0.15"));
        }

        @Test
        void aNewFileOfTheSameYearReplacesTheOldOneAndUndoRestoresIt() throws Exception {
            load(ImportKind.TELEDECLARATIONS, "td-a.csv", TD_HEADER, "1,2022,1,A,61001,1476,61,0.1000,0.1000");
            FileReport second = load(ImportKind.TELEDECLARATIONS, "td-b.csv", TD_HEADER,
                    "1,2022,1,A,61001,1476,61,0.3000,0.1000", "2,2022,2,B,61001,1476,61,0.5000,0.1000");
            assertThat(second.replaced()).isEqualTo(1);
            EgalimTerritory t = new EgalimTerritory(store.connection());
            assertThat(t.benchmark("1476").years().get(0).canteens()).isEqualTo(2);
            new ImportHistory(store).undo(second.importId());
            YearBenchmark y = t.benchmark("1476").years().get(0);
            assertThat(y.canteens()).isEqualTo(1);
            assertThat(y.meanBio()).get().usingComparator(BigDecimal::compareTo).isEqualTo(new BigDecimal("0.1"));
        }

        @Test
        void rejectsARatioThatIsNotAFraction() throws Exception {
            FileReport r = load(ImportKind.TELEDECLARATIONS, "td.csv", TD_HEADER,
                    "1,2022,1,A,61001,1476,61,12.5,0.1000", "2,2022,1,A,61001,1476,61,\"0,2\",0.1000",
                    "3,2022,1,A,61001,1476,61,0.2,0.1");
            assertThat(r.accepted()).isEqualTo(1);
            assertThat(r.rejections()).extracting(f -> f.line() + " " + f.code())
                    .containsExactly("2 RATIO_OUT_OF_RANGE", "3 DECIMAL_POINT_FORMAT");
        }
    }

    static final String ACHATS_HEADER = "siret;description;fournisseur;date;prix_ht;famille_produits;categories_egalim;"
            + "origine;est_circuit_court;est_local;definition_local;definition_local_km";

    @Nested
    class TerritorialLocalShareOfCollectiveCatering {

        @Test
        void sharesTheCanteensOwnPurchasesAndShowsTheHubBesideIt() throws Exception {
            // The hub: buyer C1 is canteen 21010034300016; it bought 30 € in March 2024 (covered) and
            // 500 € in May 2024 (no purchase file covers May for it: left out). Buyer C2 has no SIRET.
            load(ImportKind.BUYERS, "clients.csv", "client_id;nom;type;siret",
                    "C1;École A;RESTAURATION_SCOLAIRE;210 100 343 00016", "C2;EHPAD;RESTAURATION_MEDICO_SOCIALE;");
            load(ImportKind.SALES, "ventes.csv",
                    "date;facture;ligne;client_id;client_nom;client_type;producteur_id;producteur_nom;produit;famille;"
                            + "quantite;unite;prix_unitaire_ht;montant_ht;labels",
                    "05/03/2024;F1;1;C1;École A;;P1;Ferme;Pommes;FRUITS_ET_LEGUMES;10;kg;3,00;30,00;",
                    "06/05/2024;F2;1;C1;École A;;P1;Ferme;Pommes;FRUITS_ET_LEGUMES;100;kg;5,00;500,00;",
                    "06/03/2024;F3;1;C2;EHPAD;;P1;Ferme;Pommes;FRUITS_ET_LEGUMES;10;kg;2,00;20,00;");
            // Canteen A (SIRET), March and April: 100 (local DEPARTEMENT, the hub's apples among them... as the
            // canteen declares them) + 50 (not local) in March, 40 local PAT in April → 190, local 140.
            // Canteen 949 (id only), March: 60 local, no definition → total 250, local 200, share 0.8.
            load(ImportKind.ACHATS, "achats-a.csv", ACHATS_HEADER,
                    "21010034300016;Pommes;MIL Perche;2024-03-05;100;FRUITS_ET_LEGUMES;;;;x;DEPARTEMENT;",
                    "21010034300016;Riz;Grossiste;2024-03-07;50;AUTRES;BIO;;;;;",
                    "21010034300016;Fromage;Ferme;2024-04-02;40;PRODUITS_LAITIERS;;;x;oui;PAT;");
            load(ImportKind.ACHATS, "achats-949.csv", ACHATS_HEADER.replace("siret", "cantine_id"),
                    "949;Légumes;Maraîcher;2024-03-10;60;FRUITS_ET_LEGUMES;;;;x;;");
            TerritorialLocalShare share = new TerritorialLocalShare(store.connection());
            Period p = share.purchasesPeriod().orElseThrow();
            assertThat(p).isEqualTo(new Period(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 4, 2)));
            TerritorialShare s = share.of(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
            assertThat(s.totalHt()).isEqualByComparingTo("250");
            assertThat(s.localHt()).isEqualByComparingTo("200");
            assertThat(s.localShare()).get().usingComparator(BigDecimal::compareTo).isEqualTo(new BigDecimal("0.8"));
            assertThat(s.localByDefinition()).containsOnlyKeys("DEPARTEMENT", "PAT", "NON_PRECISEE");
            assertThat(s.localByDefinition().get("DEPARTEMENT")).isEqualByComparingTo("100");
            assertThat(s.localByDefinition().get("NON_PRECISEE")).isEqualByComparingTo("60");
            // of which through the hub: C1 in March only (its covered months are March and April): 30 €
            assertThat(s.hubHt()).isEqualByComparingTo("30");
            assertThat(s.hubShare()).get().usingComparator(BigDecimal::compareTo).isEqualTo(new BigDecimal("0.12"));
            assertThat(s.coverage()).hasSize(2);
            CanteenCoverage a = s.coverage().get(0);
            assertThat(a.siret()).contains("21010034300016");
            assertThat(a.months()).containsExactly(YearMonth.of(2024, 3), YearMonth.of(2024, 4));
            assertThat(a.purchases()).isEqualTo(3);
            assertThat(a.hubHt()).get().usingComparator(BigDecimal::compareTo).isEqualTo(new BigDecimal("30"));
            CanteenCoverage id = s.coverage().get(1);
            assertThat(id.cantineId()).contains(949L);
            assertThat(id.months()).containsExactly(YearMonth.of(2024, 3));
            assertThat(id.hubHt()).isEqualTo(Optional.empty());
        }

        @Test
        void undoingAPurchaseFileRemovesItsPurchases() throws Exception {
            FileReport r = load(ImportKind.ACHATS, "achats.csv", ACHATS_HEADER,
                    "21010034300016;Pommes;MIL Perche;2024-03-05;100;FRUITS_ET_LEGUMES;;;;x;DEPARTEMENT;");
            new ImportHistory(store).undo(r.importId());
            assertThat(new TerritorialLocalShare(store.connection()).purchasesPeriod()).isEmpty();
        }
    }
}
