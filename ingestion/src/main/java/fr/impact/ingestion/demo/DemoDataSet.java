package fr.impact.ingestion.demo;

import static java.util.Objects.requireNonNull;

import fr.impact.ingestion.demo.Catalog.Buyer;
import fr.impact.ingestion.demo.Catalog.Place;
import fr.impact.ingestion.demo.Catalog.Producer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes the demo data set of the Parc naturel régional du Perche and its hub: the territory,
 * the producers, the buyers and one sales export per month from January 2017.
 *
 * <p>The files are what a park officer receives (';', UTF-8 with BOM, CRLF, decimal comma,
 * {@code dd/MM/yyyy}, quotes only where needed) and follow FORMATS.md:
 * <ul>
 *   <li>{@code territoire.csv} — {@code code;niveau;nom}: the park communes of the demo as
 *       {@code PARC} (a hand-checked part of the park's 91), Orne (61) and Eure-et-Loir (28)
 *       as {@code PROCHE};
 *   <li>{@code producteurs.csv} — 40 producers: 25 in the park, 10 elsewhere in Orne and
 *       Eure-et-Loir, 5 farther away (Sarthe, Calvados, Loir-et-Cher, Finistère);
 *   <li>{@code clients.csv} — 50 buyers of every segment, school canteens first; one is located
 *       by a former commune code (Randonnai, {@code 61343}, now part of Tourouvre au Perche);
 *   <li>{@code ventes-YYYY-MM.csv} — one invoice per delivery on working days, seasonal
 *       products, revenue roughly doubling from 2017 to 2020 then growing slowly, no school
 *       deliveries in August, the 2020–2021 closures, at most one credit note a month (every
 *       other month or so: {@code AV2019-0004}, negative quantity and amount), at most one
 *       product name with a quoted ';' a month ({@code "Pommes; variété Reinette"}), and
 *       exactly ten deliberately broken lines for the import quarantine, one in each of these
 *       files: an amount typed {@code 12,5O} (2017-05), the family {@code Épicerie fine}
 *       (2017-11), no producer code (2018-06), the date {@code 31/02/2019} (2019-02), a
 *       quantity of {@code 0} (2019-10), the unit {@code caisse} (2020-09), the label
 *       {@code LOCAL}, which is no EGalim category (2021-04), a negative amount for a positive
 *       quantity (2022-03), no product name (2023-06), and a product name with an unquoted ';',
 *       one cell too many (2024-11);
 *   <li>{@code financements.csv}, {@code budget.csv}, {@code depenses.csv}, {@code versements.csv}
 *       — the park's 2017–2020 programme for the hub as a funding ledger (see
 *       {@link FundingProgramme}): 165 000 € of public funding on 195 000 €, public rate 0.8462.
 * </ul>
 *
 * <p>Deterministic: the same seed and last month give byte-identical files (one
 * {@link SplittableRandom}, no clock, no hash ordering), and a month's file does not depend on
 * the last month asked for. Pass the last complete month: lines dated after today are
 * rejected by the importer.
 */
public final class DemoDataSet {

    /** The first month of sales. */
    public static final YearMonth FIRST_MONTH = YearMonth.of(2017, 1);

    private DemoDataSet() {}

    /**
     * The files written, sales in month order; the funding ledger as {@code financements},
     * {@code budget}, {@code depenses}, {@code versements}.
     */
    public record DemoFiles(Path territory, Path producers, Path buyers, List<Path> sales, List<Path> funding) {
        public DemoFiles {
            requireNonNull(territory, "territory is null");
            requireNonNull(producers, "producers is null");
            requireNonNull(buyers, "buyers is null");
            sales = List.copyOf(sales);
            funding = List.copyOf(funding);
        }
    }

    /**
     * Writes the data set into {@code dir} (created if needed; files of the same names are
     * replaced).
     *
     * @param until the last month of sales, inclusive; not before January 2017
     */
    public static DemoFiles write(Path dir, long seed, YearMonth until) throws IOException {
        requireNonNull(dir, "dir is null");
        requireNonNull(until, "until is null");
        if (until.isBefore(FIRST_MONTH)) {
            throw new IllegalArgumentException("until must be " + FIRST_MONTH + " or later: " + until);
        }
        Files.createDirectories(dir);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom reference = root.split();
        SplittableRandom sales = root.split();

        Path territory = dir.resolve("territoire.csv");
        List<String[]> territoryRows = new ArrayList<>(Catalog.PARK_COMMUNES);
        territoryRows.addAll(Catalog.NEAR_DEPARTMENTS);
        FrenchCsv.write(territory, "code;niveau;nom", territoryRows);

        Map<String, BigDecimal> priceFactors = new TreeMap<>();
        Path producers = dir.resolve("producteurs.csv");
        FrenchCsv.write(producers, "producteur_id;nom;commune_insee;siret;latitude;longitude;bio;date_adhesion",
                producerRows(reference, priceFactors));

        Path buyers = dir.resolve("clients.csv");
        FrenchCsv.write(buyers, "client_id;nom;type;siret;commune_insee;latitude;longitude;repas_par_jour",
                buyerRows(reference));

        SalesGenerator generator = new SalesGenerator(sales, priceFactors);
        List<Path> salesFiles = new ArrayList<>();
        for (YearMonth month = FIRST_MONTH; !month.isAfter(until); month = month.plusMonths(1)) {
            Path file = dir.resolve(String.format("ventes-%d-%02d.csv", month.getYear(), month.getMonthValue()));
            FrenchCsv.write(file, SalesGenerator.HEADER, generator.month(month));
            salesFiles.add(file);
        }
        List<Path> funding = FundingProgramme.write(dir, until).all();
        return new DemoFiles(territory, producers, buyers, salesFiles, funding);
    }

    private static List<String[]> producerRows(SplittableRandom random, Map<String, BigDecimal> priceFactors) {
        List<String[]> rows = new ArrayList<>();
        for (Producer producer : Catalog.PRODUCERS) {
            String siret = Siret.generate(random, Integer.toString(3 + random.nextInt(6)));
            String[] coordinates = near(random, producer.place(), 150);
            String joined = FrenchCsv.date(producer.joined().atDay(1 + random.nextInt(28)));
            priceFactors.put(producer.id(), BigDecimal.valueOf(92 + random.nextInt(17), 2));
            rows.add(new String[] {
                producer.id(), producer.name(), producer.place().code(), siret, coordinates[0], coordinates[1],
                producer.bio() ? "oui" : "non", joined,
            });
        }
        return rows;
    }

    private static List<String[]> buyerRows(SplittableRandom random) {
        List<String[]> rows = new ArrayList<>();
        for (Buyer buyer : Catalog.BUYERS) {
            String siret = Siret.generate(random, buyer.sirenPrefix());
            String[] coordinates = near(random, buyer.place(), 30);
            rows.add(new String[] {
                buyer.id(), buyer.name(), buyer.segment().name(), siret, buyer.place().code(), coordinates[0],
                coordinates[1], buyer.meals() == null ? "" : buyer.meals().toString(),
            });
        }
        return rows;
    }

    /** Latitude and longitude within {@code spread} ten-thousandths of a degree of the place. */
    private static String[] near(SplittableRandom random, Place place, int spread) {
        BigDecimal latitude = place.latitude().add(BigDecimal.valueOf(random.nextInt(-spread, spread + 1), 4));
        BigDecimal longitude = place.longitude().add(BigDecimal.valueOf(random.nextInt(-spread, spread + 1), 4));
        return new String[] {
            FrenchCsv.decimal(latitude.setScale(4, RoundingMode.UNNECESSARY)),
            FrenchCsv.decimal(longitude.setScale(4, RoundingMode.UNNECESSARY)),
        };
    }
}
