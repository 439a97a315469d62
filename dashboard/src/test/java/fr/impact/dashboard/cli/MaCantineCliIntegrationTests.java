package fr.impact.dashboard.cli;

import fr.impact.dashboard.cli.CliRun.Result;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code ingest achats}, {@code ingest teledeclarations}, {@code egalim-territory} and
 * {@code territorial-share} as scripts use them: exit codes and JSON documents.
 */
class MaCantineCliIntegrationTests {

    @TempDir
    Path dir;

    Result run(String... args) {
        return CliRun.run(dir.resolve("impact.duckdb"), args);
    }

    Path file(String name, String... lines) throws Exception {
        return CliRun.file(dir, name, lines);
    }

    static final String HEADER = "siret,description,fournisseur,date,prix_ht,famille_produits,categories_egalim,"
            + "origine,est_circuit_court,est_local,definition_local,definition_local_km";

    @Test
    void ingestAchatsQuarantinesBadRowsByDefaultAndRefusesInStrictMode() throws Exception {
        Path f = file("achats.csv", HEADER, "21010034300016,Pommes,Le bon traiteur,2024-03-05,90.11,AUTRES,,,,x,PAT,",
                "21010034300016,Poires,Le bon traiteur,2024-03-05,\"90,11\",AUTRES,,,,,,");
        Result strict = run("ingest", "achats", "--strict", "--json", f.toString());
        assertThat(strict.exit()).isEqualTo(2);
        assertThat(strict.json().at("/files/0/status").asString()).isEqualTo("REFUSED");
        assertThat(strict.json().at("/files/0/error/code").asString()).isEqualTo("STRICT_REJECTED");

        Result lenient = run("ingest", "achats", "--json", f.toString());
        assertThat(lenient.exit()).isZero();
        JsonNode file = lenient.json().at("/files/0");
        assertThat(file.get("status").asString()).isEqualTo("LOADED");
        assertThat(file.get("accepted").asLong()).isEqualTo(1);
        JsonNode rejection = file.at("/rejections/0");
        assertThat(rejection.get("line").asLong()).isEqualTo(3);
        assertThat(rejection.get("column").asString()).isEqualTo("prix_ht");
        assertThat(rejection.get("value").asString()).isEqualTo("90,11");
        assertThat(rejection.get("message").asString()).contains("point décimal").contains("90.11");
    }

    @Test
    void aWrongHeaderRefusesTheFileNamingEachColumn() throws Exception {
        Path f = file("achats.csv", HEADER.replace("prix_ht", "prix HT"),
                "21010034300016,Pommes,Le bon traiteur,2024-03-05,90.11,AUTRES,,,,x,PAT,");
        Result r = run("ingest", "achats", "--json", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.json().at("/files/0/error/code").asString()).isEqualTo("ACHATS_HEADER");
        assertThat(r.json().at("/files/0/error/message").asString()).contains("« prix HT » → « prix_ht »");
        assertThat(r.json().at("/files/0/rejections/0/message").asString())
                .isEqualTo("Colonne « prix_ht » : vous avez écrit « prix HT » au lieu de « prix_ht ».");
    }

    @Test
    void egalimTerritoryPrintsTheContractDocument() throws Exception {
        // 2023: PAT 1476 = a (0.30, 0.25: meets the targets) and b (0.10, 0.20); national bio = (0.3 + 0.1 + 0.05) / 3 = 0.15
        Path td = file("campagne_td_2023.csv",
                "year,canteen_siret,canteen_name,canteen_city_insee_code,canteen_pat_list,canteen_department,"
                        + "teledeclaration_ratio_bio,teledeclaration_ratio_egalim_hors_bio",
                "2023,1,A,61001,1476,61,0.3000,0.2500", "2023,2,B,61002,\"1200,1476\",61,0.1000,0.2000",
                "2023,3,C,28001,,28,0.0500,0.0100");
        assertThat(run("ingest", "teledeclarations", td.toString()).exit()).isZero();
        Result r = run("egalim-territory", "--pat", "1476", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).isEqualTo("{\"pat\": \"1476\", \"years\": [{\"year\": 2023, \"canteens\": 2, "
                + "\"mean_bio\": 0.2000, \"mean_egalim_hors_bio\": 0.2250, \"meeting_targets\": 1, "
                + "\"national_mean_bio\": 0.1500}]}");
        assertThat(run("egalim-territory", "--pat", "1476").out()).contains("PAT 1476").contains("20,0");
    }

    @Test
    void territorialShareShowsTheCoverage() throws Exception {
        Path f = file("achats.csv", HEADER, "21010034300016,Pommes,MIL Perche,2024-03-05,75.00,AUTRES,,,,x,PAT,",
                "21010034300016,Riz,Grossiste,2024-04-05,25.00,AUTRES,,,,,,");
        run("ingest", "achats", f.toString());
        Result r = run("territorial-share", "--json");
        assertThat(r.exit()).isZero();
        JsonNode doc = r.json();
        assertThat(doc.get("local_share").decimalValue()).isEqualByComparingTo("0.75");
        assertThat(doc.at("/local_by_definition/PAT").decimalValue()).isEqualByComparingTo("75");
        assertThat(doc.at("/of_which_through_hub/hub_ht").decimalValue()).isEqualByComparingTo("0");
        assertThat(doc.at("/coverage/0/siret").asString()).isEqualTo("21010034300016");
        assertThat(doc.at("/coverage/0/months").toString()).isEqualTo("[\"2024-03\",\"2024-04\"]");
    }
}
