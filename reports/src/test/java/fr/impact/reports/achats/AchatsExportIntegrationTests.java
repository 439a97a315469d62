package fr.impact.reports.achats;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.analytics.Period;
import fr.impact.ingestion.FileReport;
import fr.impact.ingestion.ImportKind;
import fr.impact.ingestion.ImportOptions;
import fr.impact.ingestion.Importer;
import fr.impact.ingestion.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ma-cantine export read back by our strict ma-cantine reader ({@code --strict}, as
 * ma-cantine is): every line accepted, and local marked as FORMATS.md says.
 */
class AchatsExportIntegrationTests {

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

    void load(ImportKind kind, String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        FileReport r = importer.importFile(kind, f, ImportOptions.defaults());
        assertThat(r.rejections()).isEmpty();
    }

    @Test
    void exportsHubSalesToCanteensAsAFileMaCantineAccepts() throws Exception {
        load(ImportKind.TERRITORY, "territoire.csv", "code;niveau;nom", "61293;PARC;Mortagne-au-Perche",
                "61;PROCHE;Orne", "28;PROCHE;Eure-et-Loir");
        // P1 in the park; P2 elsewhere in the Orne (61); P3 in the Eure-et-Loir (28, Centre-Val de Loire);
        // P4 in the Pas-de-Calais (far)
        load(ImportKind.PRODUCERS, "producteurs.csv", "producteur_id;nom;commune_insee", "P1;Ferme, du Bois;61293",
                "P2;GAEC de la Vallée;61214", "P3;Fromagerie;28280", "P4;Coopérative;62160");
        // C1 a school in the Orne; C2 a school in the Eure (27, Normandie like the Orne); R a restaurant
        load(ImportKind.BUYERS, "clients.csv", "client_id;nom;type;commune_insee;siret",
                "C1;École A;RESTAURATION_SCOLAIRE;61293;21010034300016",
                "C2;École B;RESTAURATION_SCOLAIRE;27229;21610001200014",
                "R;Restaurant;RESTAURANT;61293;");
        load(ImportKind.SALES, "ventes.csv",
                "date;facture;ligne;client_id;client_nom;client_type;producteur_id;producteur_nom;produit;famille;"
                        + "quantite;unite;prix_unitaire_ht;montant_ht;labels",
                "05/03/2024;F1;1;C1;École A;;P1;Ferme;Pommes \"bio\";FRUITS_ET_LEGUMES;10;kg;3,00;30,00;BIO",
                "05/03/2024;F1;2;C1;École A;;P2;GAEC;Lait;PRODUITS_LAITIERS;10;l;1,00;10,00;",
                "05/03/2024;F1;3;C1;École A;;P3;Fromagerie;Fromage;PRODUITS_LAITIERS;1;kg;20,00;20,00;AOCAOP",
                "05/03/2024;F1;4;C1;École A;;P4;Coop;Poisson;PRODUITS_DE_LA_MER;1;kg;15,50;15,50;",
                "06/03/2024;F2;1;C2;École B;;P2;GAEC;Yaourts;PRODUITS_LAITIERS;10;piece;0,50;5,00;",
                "06/03/2024;F3;1;R;Restaurant;;P1;Ferme;Pommes;FRUITS_ET_LEGUMES;1;kg;3,00;3,00;");

        Path file = dir.resolve("out/achats-2024.csv");
        AchatsExport.Written w = new AchatsExport(store.connection(), "MIL Perche")
                .write(new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), Optional.empty(), file);
        assertThat(w.lines()).isEqualTo(5);
        assertThat(w.canteens()).isEqualTo(2);
        assertThat(w.totalHt()).isEqualByComparingTo("80.50");
        assertThat(Files.readAllLines(file).get(0)).isEqualTo(AchatsExport.HEADER);

        FileReport back = importer.importFile(ImportKind.ACHATS, file, ImportOptions.defaults().withStrict(true));
        assertThat(back.status()).as(String.valueOf(back.rejections())).isEqualTo(FileReport.Status.LOADED);
        assertThat(back.accepted()).isEqualTo(5);
        assertThat(rows("SELECT siret || ' ' || description || ' ' || prix_ht || ' ' || categories_egalim || ' ' "
                + "|| est_local || ' ' || coalesce(definition_local, '-') FROM purchases ORDER BY source_line"))
                .containsExactly(
                        "21010034300016 Pommes \"bio\" — Ferme, du Bois 30.00 BIO true PAT",
                        "21010034300016 Lait — GAEC de la Vallée 10.00  true DEPARTEMENT",
                        "21010034300016 Fromage — Fromagerie 20.00 AOCAOP false -",
                        "21010034300016 Poisson — Coopérative 15.50  false -",
                        "21610001200014 Yaourts — GAEC de la Vallée 5.00  true REGION");
        // the round trip keeps the totals per family × EGalim category: what the hub sold to the
        // canteens (30 + 10 + 20 + 15.50 + 5; the restaurant's 3.00 is not exported) is what
        // ma-cantine's reader loads back
        String byFamilyAndCategory = "SELECT string_agg(f || ':' || c || '=' || t, ' ' ORDER BY f, c) FROM (%s)";
        assertThat(rows(byFamilyAndCategory.formatted("SELECT famille_produits f, categories_egalim c, sum(prix_ht) t "
                + "FROM purchases GROUP BY ALL")))
                .containsExactly(rows(byFamilyAndCategory.formatted("SELECT famille f, coalesce(labels, '') c, "
                        + "sum(montant_ht) t FROM sales_enriched WHERE collective GROUP BY ALL")).get(0))
                .containsExactly("FRUITS_ET_LEGUMES:BIO=30.00 PRODUITS_DE_LA_MER:=15.50 PRODUITS_LAITIERS:=15.00 "
                        + "PRODUITS_LAITIERS:AOCAOP=20.00");
    }

    @Test
    void marksAProcheLineLocalOnlyWhenDepartmentOrRegionIsShared() {
        assertThat(AchatsExport.localDefinition("PARC", "61293", null)).isEqualTo("PAT");
        assertThat(AchatsExport.localDefinition("PROCHE", "61214", "61293")).isEqualTo("DEPARTEMENT");
        assertThat(AchatsExport.localDefinition("PROCHE", "61214", "27229")).isEqualTo("REGION");
        assertThat(AchatsExport.localDefinition("PROCHE", "28280", "61293")).isNull();
        assertThat(AchatsExport.localDefinition("PROCHE", "28280", null)).isNull();
        assertThat(AchatsExport.localDefinition("ELOIGNE", "62160", "62160")).isNull();
    }

    List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    @Test
    void writesTheCanteensBilanSimpleValues() throws Exception {
        load(ImportKind.BUYERS, "clients.csv", "client_id;nom;type;commune_insee;siret",
                "C1;École A;RESTAURATION_SCOLAIRE;61293;21010034300016", "R;Restaurant;RESTAURANT;61293;");
        load(ImportKind.SALES, "ventes.csv",
                "date;facture;ligne;client_id;producteur_id;produit;famille;quantite;unite;montant_ht;labels;origine",
                "05/03/2024;F1;1;C1;P1;Poulet;VIANDES_VOLAILLES;4;kg;40,00;BIO|COMMERCE_EQUITABLE;FRANCE",
                "05/03/2024;F1;2;C1;P1;Bœuf;VIANDES_VOLAILLES;2;kg;25,00;;EUROPE",
                "05/03/2024;F1;3;C1;P2;Merlu;PRODUITS_DE_LA_MER;1;kg;12,00;PECHE_DURABLE|COMMERCE_EQUITABLE;FRANCE",
                "05/03/2024;F1;4;C1;P3;Pommes;FRUITS_ET_LEGUMES;4;kg;8,00;IGP;FRANCE",
                "05/03/2024;F1;5;C1;P4;Jus;BOISSONS;2;l;5,00;PERFORMANCE;",
                "06/03/2024;F2;1;R;P3;Pommes;FRUITS_ET_LEGUMES;50;kg;100,00;BIO;FRANCE");

        var values = new AchatsExport(store.connection(), "MIL Perche").writeBilanSimple(
                new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)), Optional.empty(),
                dir.resolve("out/bilan.csv"));

        // only the canteen (the restaurant is not collective catering): 40 + 25 + 12 + 8 + 5 = 90,00
        assertThat(values).containsOnlyKeys("21010034300016");
        var v = values.get("21010034300016");
        assertThat(v.get("valeur_totale")).isEqualByComparingTo("90.00");
        assertThat(v.get("valeur_bio")).isEqualByComparingTo("40.00");
        assertThat(v.get("valeur_bio_dont_commerce_equitable")).isEqualByComparingTo("40.00");
        assertThat(v.get("valeur_siqo")).isEqualByComparingTo("8.00");
        assertThat(v.get("valeur_externalites_performance")).isEqualByComparingTo("5.00");
        assertThat(v.get("valeur_egalim_autres")).isEqualByComparingTo("12.00");
        assertThat(v.get("valeur_egalim_autres_dont_commerce_equitable")).isEqualByComparingTo("12.00");
        assertThat(v.get("valeur_viandes_volailles")).isEqualByComparingTo("65.00");
        assertThat(v.get("valeur_viandes_volailles_egalim")).isEqualByComparingTo("40.00");
        assertThat(v.get("valeur_viandes_volailles_france")).isEqualByComparingTo("40.00");
        assertThat(v.get("valeur_produits_de_la_mer")).isEqualByComparingTo("12.00");
        assertThat(v.get("valeur_produits_de_la_mer_egalim")).isEqualByComparingTo("12.00");
        assertThat(v.get("valeur_produits_de_la_mer_france")).isEqualByComparingTo("12.00");
        assertThat(v.get("valeur_fruits_et_legumes_france")).isEqualByComparingTo("8.00");
        assertThat(v.get("valeur_boissons_france")).isEqualByComparingTo("0.00");
        List<String> lines = Files.readAllLines(dir.resolve("out/bilan.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("siret,année_bilan,valeur_totale,valeur_bio,");
        assertThat(lines.get(1)).startsWith("21010034300016,2024,90.00,40.00,40.00,8.00,5.00,12.00,12.00,65.00,");
        assertThat(lines).hasSize(2);
    }
}
