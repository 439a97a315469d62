package fr.impact.ingestion.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A large, seeded, French-format sales export for benchmarks and crash tests: {@code ;},
 * decimal comma, {@code dd/MM/yyyy}, UTF-8; five lines per invoice; amounts exactly
 * quantity × price. Written in a streaming way (any number of lines, constant memory).
 */
public final class SyntheticSales {

    public static final String HEADER = "date;facture;ligne;client_id;client_nom;client_type;producteur_id;"
            + "producteur_nom;produit;produit_code;famille;quantite;unite;prix_unitaire_ht;montant_ht;labels;origine";

    private static final String[] FAMILIES = {"FRUITS_ET_LEGUMES", "PRODUITS_LAITIERS", "VIANDES_VOLAILLES",
        "BOULANGERIE", "CHARCUTERIE", "BOISSONS", "AUTRES", "Fruits et légumes frais et surgelés"};
    private static final String[] PRODUCTS = {"Carottes", "Yaourt nature", "Bœuf haché", "Pain de campagne",
        "Pâté de campagne", "Jus de pomme", "Lentilles vertes", "Pommes; Reinette"};
    private static final String[] UNITS = {"kg", "piece", "kg", "piece", "kg", "l", "kg", "kg"};
    private static final String[] SEGMENTS = {"RESTAURATION_SCOLAIRE", "RESTAURATION_MEDICO_SOCIALE",
        "RESTAURANT", "COMMERCE", "RESTAURATION_COLLECTIVE_AUTRE", "AUTRE"};
    private static final String[] LABELS = {"", "", "", "BIO", "LABEL_ROUGE", "HVE|BIO", "IGP", "FERMIER"};

    private SyntheticSales() {}

    /**
     * Writes {@code lines} sales lines dated between {@code firstYear} and {@code lastYear}.
     *
     * @return the file's size in bytes
     */
    public static long write(Path file, long lines, long seed, int firstYear, int lastYear) throws IOException {
        return write(file, lines, seed, firstYear, lastYear, true);
    }

    /**
     * As {@link #write(Path, long, long, int, int)}; without thousands separators when
     * {@code thousands} is false (DuckDB's typed {@code read_csv} cannot read {@code 1 234,56}).
     */
    public static long write(Path file, long lines, long seed, int firstYear, int lastYear, boolean thousands)
            throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(firstYear, 1, 1);
        int days = (int) (LocalDate.of(lastYear, 12, 31).toEpochDay() - start.toEpochDay()) + 1;
        StringBuilder b = new StringBuilder(256);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            LocalDate date = start;
            for (long i = 0; i < lines; i++) {
                int lineInInvoice = (int) (i % 5) + 1;
                if (lineInInvoice == 1) {
                    date = start.plusDays(rnd.nextInt(days));
                }
                long invoice = i / 5;
                int f = rnd.nextInt(FAMILIES.length);
                int client = (int) (invoice % 400);
                int producer = rnd.nextInt(120);
                int qtyCents = 1 + rnd.nextInt(5000);            // 0,01 .. 50,00
                int priceCents = 10 + rnd.nextInt(2000);         // 0,10 .. 20,09
                boolean credit = rnd.nextInt(200) == 0;
                long amountCents = Math.round(qtyCents * (double) priceCents / 100.0);
                b.setLength(0);
                two(b, date.getDayOfMonth());
                b.append('/');
                two(b, date.getMonthValue());
                b.append('/').append(date.getYear()).append(';');
                b.append(credit ? "AV" : "F").append(invoice).append(';').append(lineInInvoice).append(';');
                b.append('C').append(client).append(";Client ").append(client).append(';');
                b.append(SEGMENTS[client % SEGMENTS.length]).append(';');
                b.append('P').append(producer).append(";Producteur ").append(producer).append(';');
                String product = PRODUCTS[f];
                if (product.indexOf(';') >= 0) {
                    b.append('"').append(product).append('"');
                } else {
                    b.append(product);
                }
                b.append(";REF").append(f).append(';').append(FAMILIES[f]).append(';');
                if (credit) {
                    b.append('-');
                }
                cents(b, qtyCents, thousands);
                b.append(';').append(UNITS[f]).append(';');
                cents(b, priceCents, thousands);
                b.append(';');
                if (credit) {
                    b.append('-');
                }
                cents(b, amountCents, thousands);
                b.append(';').append(LABELS[rnd.nextInt(LABELS.length)]).append(";FRANCE\n");
                w.append(b);
            }
        }
        return Files.size(file);
    }

    private static void two(StringBuilder b, int v) {
        if (v < 10) {
            b.append('0');
        }
        b.append(v);
    }

    /** 123456 → "1 234,56" (thousands with a no-break space, as French spreadsheets write them). */
    private static void cents(StringBuilder b, long cents, boolean thousands) {
        long units = cents / 100;
        long c = cents % 100;
        if (thousands && units >= 1000) {
            b.append(units / 1000).append('\u00A0');
            long rest = units % 1000;
            if (rest < 100) {
                b.append('0');
            }
            if (rest < 10) {
                b.append('0');
            }
            b.append(rest);
        } else {
            b.append(units);
        }
        b.append(',');
        if (c < 10) {
            b.append('0');
        }
        b.append(c);
    }
}
