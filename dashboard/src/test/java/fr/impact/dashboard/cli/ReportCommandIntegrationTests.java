package fr.impact.dashboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact report}: the files written and their paths printed; a user's mistake is exit 2 in one sentence. */
class ReportCommandIntegrationTests {

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {}

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", dir.resolve("impact.duckdb").toString()));
        all.addAll(List.of(args));
        int exit = ImpactCli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void sales() throws Exception {
        Path f = dir.resolve("ventes-2024.csv");
        Files.writeString(f, String.join("\n",
                "date;facture;ligne;client_id;client_type;producteur_id;produit;famille;quantite;unite;montant_ht",
                "15/03/2024;F1;1;C1;RESTAURATION_SCOLAIRE;P1;Carottes;FRUITS_ET_LEGUMES;10;kg;1234,56",
                "16/03/2024;F2;1;C2;RESTAURANT;P1;Navets;FRUITS_ET_LEGUMES;2;kg;10,00") + "\n",
                StandardCharsets.UTF_8);
        assertThat(run("ingest", "sales", f.toString()).exit()).isZero();
    }

    @Test
    void writesTheBriefAndPrintsItsPath() throws Exception {
        Path out = dir.resolve("rapports");

        Result r = run("report", "brief", "--year", "2024", "--out", out.toString(), "--generated-on", "2025-01-20");

        assertThat(r.exit()).as(r.err()).isZero();
        Path pdf = out.resolve("brief-2024.pdf");
        assertThat(r.out().strip()).isEqualTo(pdf.toString());
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(d).replace('\u202F', ' ').replace('\u00A0', ' ');
            assertThat(text).contains("produit le 20/01/2025", "1 244,56 €", "ventes-2024.csv");
        }
    }

    @Test
    void takesAPeriodByDatesAndOneBuyer() {
        Path out = dir.resolve("rapports");

        Result r = run("report", "brief", "--from", "2024-03-01", "--to", "2024-03-31", "--buyer", "C1",
                "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(out.resolve("brief-2024-03-01_2024-03-31-C1.pdf")).isRegularFile();
    }

    @Test
    void achatsWritesAMaCantinePurchaseFileAndPrintsItsPath() throws Exception {
        Result r = run("report", "achats", "--year", "2024", "--out", dir.toString());

        assertThat(r.exit()).isZero();
        Path file = dir.resolve("achats-2024.csv");
        Path bilan = dir.resolve("achats-2024-bilan-simple.csv");
        assertThat(r.out().strip().lines()).containsExactly(file.toString(), bilan.toString());
        assertThat(Files.readAllLines(bilan, StandardCharsets.UTF_8)).hasSize(1)
                .allSatisfy(header -> assertThat(header).startsWith("siret,année_bilan,valeur_totale,"));
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly("siret,description,fournisseur,"
                + "date,prix_ht,famille_produits,categories_egalim,origine,est_circuit_court,est_local,"
                + "definition_local,definition_local_km");
    }

    @Test
    void feaderWithoutFundingLedgerSaysWhatToImport() {
        Result r = run("report", "feader", "--year", "2024", "--out", dir.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("financements");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void writesTheFeaderClaimOfAPeriodAndOfOneDemande() throws Exception {
        Path grants = dir.resolve("financements.csv");
        Files.writeString(grants, String.join("\n", "financeur;type;dispositif;montant_attribue;debut;fin",
                "FEADER;PUBLIC_UE;Mesure 16.4;9000;01/01/2024;31/12/2024",
                "Parc;AUTOFINANCEMENT;;1000;01/01/2024;31/12/2024") + "\n", StandardCharsets.UTF_8);
        Path spent = dir.resolve("depenses.csv");
        Files.writeString(spent, String.join("\n", "date;poste;libelle;fournisseur;reference;montant_ht;demande",
                "10/02/2024;PRESTATIONS;Étude;Cabinet;F1;1000,00;ACOMPTE 1",
                "10/06/2024;PRESTATIONS;Suivi;Cabinet;F2;250,25;SOLDE") + "\n", StandardCharsets.UTF_8);
        assertThat(run("ingest", "funding", grants.toString(), spent.toString()).exit()).isZero();
        Path out = dir.resolve("rapports");

        Result year = run("report", "feader", "--year", "2024", "--out", out.toString(), "--generated-on", "2025-01-20");
        Result claim = run("report", "feader", "--claim", "solde", "--out", out.toString());

        assertThat(year.exit()).as(year.err()).isZero();
        assertThat(year.out().lines()).containsExactly(out.resolve("feader-2024.xlsx").toString(),
                out.resolve("feader-2024.pdf").toString());
        assertThat(claim.exit()).as(claim.err()).isZero();
        assertThat(out.resolve("feader-2024-06-10_2024-06-10-solde.pdf")).isRegularFile();
        try (PDDocument d = Loader.loadPDF(out.resolve("feader-2024.pdf").toFile())) {
            String text = new PDFTextStripper().getText(d).replace('\u202F', ' ').replace('\u00A0', ' ');
            assertThat(text).contains("Demande de paiement FEADER", "1 250,25 €", "depenses.csv");
        }
    }

    @Test
    void anUnknownKindExitsWithTwo() {
        Result r = run("report", "bilan", "--year", "2024", "--out", dir.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("« bilan »");
    }

    @Test
    void thePeriodIsAYearOrTwoDatesNotBothNorNeither() {
        assertThat(run("report", "brief", "--out", dir.toString()).exit()).isEqualTo(2);
        assertThat(run("report", "brief", "--year", "2024", "--from", "2024-01-01", "--to", "2024-02-01",
                "--out", dir.toString()).exit()).isEqualTo(2);
        Result onlyFrom = run("report", "brief", "--from", "2024-01-01", "--out", dir.toString());
        assertThat(onlyFrom.exit()).isEqualTo(2);
        assertThat(onlyFrom.err()).contains("--year AAAA");
        assertThat(run("report", "brief", "--from", "2024-03-01", "--to", "2024-02-01", "--out", dir.toString())
                .err()).contains("avant de commencer");
    }

    @Test
    void theOutputFolderIsRequired() {
        Result r = run("report", "brief", "--year", "2024");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--out DOSSIER");
    }

    @Test
    void speaksEnglishWhenAsked() {
        Result r = run("--lang", "en", "report", "bilan", "--year", "2024", "--out", dir.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown kind of report");
    }
}
