package fr.impact.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.impact.dashboard.backup.Backups;
import fr.impact.dashboard.cli.CliRun.Result;
import fr.impact.ingestion.store.Fingerprints;
import fr.impact.ingestion.store.Store;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code backup} and {@code restore} as an officer runs them: a verified round trip on a
 * database where every table holds rows (sales with a quarantined line and a replaced line,
 * reference files, the funding ledger, ma-cantine purchases and teledeclarations, a refused
 * and an undone import), and every refusal: an altered backup, a newer schema, a database
 * holding data without --force, a database held by another process.
 */
class BackupCliIntegrationTests {

    @TempDir
    Path dir;

    Path db;

    @BeforeEach
    void fill() throws Exception {
        db = dir.resolve("impact.duckdb");
        ok("ingest", "territory", file("territoire.csv", "code;niveau;nom", "61293;PARC;Mortagne-au-Perche",
                "61;PROCHE;Orne"));
        ok("ingest", "producers", file("producteurs.csv", "producteur_id;nom;commune_insee", "P1;Ferme A;61293",
                "P2;Ferme B;28280"));
        ok("ingest", "buyers", file("clients.csv", "client_id;nom;type", "C1;École de Bellême;RESTAURATION_SCOLAIRE",
                "C2;Épicerie;COMMERCE"));
        // 3 lines loaded, line 5 quarantined (a letter O in the amount)
        ok("ingest", "sales", file("ventes-1.csv", SALES, "04/03/2024;F1;1;C1;P1;Carottes;FRUITS_ET_LEGUMES;10;kg;25,00",
                "04/03/2024;F1;2;C1;P2;Yaourts;PRODUITS_LAITIERS;20;piece;12,00",
                "05/03/2024;F2;1;C2;P1;Navets;FRUITS_ET_LEGUMES;5;kg;7,50",
                "06/03/2024;F3;1;C2;P2;Beurre;PRODUITS_LAITIERS;2;kg;9,6O"));
        // F1 line 1 replaced (25,00 → 30,00), F4 added: 4 current lines, 5 versions
        ok("ingest", "sales", file("ventes-2.csv", SALES, "04/03/2024;F1;1;C1;P1;Carottes;FRUITS_ET_LEGUMES;12;kg;30,00",
                "10/03/2024;F4;1;C1;P2;Fromage;PRODUITS_LAITIERS;3;kg;45,00"));
        ok("ingest", "funding", file("financements.csv", "financeur;type;dispositif;montant_attribue;date_decision;debut;fin",
                        "FEADER;PUBLIC_UE;16.4;50 000;15/11/2017;01/01/2017;31/12/2019").toString(),
                file("depenses.csv", "date;poste;libelle;reference;montant_ht;date_paiement;demande",
                        "31/03/2017;PERSONNEL;Salaire;P1;10 000;31/03/2017;ACOMPTE 1").toString(),
                file("versements.csv", "date;financeur;montant;nature", "30/06/2017;FEADER;10 000;AVANCE").toString(),
                file("budget.csv", "poste;montant_prevu", "PERSONNEL;40 000").toString());
        ok("ingest", "achats", file("achats.csv", "siret,description,fournisseur,date,prix_ht,famille_produits,"
                + "categories_egalim,origine,est_circuit_court,est_local,definition_local,definition_local_km",
                "21010034300016,Pommes,MIL Perche,2024-03-05,75.00,AUTRES,,,,x,PAT,",
                "21010034300016,Riz,Grossiste,2024-04-05,25.00,AUTRES,,,,,,"));
        ok("ingest", "teledeclarations", file("campagne_td_2023.csv",
                "year,canteen_siret,canteen_name,canteen_city_insee_code,canteen_pat_list,canteen_department,"
                        + "teledeclaration_ratio_bio,teledeclaration_ratio_egalim_hors_bio",
                "2023,1,A,61001,1476,61,0.3000,0.2500"));
        // a refused file and an undone import are part of the history too
        Result refused = CliRun.run(db, "ingest", "sales", file("sans-montant.csv", "date;facture;ligne", "04/03/2024;F9;1")
                .toString());
        assertThat(refused.exit()).isEqualTo(2);
        Result extra = CliRun.run(db, "ingest", "sales", "--json", file("ventes-3.csv", SALES,
                "11/03/2024;F5;1;C1;P1;Pommes;FRUITS_ET_LEGUMES;1;kg;3,00").toString());
        ok("imports", "undo", extra.json().at("/files/0/import_id").asString());
    }

    static final String SALES = "date;facture;ligne;client_id;producteur_id;produit;famille;quantite;unite;montant_ht";

    @Test
    void aBackupRestoresIntoANewDatabaseWithEveryTableIdentical() throws Exception {
        Path backup = dir.resolve("sauvegarde");
        Result b = CliRun.run(db, "backup", backup.toString(), "--json");
        assertThat(b.exit()).as(b.err()).isZero();
        JsonNode manifest = b.json().get("manifest");
        Map<String, Long> rows = new LinkedHashMap<>();
        for (JsonNode t : manifest.get("tables")) {
            rows.put(t.get("name").asString(), t.get("rows").asLong());
        }
        // counted by hand from the files above
        assertThat(rows).containsEntry("sale_lines", 5L).containsEntry("quarantine_rows", 1L)
                .containsEntry("territory_versions", 2L).containsEntry("producer_versions", 2L)
                .containsEntry("buyer_versions", 2L).containsEntry("grant_versions", 1L)
                .containsEntry("expenditure_versions", 1L).containsEntry("payment_versions", 1L)
                .containsEntry("budget_versions", 1L).containsEntry("purchases", 2L)
                .containsEntry("teledeclarations", 1L).containsEntry("schema_version", (long) Store.latestVersion())
                // territory, producers, buyers, 3 sales, 4 funding, achats, teledeclarations, the refused file
                .containsEntry("imports", 13L);
        assertThat(rows.values()).as("every table holds rows").allMatch(n -> n > 0);
        assertThat(manifest.get("schema_version").asInt()).isEqualTo(Store.latestVersion());
        assertThat(manifest.get("app_version").asString()).isEqualTo(ImpactCli.VERSION);
        assertThat(manifest.get("created_at").asString()).isNotBlank();
        // 13 imports, but the refused file drew two numbers (12 for the import it began, 13 for the
        // refusal it recorded), and ventes-3.csv got 14: the next is 15
        assertThat(manifest.at("/sequences/import_ids").asLong()).isEqualTo(15);
        assertThat(manifest.get("files")).hasSize(rows.size());
        for (JsonNode f : manifest.get("files")) {
            assertThat(Backups.sha256(backup.resolve(f.get("name").asString()))).isEqualTo(f.get("sha256").asString());
        }
        assertThat(Backups.check(backup).totalRows()).isEqualTo(rows.values().stream().mapToLong(Long::longValue).sum());

        Path copy = dir.resolve("restauree.duckdb");
        Result r = CliRun.run(copy, "restore", backup.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("verified").asBoolean()).isTrue();
        assertThat(r.json().get("previous_database").isNull()).isTrue();

        // every row of every table, read back as text: no fingerprint involved
        assertThat(dump(copy)).isEqualTo(dump(db));
        for (String[] command : List.of(new String[] {"indicators", "--json"}, new String[] {"funding", "--json"},
                new String[] {"territorial-share", "--json"}, new String[] {"egalim-territory", "--pat", "1476", "--json"},
                new String[] {"imports", "--json"}, new String[] {"quality", "--json"})) {
            Result original = CliRun.run(db, command);
            assertThat(original.exit()).isZero();
            assertThat(CliRun.run(copy, command).out()).as(String.join(" ", command)).isEqualTo(original.out());
        }

        // a pre-backup import can still be undone, exactly as on the original (import 5: ventes-2.csv)
        for (Path base : List.of(db, copy)) {
            Result undo = CliRun.run(base, "imports", "undo", "5", "--json");
            assertThat(undo.exit()).as(undo.err()).isZero();
            assertThat(undo.json().at("/undone/file").asString()).isEqualTo("ventes-2.csv");
        }
        // 25,00 is back for F1 line 1, F4 is gone: 25 + 12 + 7,50
        assertThat(CliRun.run(copy, "indicators", "--json").json().at("/sales/total_ht").decimalValue())
                .isEqualByComparingTo("44.50");
        assertThat(fingerprintsWithoutClock(copy)).isEqualTo(fingerprintsWithoutClock(db));
        // and the sequence goes on where it was: the next import has the same number in both
        Path next = file("ventes-4.csv", SALES, "12/03/2024;F6;1;C1;P1;Poires;FRUITS_ET_LEGUMES;1;kg;4,00");
        JsonNode inCopy = CliRun.run(copy, "ingest", "sales", next.toString(), "--json").json();
        assertThat(inCopy.at("/files/0/import_id").asLong()).isEqualTo(15);
    }

    @Test
    void anAlteredBackupIsRefusedAndNothingIsWritten() throws Exception {
        Path backup = dir.resolve("sauvegarde");
        assertThat(CliRun.run(db, "backup", backup.toString()).exit()).isZero();
        Path sales = backup.resolve("sale_lines.parquet");
        byte[] bytes = Files.readAllBytes(sales);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(sales, bytes);

        Path copy = dir.resolve("restauree.duckdb");
        Result r = CliRun.run(copy, "restore", backup.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("altérée").contains("sale_lines.parquet").contains("SHA-256");
        assertThat(copy).doesNotExist();

        Result json = CliRun.run(copy, "restore", backup.toString(), "--json");
        assertThat(json.json().at("/error/code").asString()).isEqualTo("CHECKSUM_MISMATCH");

        Files.delete(sales);
        assertThat(CliRun.run(copy, "restore", backup.toString()).err()).contains("sale_lines.parquet").contains("manque");
        assertThat(CliRun.run(copy, "--lang", "en", "restore", dir.resolve("nulle-part").toString()).err())
                .contains("not an Impact backup");
        assertThat(copy).doesNotExist();
    }

    @Test
    void aBackupFromANewerSchemaIsRefused() throws Exception {
        Path backup = dir.resolve("sauvegarde");
        assertThat(CliRun.run(db, "backup", backup.toString()).exit()).isZero();
        Path manifest = backup.resolve(Backups.MANIFEST);
        int newer = Store.latestVersion() + 1;
        Files.writeString(manifest, Files.readString(manifest).replace("\"schema_version\" : " + Store.latestVersion(),
                "\"schema_version\" : " + newer));
        Result r = CliRun.run(dir.resolve("restauree.duckdb"), "restore", backup.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("schéma v" + newer).contains("mettez Impact à jour");
    }

    @Test
    void aBackupWhoseDataDoNotMatchItsManifestIsRefusedAfterLoadingAndNothingIsReplaced() throws Exception {
        Path backup = dir.resolve("sauvegarde");
        JsonNode manifest = CliRun.run(db, "backup", backup.toString(), "--json").json().get("manifest");
        String fingerprint = null;
        for (JsonNode t : manifest.get("tables")) {
            if (t.get("name").asString().equals("sale_lines")) {
                fingerprint = t.get("fingerprint").asString();
            }
        }
        // the files are intact (their SHA-256 match), but the manifest says other rows were saved
        Path file = backup.resolve(Backups.MANIFEST);
        Files.writeString(file, Files.readString(file).replace("\"" + fingerprint + "\"", "\"12345\""));
        List<String> before = dump(db);

        Result r = CliRun.run(db, "restore", backup.toString(), "--force");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Vérification échouée").contains("sale_lines").contains("Rien n'a été remplacé");
        assertThat(dump(db)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("restauration"));
        }
    }

    @Test
    void aDatabaseHoldingDataIsReplacedOnlyWithForceAndIsKept() throws Exception {
        Path backup = dir.resolve("sauvegarde");
        assertThat(CliRun.run(db, "backup", backup.toString()).exit()).isZero();
        assertThat(CliRun.run(db, "backup", backup.toString()).err()).as("a backup never overwrites another")
                .contains("n'est pas vide");
        // after the backup, the database changes: the restore must bring back the backed-up state
        ok("imports", "undo", "4");
        List<String> changed = dump(db);

        Result refused = CliRun.run(db, "restore", backup.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("contient déjà des données").contains("--force");
        assertThat(dump(db)).isEqualTo(changed);

        Result forced = CliRun.run(db, "restore", backup.toString(), "--force", "--json");
        assertThat(forced.exit()).as(forced.err()).isZero();
        Path kept = Path.of(forced.json().get("previous_database").asString());
        assertThat(kept.getFileName().toString()).startsWith("impact.duckdb.avant-restauration-");
        assertThat(kept.getParent()).isEqualTo(dir.toAbsolutePath());
        assertThat(dump(kept)).isEqualTo(changed);
        JsonNode four = null;
        for (JsonNode e : CliRun.run(db, "imports", "--json").json().get("imports")) {
            if (e.get("id").asLong() == 4) {
                four = e;
            }
        }
        assertThat(four.get("status").asString()).as("import 4 is loaded again").isEqualTo("LOADED");
    }

    @Test
    void whileAnotherProcessHoldsTheDatabaseBackupAndRestoreSaySoInOneSentence() throws Exception {
        Path backup = dir.resolve("sauvegarde");
        assertThat(CliRun.run(db, "backup", backup.toString()).exit()).isZero();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(),
                db.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(r.readLine()).isEqualTo("holding");
            Result b = CliRun.run(db, "backup", dir.resolve("autre").toString());
            assertThat(b.exit()).isEqualTo(2);
            assertThat(b.err().strip()).contains("ouverte par un autre processus (PID " + holder.pid() + ")")
                    .contains("POST /api/backup").doesNotContain("\n");
            Result restore = CliRun.run(db, "restore", backup.toString(), "--force");
            assertThat(restore.exit()).isEqualTo(2);
            assertThat(restore.err().strip()).contains("arrêtez-le").doesNotContain("\n");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(dir.resolve("autre")).doesNotExist();
    }

    private void ok(String... args) {
        Result r = CliRun.run(db, args);
        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err() + r.out()).isZero();
    }

    private void ok(String command, String kind, Path file) {
        ok(command, kind, file.toString());
    }

    private Path file(String name, String... lines) throws Exception {
        return CliRun.file(dir, name, lines);
    }

    private static Map<String, ?> fingerprintsWithoutClock(Path file) throws Exception {
        try (Store store = Store.open(file, null)) {
            return Fingerprints.of(store.connection(), Backups.WALL_CLOCK_COLUMNS);
        }
    }

    /** Every row of every table as text, tables by name, rows sorted. */
    static List<String> dump(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (Store store = Store.open(file, null)) {
            for (String table : Fingerprints.tables(store.connection())) {
                out.add("== " + table);
                try (Statement s = store.connection().createStatement();
                        ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY ALL")) {
                    ResultSetMetaData md = r.getMetaData();
                    while (r.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            b.append(md.getColumnName(i)).append('=').append(r.getString(i)).append(' ');
                        }
                        out.add(b.toString());
                    }
                }
            }
        }
        return out;
    }
}
