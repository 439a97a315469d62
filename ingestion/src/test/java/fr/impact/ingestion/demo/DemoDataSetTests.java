package fr.impact.ingestion.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.impact.ingestion.demo.DemoDataSet.DemoFiles;
import fr.impact.ingestion.reference.Communes;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataSetTests {

    private static final long SEED = 42;
    private static final YearMonth UNTIL = YearMonth.of(2026, 10);

    private static final String SALES_HEADER = "Date livraison;N° facture;N° ligne;Code client;Client;Type client;"
            + "Code producteur;Producteur;Désignation;Référence;Famille;Quantité;Unité;PU HT;Montant HT;"
            + "Labels EGalim;Origine";

    private static final Set<String> FAMILIES = Set.of(
            "VIANDES_VOLAILLES", "Viandes et volailles fraîches et surgelées",
            "CHARCUTERIE", "Charcuterie",
            "PRODUITS_DE_LA_MER", "Poissons, produits de la mer et de l'aquaculture",
            "FRUITS_ET_LEGUMES", "Fruits et légumes frais et surgelés",
            "PRODUITS_LAITIERS", "BOF (Produits laitiers, beurre et œufs)",
            "BOULANGERIE", "Boulangerie/Pâtisserie fraîches et surgelées",
            "BOISSONS", "Boissons",
            "AUTRES", "Autres produits frais, surgelés et d'épicerie");
    private static final Set<String> UNITS = Set.of("kg", "g", "l", "piece", "botte", "douzaine", "barquette");
    private static final Set<String> LABELS = Set.of("BIO", "LABEL_ROUGE", "AOCAOP", "IGP", "STG", "HVE",
            "PECHE_DURABLE", "RUP", "COMMERCE_EQUITABLE", "FERMIER", "EXTERNALITES", "PERFORMANCE");
    /** Date, invoice, line, buyer, producer, product, family, quantity, unit, amount. */
    private static final int[] REQUIRED = {0, 1, 2, 3, 6, 8, 10, 11, 12, 14};
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @TempDir
    static Path dir;

    private static DemoFiles files;

    @BeforeAll
    static void writeTheDataSet() throws IOException {
        files = DemoDataSet.write(dir.resolve("42"), SEED, UNTIL);
    }

    @Test
    void writesTheSameBytesForTheSameSeed() throws IOException {
        DemoFiles again = DemoDataSet.write(dir.resolve("42-again"), SEED, UNTIL);

        List<Path> first = all(files);
        List<Path> second = all(again);
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i)).hasSameBinaryContentAs(first.get(i));
        }
    }

    @Test
    void writesOtherSalesForAnotherSeed() throws IOException {
        DemoFiles other = DemoDataSet.write(dir.resolve("43"), 43, YearMonth.of(2017, 3));

        assertThat(Files.mismatch(other.sales().get(0), files.sales().get(0))).isNotEqualTo(-1L);
        assertThat(Files.mismatch(other.producers(), files.producers())).isNotEqualTo(-1L);
        assertThat(other.territory()).hasSameBinaryContentAs(files.territory());
    }

    @Test
    void writesEarlierMonthsTheSameWhateverTheLastMonth() throws IOException {
        DemoFiles shorter = DemoDataSet.write(dir.resolve("42-2019"), SEED, YearMonth.of(2019, 12));

        assertThat(shorter.sales()).hasSize(36);
        for (int i = 0; i < 36; i++) {
            assertThat(shorter.sales().get(i)).hasSameBinaryContentAs(files.sales().get(i));
        }
        assertThat(shorter.buyers()).hasSameBinaryContentAs(files.buyers());
    }

    @Test
    void writesOneSalesFilePerMonthFromJanuary2017() {
        assertThat(files.sales()).hasSize(118);
        assertThat(files.sales().get(0).getFileName()).hasToString("ventes-2017-01.csv");
        assertThat(files.sales().get(1).getFileName()).hasToString("ventes-2017-02.csv");
        assertThat(files.sales().get(12).getFileName()).hasToString("ventes-2018-01.csv");
        assertThat(files.sales().get(117).getFileName()).hasToString("ventes-2026-10.csv");
        assertThat(files.sales()).allSatisfy(path -> assertThat(path.getParent()).isEqualTo(dir.resolve("42")));
        assertThat(files.territory().getFileName()).hasToString("territoire.csv");
        assertThat(files.producers().getFileName()).hasToString("producteurs.csv");
        assertThat(files.buyers().getFileName()).hasToString("clients.csv");
    }

    @Test
    void refusesAMonthBeforeTheFirstSales() {
        assertThatThrownBy(() -> DemoDataSet.write(dir.resolve("none"), SEED, YearMonth.of(2016, 12)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesFrenchDesktopCsv() throws IOException {
        for (Path path : all(files)) {
            byte[] bytes = Files.readAllBytes(path);
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).endsWith("\r\n");
            assertThat(text.replace("\r\n", "")).doesNotContain("\n", "\r");
        }
    }

    @Test
    void writesTheExpectedHeaders() throws IOException {
        assertThat(read(files.territory()).get(0)).containsExactly("code", "niveau", "nom");
        assertThat(read(files.producers()).get(0)).containsExactly(
                "producteur_id", "nom", "commune_insee", "siret", "latitude", "longitude", "bio", "date_adhesion");
        assertThat(read(files.buyers()).get(0)).containsExactly(
                "client_id", "nom", "type", "siret", "commune_insee", "latitude", "longitude", "repas_par_jour");
        for (Path sales : files.sales()) {
            assertThat(firstLine(sales)).isEqualTo(SALES_HEADER);
        }
    }

    @Test
    void listsParkCommunesAndTheTwoDepartments() throws IOException {
        Map<String, String> levels = territory();

        assertThat(levels).containsEntry("61293", "PARC") // Mortagne-au-Perche
                .containsEntry("61038", "PARC") // Bellême
                .containsEntry("28280", "PARC") // Nogent-le-Rotrou
                .containsEntry("28373", "PARC") // Senonches
                .containsEntry("61", "PROCHE")
                .containsEntry("28", "PROCHE")
                .doesNotContainKeys("61242", "61394", "28059"); // Le Mage, Saint-Germain-de-la-Coudre, Brezolles
        assertThat(levels).hasSize(62);
    }

    @Test
    void hasFortyProducersAtEveryOriginLevel() throws IOException {
        List<List<String>> producers = rows(files.producers());
        Map<String, String> territory = territory();

        assertThat(producers).hasSize(40);
        Map<String, Long> byLevel = producers.stream()
                .collect(Collectors.groupingBy(row -> level(territory, row.get(2)), TreeMap::new, Collectors.counting()));
        assertThat(byLevel).containsExactly(Map.entry("ELOIGNE", 5L), Map.entry("PARC", 25L), Map.entry("PROCHE", 10L));
        assertThat(producers).allSatisfy(row -> {
            assertThat(row.get(2)).matches("\\d{5}");
            assertThat(Communes.instance().currentCodeOf(row.get(2))).as("%s is a current commune", row.get(2)).isEmpty();
            assertThat(row.get(6)).isIn("oui", "non");
            assertThat(LocalDate.parse(row.get(7), DATE)).isBefore(LocalDate.of(2022, 5, 1));
            assertThat(row.get(4)).matches("4\\d,\\d{4}");
        });
    }

    @Test
    void hasFiftyBuyersOfEverySegment() throws IOException {
        List<List<String>> buyers = rows(files.buyers());

        assertThat(buyers).hasSize(50);
        Map<String, Long> bySegment = buyers.stream()
                .collect(Collectors.groupingBy(row -> row.get(2), TreeMap::new, Collectors.counting()));
        assertThat(bySegment).containsExactly(
                Map.entry("AUTRE", 3L),
                Map.entry("COMMERCE", 6L),
                Map.entry("RESTAURANT", 9L),
                Map.entry("RESTAURATION_COLLECTIVE_AUTRE", 4L),
                Map.entry("RESTAURATION_MEDICO_SOCIALE", 8L),
                Map.entry("RESTAURATION_SCOLAIRE", 20L));
        assertThat(buyers).allSatisfy(row -> {
            boolean canteen = row.get(2).startsWith("RESTAURATION_");
            assertThat(row.get(7)).as("repas_par_jour of %s", row.get(0)).matches(canteen ? "\\d+" : "");
        });
    }

    @Test
    void locatesOneBuyerByAFormerCommuneCode() throws IOException {
        List<List<String>> buyers = rows(files.buyers());

        List<String> randonnai = buyers.stream().filter(row -> row.get(4).equals("61343")).findFirst().orElseThrow();
        assertThat(randonnai.get(1)).isEqualTo("École de Randonnai");
        assertThat(Communes.instance().currentCodeOf("61343")).contains("61491");
        assertThat(buyers).filteredOn(row -> Communes.instance().currentCodeOf(row.get(4)).isPresent()).hasSize(1);
    }

    @Test
    void givesEverySiretAValidLuhnKey() throws IOException {
        List<String> sirets = new ArrayList<>();
        rows(files.producers()).forEach(row -> sirets.add(row.get(3)));
        rows(files.buyers()).forEach(row -> sirets.add(row.get(3)));

        assertThat(sirets).hasSize(90).doesNotHaveDuplicates().allSatisfy(siret -> {
            assertThat(siret).matches("\\d{14}");
            assertThat(luhn(siret)).as("Luhn key of SIRET %s", siret).isTrue();
            assertThat(luhn(siret.substring(0, 9))).as("Luhn key of SIREN %s", siret).isTrue();
        });
    }

    @Test
    void computesEveryAmountAsQuantityTimesPriceRoundedHalfUp() throws IOException {
        int checked = 0;
        for (Path sales : files.sales()) {
            for (List<String> row : rows(sales)) {
                if (problem(row) == null) {
                    BigDecimal quantity = decimal(row.get(11));
                    BigDecimal price = decimal(row.get(13));
                    assertThat(decimal(row.get(14))).as("%s %s", sales.getFileName(), row)
                            .isEqualTo(quantity.multiply(price).setScale(2, RoundingMode.HALF_UP));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100_000);
    }

    @Test
    void keepsTheYearlyVolumeModestAndGrowing() throws IOException {
        Map<Integer, Integer> linesByYear = new TreeMap<>();
        Map<Integer, BigDecimal> amountByYear = new TreeMap<>();
        for (Path sales : files.sales()) {
            int year = Integer.parseInt(sales.getFileName().toString().substring(7, 11));
            for (List<String> row : rows(sales)) {
                linesByYear.merge(year, 1, Integer::sum);
                if (problem(row) == null) {
                    amountByYear.merge(year, decimal(row.get(14)), BigDecimal::add);
                }
            }
        }
        assertThat(linesByYear.values()).allSatisfy(lines -> assertThat(lines).isBetween(5_000, 15_000));
        BigDecimal ratio = amountByYear.get(2020).divide(amountByYear.get(2017), 2, RoundingMode.HALF_UP);
        assertThat(ratio).isBetween(new BigDecimal("1.7"), new BigDecimal("2.5"));
        assertThat(amountByYear.get(2025)).isGreaterThan(amountByYear.get(2020))
                .isLessThan(amountByYear.get(2020).multiply(new BigDecimal("1.6")));
    }

    @Test
    void writesAFewCreditNotesOnTheirOwnInvoices() throws IOException {
        int creditNotes = 0;
        for (Path sales : files.sales()) {
            List<List<String>> credits = rows(sales).stream().filter(row -> row.get(1).startsWith("AV")).toList();
            assertThat(credits).as("credit notes in %s", sales.getFileName()).hasSizeLessThanOrEqualTo(1);
            for (List<String> credit : credits) {
                assertThat(credit.get(1)).matches("AV20\\d\\d-\\d{4}");
                assertThat(credit.get(2)).isEqualTo("1");
                assertThat(decimal(credit.get(11))).isNegative();
                assertThat(decimal(credit.get(14))).isNegative();
                creditNotes++;
            }
        }
        assertThat(creditNotes).isBetween(30, 118);
    }

    @Test
    void numbersInvoicesAndLines() throws IOException {
        for (Path sales : files.sales()) {
            String year = sales.getFileName().toString().substring(7, 11);
            Map<String, List<Integer>> linesByInvoice = new TreeMap<>();
            for (List<String> row : rows(sales)) {
                assertThat(row.get(1)).matches("(F" + year + "-\\d{5})|(AV" + year + "-\\d{4})");
                linesByInvoice.computeIfAbsent(row.get(1), invoice -> new ArrayList<>()).add(Integer.valueOf(row.get(2)));
            }
            linesByInvoice.forEach((invoice, lines) -> assertThat(lines).as(invoice).isEqualTo(
                    java.util.stream.IntStream.rangeClosed(1, lines.size()).boxed().toList()));
        }
    }

    @Test
    void deliversOnWorkingDaysOfTheFileMonth() throws IOException {
        // Easter Mondays and Ascension Days, from the calendar
        Set<String> movableHolidays = Set.of(
                "17/04/2017", "02/04/2018", "22/04/2019", "13/04/2020", "05/04/2021", "18/04/2022", "10/04/2023",
                "01/04/2024", "21/04/2025", "06/04/2026",
                "25/05/2017", "10/05/2018", "30/05/2019", "21/05/2020", "13/05/2021", "26/05/2022", "18/05/2023",
                "09/05/2024", "29/05/2025", "14/05/2026");
        for (Path sales : files.sales()) {
            YearMonth month = YearMonth.parse(sales.getFileName().toString().substring(7, 14));
            for (List<String> row : rows(sales)) {
                if (problem(row) == null) {
                    LocalDate date = LocalDate.parse(row.get(0), DATE);
                    assertThat(YearMonth.from(date)).isEqualTo(month);
                    assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                    assertThat(row.get(0).substring(0, 5)).isNotIn("01/01", "01/05", "08/05", "14/07", "15/08", "01/11",
                            "11/11", "25/12");
                    assertThat(row.get(0)).isNotIn(movableHolidays);
                }
            }
        }
    }

    @Test
    void neverDeliversSchoolCanteensInAugust() throws IOException {
        Set<String> schools = rows(files.buyers()).stream()
                .filter(row -> row.get(2).equals("RESTAURATION_SCOLAIRE"))
                .map(row -> row.get(0))
                .collect(Collectors.toSet());
        assertThat(schools).hasSize(20);
        int august = 0;
        for (Path sales : files.sales()) {
            if (sales.getFileName().toString().endsWith("-08.csv")) {
                List<List<String>> rows = rows(sales);
                august += rows.size();
                assertThat(rows).extracting(row -> row.get(3)).doesNotContainAnyElementsOf(schools);
                assertThat(rows).extracting(row -> row.get(5)).doesNotContain("RESTAURATION_SCOLAIRE");
            }
        }
        assertThat(august).isPositive();
    }

    @Test
    void closesCanteensAndRestaurantsDuringTheFirstLockdown() throws IOException {
        List<List<String>> april2020 = rows(files.sales().get(39));

        assertThat(april2020).extracting(row -> row.get(5))
                .doesNotContain("RESTAURATION_SCOLAIRE", "RESTAURANT", "RESTAURATION_COLLECTIVE_AUTRE")
                .contains("COMMERCE", "RESTAURATION_MEDICO_SOCIALE");
    }

    @Test
    void givesTheFamilySometimesAsCodeSometimesAsLabel() throws IOException {
        List<String> families = rows(files.sales().get(30)).stream().map(row -> row.get(10)).toList();

        assertThat(families).contains("FRUITS_ET_LEGUMES", "Fruits et légumes frais et surgelés");
    }

    @Test
    void quotesAtMostOneProductNameWithASemicolonAMonth() throws IOException {
        int quotedLines = 0;
        for (Path sales : files.sales()) {
            long quoted = Files.readAllLines(sales, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.contains(";\"Pommes; variété Reinette\";")).count();
            assertThat(quoted).as(sales.getFileName().toString()).isLessThanOrEqualTo(1);
            quotedLines += (int) quoted;
        }
        assertThat(quotedLines).isBetween(5, 60);
        assertThat(rows(files.sales().get(0))).as("one quoted ';' in January 2017, read back as one cell")
                .filteredOn(row -> row.get(8).equals("Pommes; variété Reinette")).singleElement()
                .satisfies(row -> assertThat(row).hasSize(17));
    }

    @Test
    void breaksExactlyTenLinesOneWayEach() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path sales : files.sales()) {
            for (List<String> row : rows(sales)) {
                String problem = problem(row);
                if (problem != null) {
                    broken.add(sales.getFileName() + ": " + problem);
                }
            }
        }
        assertThat(broken).containsExactly(
                "ventes-2017-05.csv: amount is not a number",
                "ventes-2017-11.csv: unknown family Épicerie fine",
                "ventes-2018-06.csv: missing Code producteur",
                "ventes-2019-02.csv: impossible date 31/02/2019",
                "ventes-2019-10.csv: zero quantity",
                "ventes-2020-09.csv: unknown unit caisse",
                "ventes-2021-04.csv: unknown label LOCAL",
                "ventes-2022-03.csv: amount and quantity of opposite signs",
                "ventes-2023-06.csv: missing Désignation",
                "ventes-2024-11.csv: 18 cells");
    }

    @Test
    void typesTheLetterOForAZero() throws IOException {
        List<String> amounts = rows(files.sales().get(4)).stream().map(row -> row.get(14))
                .filter(amount -> amount.contains("O")).toList();

        assertThat(amounts).hasSize(1);
        assertThat(amounts.get(0)).matches("\\d+,\\dO");
    }

    // ---------------------------------------------------------------------------------------

    /** What the importer must reject in a sales row (FORMATS.md's row rules), or null. */
    private static String problem(List<String> row) {
        if (row.size() != 17) {
            return row.size() + " cells";
        }
        for (int column : REQUIRED) {
            if (row.get(column).isEmpty()) {
                return "missing " + SALES_HEADER.split(";")[column];
            }
        }
        try {
            LocalDate.parse(row.get(0), DATE);
        } catch (DateTimeParseException e) {
            return "impossible date " + row.get(0);
        }
        if (!FAMILIES.contains(row.get(10))) {
            return "unknown family " + row.get(10);
        }
        if (!UNITS.contains(row.get(12))) {
            return "unknown unit " + row.get(12);
        }
        for (String label : row.get(15).split("\\|")) {
            if (!label.isEmpty() && !LABELS.contains(label)) {
                return "unknown label " + label;
            }
        }
        BigDecimal amount;
        try {
            amount = decimal(row.get(14));
        } catch (NumberFormatException e) {
            return "amount is not a number";
        }
        BigDecimal quantity = decimal(row.get(11));
        if (quantity.signum() == 0) {
            return "zero quantity";
        }
        if (quantity.signum() != amount.signum()) {
            return "amount and quantity of opposite signs";
        }
        return null;
    }

    private static BigDecimal decimal(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    private static String level(Map<String, String> territory, String commune) {
        return territory.getOrDefault(commune, territory.getOrDefault(commune.substring(0, 2), "ELOIGNE"));
    }

    private static Map<String, String> territory() throws IOException {
        return rows(files.territory()).stream().collect(Collectors.toMap(row -> row.get(0), row -> row.get(1)));
    }

    private static List<Path> all(DemoFiles files) {
        List<Path> all = new ArrayList<>(List.of(files.territory(), files.producers(), files.buyers()));
        all.addAll(files.sales());
        return all;
    }

    private static String firstLine(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        return text.substring(1, text.indexOf("\r\n"));
    }

    /** The rows after the header. */
    private static List<List<String>> rows(Path path) throws IOException {
        List<List<String>> records = read(path);
        return records.subList(1, records.size());
    }

    /** A small reader for what the demo writes: BOM, ';', CRLF, fields quoted with '"'. */
    private static List<List<String>> read(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return records;
    }
}
