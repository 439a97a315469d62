package fr.impact.ingestion.demo;

import fr.impact.ingestion.demo.Catalog.Buyer;
import fr.impact.ingestion.demo.Catalog.Family;
import fr.impact.ingestion.demo.Catalog.Level;
import fr.impact.ingestion.demo.Catalog.Producer;
import fr.impact.ingestion.demo.Catalog.Product;
import fr.impact.ingestion.demo.Catalog.Segment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The hub's monthly sales exports. Months must be asked for in order: invoice numbers run on
 * through the year, and every month draws from the same random stream, so a month's lines do
 * not depend on how many months follow it.
 */
final class SalesGenerator {

    static final String HEADER = "Date livraison;N° facture;N° ligne;Code client;Client;Type client;Code producteur;"
            + "Producteur;Désignation;Référence;Famille;Quantité;Unité;PU HT;Montant HT;Labels EGalim;Origine";

    /** Positions in {@link #HEADER} of the cells a broken line spoils. */
    private static final int DATE = 0, PRODUCER_ID = 6, PRODUCT = 8, FAMILY = 10, QUANTITY = 11, UNIT = 12,
            AMOUNT = 14, LABELS = 15;

    /** EGalim labels in DOMAIN.md's order, the order they are written in. */
    private static final List<String> LABEL_ORDER = List.of("BIO", "LABEL_ROUGE", "AOCAOP", "IGP", "STG", "HVE",
            "PECHE_DURABLE", "RUP", "COMMERCE_EQUITABLE", "FERMIER", "EXTERNALITES", "PERFORMANCE");

    private static final String SEMICOLON_APPLES = "Pommes; variété Reinette";

    /** Quantity multiplier by year from 2017, then flat: buyers took more of the hub's range as it grew. */
    private static final double[] VOLUME = {0.90, 0.95, 1.00};
    /** Invoice lines multiplier by year from 2017, then flat. */
    private static final double[] BREADTH = {0.90, 0.95, 1.00};
    /** Price index by year from 2017 (food inflation of 2022–2023 included), +2 % a year after. */
    private static final BigDecimal[] PRICE_INDEX = decimals("1.00", "1.01", "1.02", "1.03", "1.04", "1.09", "1.15", "1.17",
            "1.18", "1.20");
    private static final BigDecimal LATER_INFLATION = new BigDecimal("1.02");
    private static final BigDecimal BIO_PREMIUM = new BigDecimal("1.12");

    private final SplittableRandom random;
    private final Map<String, BigDecimal> producerPriceFactors;
    private final Map<YearMonth, BadLine> badLines = new TreeMap<>();
    /** Price and labels by producer and product ({@code "P001 LEG-CAR"}); prices for the current year. */
    private final Map<String, BigDecimal> prices = new TreeMap<>();
    private final Map<String, String> labels = new TreeMap<>();
    private YearMonth previous;
    private int year;
    private int invoices;
    private int creditNotes;

    SalesGenerator(SplittableRandom random, Map<String, BigDecimal> producerPriceFactors) {
        this.random = random;
        this.producerPriceFactors = producerPriceFactors;
        for (BadLine bad : BadLine.values()) {
            badLines.put(bad.month, bad);
        }
    }

    /** The deliberately broken lines: one in each of ten months, each breaking one import rule. */
    enum BadLine {
        /** A letter O typed for a zero: {@code 12,5O}. */
        AMOUNT_WITH_LETTER_O("2017-05"),
        /** A family that is neither a code nor a label: {@code Épicerie fine}. */
        UNKNOWN_FAMILY("2017-11"),
        /** The producer code left empty. */
        MISSING_PRODUCER("2018-06"),
        /** {@code 31/02/2019}. */
        IMPOSSIBLE_DATE("2019-02"),
        /** A quantity of {@code 0}, amount {@code 0,00}. */
        ZERO_QUANTITY("2019-10"),
        /** A unit the hub does not use: {@code caisse}. */
        UNKNOWN_UNIT("2020-09"),
        /** {@code LOCAL} among the labels: local is tracked beside EGalim, it is not one of its categories. */
        UNKNOWN_LABEL("2021-04"),
        /** A positive quantity with a negative amount. */
        OPPOSITE_SIGNS("2022-03"),
        /** The product label left empty. */
        MISSING_PRODUCT("2023-06"),
        /** {@code Pommes; variété Reinette} written without quotes: one cell too many. */
        UNQUOTED_SEMICOLON("2024-11");

        final YearMonth month;

        BadLine(String month) {
            this.month = YearMonth.parse(month);
        }
    }

    /** The rows of one month's export, in date, invoice and line order. */
    List<String[]> month(YearMonth month) {
        if (previous != null && !month.equals(previous.plusMonths(1))) {
            throw new IllegalStateException("months must follow each other: " + month + " after " + previous);
        }
        previous = month;
        if (month.getYear() != year) {
            year = month.getYear();
            prices.clear();
            invoices = 0;
            creditNotes = 0;
        }
        Offers offers = new Offers(month);
        List<Line> lines = new ArrayList<>();
        for (Delivery delivery : deliveries(month)) {
            String invoice = invoiceNumber("F", ++invoices, 5);
            lines.addAll(invoiceLines(delivery, invoice, offers));
        }
        if (!lines.isEmpty() && random.nextDouble() < 0.55) {
            lines.add(creditNote(lines.get(random.nextInt(lines.size()))));
        }
        lines.sort(Comparator.comparing(Line::date).thenComparing(Line::invoice).thenComparingInt(Line::number));

        List<String[]> rows = new ArrayList<>(lines.size());
        for (Line line : lines) {
            rows.add(line.cells(random.nextInt(3) == 0));
        }
        int bad = -1;
        BadLine badLine = badLines.get(month);
        if (badLine != null) {
            bad = breakOne(badLine, rows, lines);
        }
        quoteOneSemicolon(rows, lines, bad);
        return rows;
    }

    // ---------------------------------------------------------------------------------------
    // Deliveries

    private record Delivery(LocalDate date, Buyer buyer) {}

    private List<Delivery> deliveries(YearMonth month) {
        List<Delivery> deliveries = new ArrayList<>();
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate date = month.atDay(day);
            if (!WorkCalendar.isWorkingDay(date)) {
                continue;
            }
            for (Buyer buyer : Catalog.BUYERS) {
                if (buyer.buysIn(month) && buyer.days().contains(date.getDayOfWeek()) && open(buyer, date)
                        && random.nextDouble() < orderProbability(buyer.segment())) {
                    deliveries.add(new Delivery(date, buyer));
                }
            }
        }
        return deliveries;
    }

    private static boolean open(Buyer buyer, LocalDate date) {
        switch (buyer.segment()) {
            case RESTAURATION_SCOLAIRE:
                return !WorkCalendar.schoolClosed(date);
            case RESTAURATION_COLLECTIVE_AUTRE:
                return !WorkCalendar.officesClosed(date);
            case RESTAURANT:
            case AUTRE:
                return !WorkCalendar.restaurantsClosed(date);
            default:
                return true;
        }
    }

    private static double orderProbability(Segment segment) {
        switch (segment) {
            case RESTAURATION_SCOLAIRE:
            case RESTAURATION_MEDICO_SOCIALE:
                return 0.9;
            case COMMERCE:
                return 0.85;
            default:
                return 0.7;
        }
    }

    // ---------------------------------------------------------------------------------------
    // Invoice lines

    /** A sale line before formatting. */
    private record Line(LocalDate date, String invoice, int number, Buyer buyer, Producer producer, Product product,
            BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String labels) {

        String[] cells(boolean familyAsLabel) {
            return new String[] {
                FrenchCsv.date(date), invoice, Integer.toString(number), buyer.id(), buyer.name(),
                buyer.segment().name(), producer.id(), producer.name(), product.name(), product.ref(),
                familyAsLabel ? product.family().label : product.family().name(), FrenchCsv.quantity(quantity),
                product.unit(), FrenchCsv.decimal(unitPrice), FrenchCsv.decimal(amount), labels, "FRANCE",
            };
        }
    }

    private List<Line> invoiceLines(Delivery delivery, String invoice, Offers offers) {
        Buyer buyer = delivery.buyer();
        int[] range = linesPerInvoice(buyer.segment());
        double breadth = yearly(BREADTH);
        if (buyer.segment() == Segment.COMMERCE && WorkCalendar.firstLockdown(delivery.date())) {
            breadth *= 1.5;
        }
        int count = Math.max(1, (int) Math.round((range[0] + random.nextInt(range[1] - range[0] + 1)) * breadth));
        List<Line> lines = new ArrayList<>(count);
        List<Product> chosen = new ArrayList<>(count);
        for (int attempt = 0; lines.size() < count && attempt < count * 4; attempt++) {
            Product product = offers.pickProduct(buyer.segment());
            if (product == null || chosen.contains(product)) {
                continue;
            }
            chosen.add(product);
            Producer producer = offers.pickProducer(product);
            BigDecimal quantity = quantity(product, buyer);
            String key = producer.id() + ' ' + product.ref();
            BigDecimal unitPrice = prices.computeIfAbsent(key, k -> unitPrice(producer, product));
            String lineLabels = labels.computeIfAbsent(key, k -> labels(producer, product));
            lines.add(new Line(delivery.date(), invoice, lines.size() + 1, buyer, producer, product, quantity, unitPrice,
                    amount(quantity, unitPrice), lineLabels));
        }
        return lines;
    }

    /** {@code F2019-00123}, {@code AV2019-0004}. */
    private String invoiceNumber(String prefix, int number, int digits) {
        StringBuilder text = new StringBuilder(prefix).append(year).append('-');
        String value = Integer.toString(number);
        for (int i = value.length(); i < digits; i++) {
            text.append('0');
        }
        return text.append(value).toString();
    }

    private static int[] linesPerInvoice(Segment segment) {
        switch (segment) {
            case RESTAURATION_SCOLAIRE:
                return new int[] {3, 7};
            case RESTAURATION_MEDICO_SOCIALE:
                return new int[] {4, 8};
            case COMMERCE:
                return new int[] {5, 10};
            default:
                return new int[] {2, 6};
        }
    }

    private BigDecimal quantity(Product product, Buyer buyer) {
        double volume = yearly(VOLUME);
        double raw;
        if (buyer.meals() != null && product.forCanteens()) {
            // the hub supplies part of a canteen's food, a smaller part of a big kitchen's
            double hubShare = Math.sqrt(Math.min(1.0, 150.0 / buyer.meals()));
            raw = buyer.meals() * product.portion().doubleValue() * hubShare * (0.4 + 0.4 * random.nextDouble()) * volume;
        } else {
            raw = (product.retailMin() + random.nextDouble() * (product.retailMax() - product.retailMin()))
                    * buyer.size() * volume;
        }
        return roundQuantity(raw, product);
    }

    /**
     * Weighed meat keeps its three decimals; other goods by the kg to 0.1 or 0.5 kg; units whole.
     * ({@code new BigDecimal(double)} is exact: no dependence on {@code Double.toString}, which
     * changed in JDK 19.)
     */
    private static BigDecimal roundQuantity(double raw, Product product) {
        if (!product.unit().equals("kg")) {
            return BigDecimal.valueOf(Math.max(1, Math.round(raw)));
        }
        if (product.family() == Family.VIANDES_VOLAILLES || product.family() == Family.CHARCUTERIE) {
            return new BigDecimal(Math.max(0.2, raw)).setScale(3, RoundingMode.HALF_UP);
        }
        if (raw >= 10) {
            return BigDecimal.valueOf(Math.round(raw * 2), 0).multiply(new BigDecimal("0.5"));
        }
        return new BigDecimal(Math.max(0.5, raw)).setScale(1, RoundingMode.HALF_UP);
    }

    /** The producer's price for the year: the 2017 price, the price index, a bio premium, its own level. */
    private BigDecimal unitPrice(Producer producer, Product product) {
        int index = year - DemoDataSet.FIRST_MONTH.getYear();
        BigDecimal priceIndex = index < PRICE_INDEX.length ? PRICE_INDEX[index]
                : PRICE_INDEX[PRICE_INDEX.length - 1].multiply(LATER_INFLATION.pow(index - PRICE_INDEX.length + 1));
        BigDecimal price = product.price().multiply(priceIndex).multiply(producerPriceFactors.get(producer.id()));
        return (producer.bio() ? price.multiply(BIO_PREMIUM) : price).setScale(2, RoundingMode.HALF_UP);
    }

    /** Quantity × unit price, rounded half-up to the cent (away from zero for credit notes). */
    static BigDecimal amount(BigDecimal quantity, BigDecimal unitPrice) {
        return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
    }

    private static String labels(Producer producer, Product product) {
        List<String> labels = new ArrayList<>();
        if (producer.bio()) {
            labels.add("BIO");
        }
        labels.addAll(product.labels());
        if (producer.labelFamily() == null || producer.labelFamily() == product.family()) {
            labels.addAll(producer.labels());
        }
        StringBuilder text = new StringBuilder();
        for (String label : LABEL_ORDER) {
            if (labels.contains(label)) {
                text.append(text.length() == 0 ? "" : "|").append(label);
            }
        }
        return text.toString();
    }

    /** The value for the current year: 2017, 2018… in the table, then the last value. */
    private double yearly(double[] table) {
        return table[Math.min(year - DemoDataSet.FIRST_MONTH.getYear(), table.length - 1)];
    }

    private static BigDecimal[] decimals(String... values) {
        BigDecimal[] decimals = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            decimals[i] = new BigDecimal(values[i]);
        }
        return decimals;
    }

    // ---------------------------------------------------------------------------------------
    // Credit notes, broken lines, a quoted ';'

    /** Part or all of a line sent back, credited on a separate invoice a few working days later. */
    private Line creditNote(Line sold) {
        LocalDate date = sold.date();
        for (int days = 1 + random.nextInt(5); days > 0; ) {
            date = date.plusDays(1);
            if (WorkCalendar.isWorkingDay(date)) {
                days--;
            }
        }
        if (date.getMonthValue() != sold.date().getMonthValue()) {
            date = sold.date();
        }
        BigDecimal part = roundQuantity(sold.quantity().doubleValue() * (0.2 + 0.8 * random.nextDouble()), sold.product())
                .min(sold.quantity());
        BigDecimal quantity = part.negate();
        String invoice = invoiceNumber("AV", ++creditNotes, 4);
        return new Line(date, invoice, 1, sold.buyer(), sold.producer(), sold.product(), quantity, sold.unitPrice(),
                amount(quantity, sold.unitPrice()), sold.labels());
    }

    /** Breaks one ordinary sale line (not a credit note); returns its index. */
    private int breakOne(BadLine bad, List<String[]> rows, List<Line> lines) {
        int index = random.nextInt(rows.size());
        while (lines.get(index).quantity().signum() < 0) {
            index = (index + 1) % rows.size();
        }
        // a zero is mistyped where there is one; a ';' slips into a name that has one
        for (int i = 0; i < rows.size(); i++) {
            int candidate = (index + i) % rows.size();
            Line line = lines.get(candidate);
            boolean fits = bad == BadLine.AMOUNT_WITH_LETTER_O ? rows.get(candidate)[AMOUNT].endsWith("0")
                    : bad != BadLine.UNQUOTED_SEMICOLON || line.product().ref().equals("FRU-REI");
            if (fits && line.quantity().signum() > 0) {
                index = candidate;
                break;
            }
        }
        String[] row = rows.get(index);
        switch (bad) {
            case AMOUNT_WITH_LETTER_O:
                row[AMOUNT] = row[AMOUNT].substring(0, row[AMOUNT].length() - 1) + "O";
                break;
            case UNKNOWN_FAMILY:
                row[FAMILY] = "Épicerie fine";
                break;
            case MISSING_PRODUCER:
                row[PRODUCER_ID] = "";
                break;
            case IMPOSSIBLE_DATE:
                row[DATE] = "31/02/" + bad.month.getYear();
                break;
            case ZERO_QUANTITY:
                row[QUANTITY] = "0";
                row[AMOUNT] = "0,00";
                break;
            case UNKNOWN_UNIT:
                row[UNIT] = "caisse";
                break;
            case UNKNOWN_LABEL:
                row[LABELS] = row[LABELS].isEmpty() ? "LOCAL" : row[LABELS] + "|LOCAL";
                break;
            case OPPOSITE_SIGNS:
                row[AMOUNT] = "-" + row[AMOUNT];
                break;
            case MISSING_PRODUCT:
                row[PRODUCT] = "";
                break;
            case UNQUOTED_SEMICOLON:
                // written as two cells: the quotes the export forgot
                String[] longer = new String[row.length + 1];
                System.arraycopy(row, 0, longer, 0, PRODUCT);
                longer[PRODUCT] = "Pommes";
                longer[PRODUCT + 1] = " variété Reinette";
                System.arraycopy(row, PRODUCT + 1, longer, PRODUCT + 2, row.length - PRODUCT - 1);
                rows.set(index, longer);
                break;
            default:
                throw new IllegalStateException("unexpected " + bad);
        }
        return index;
    }

    /** Now and then one line of Reinette apples named with a ';', which the export must quote. */
    private void quoteOneSemicolon(List<String[]> rows, List<Line> lines, int bad) {
        if (random.nextDouble() >= 0.5) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (i != bad && lines.get(i).product().ref().equals("FRU-REI")) {
                rows.get(i)[PRODUCT] = SEMICOLON_APPLES;
                return;
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // What can be sold this month

    /** Products in season with at least one producer selling through the hub this month. */
    private final class Offers {

        private final Map<Family, List<Product>> all = new EnumMap<>(Family.class);
        private final Map<Family, List<Product>> forCanteens = new EnumMap<>(Family.class);
        private final Map<String, List<Producer>> producers = new TreeMap<>();

        Offers(YearMonth month) {
            for (Producer producer : Catalog.PRODUCERS) {
                if (producer.sellsIn(month)) {
                    for (String ref : producer.products()) {
                        producers.computeIfAbsent(ref, r -> new ArrayList<>()).add(producer);
                    }
                }
            }
            for (Product product : Catalog.PRODUCTS) {
                if (product.inSeason(month.getMonthValue()) && producers.containsKey(product.ref())) {
                    all.computeIfAbsent(product.family(), f -> new ArrayList<>()).add(product);
                    if (product.forCanteens()) {
                        forCanteens.computeIfAbsent(product.family(), f -> new ArrayList<>()).add(product);
                    }
                }
            }
        }

        /** A family weighted by what the segment buys, then a product of it, or {@code null}. */
        Product pickProduct(Segment segment) {
            Map<Family, List<Product>> available = segment.collectiveCatering() ? forCanteens : all;
            int[] weights = familyWeights(segment);
            int total = 0;
            for (Family family : Family.values()) {
                if (available.containsKey(family)) {
                    total += weights[family.ordinal()];
                }
            }
            if (total == 0) {
                return null;
            }
            int draw = random.nextInt(total);
            for (Family family : Family.values()) {
                if (available.containsKey(family)) {
                    draw -= weights[family.ordinal()];
                    if (draw < 0) {
                        List<Product> candidates = available.get(family);
                        return candidates.get(random.nextInt(candidates.size()));
                    }
                }
            }
            throw new IllegalStateException("unreachable");
        }

        /** A producer of the product, park producers first. */
        Producer pickProducer(Product product) {
            List<Producer> candidates = producers.get(product.ref());
            int total = 0;
            for (Producer producer : candidates) {
                total += weight(producer.level());
            }
            int draw = random.nextInt(total);
            for (Producer producer : candidates) {
                draw -= weight(producer.level());
                if (draw < 0) {
                    return producer;
                }
            }
            throw new IllegalStateException("unreachable");
        }

        private int weight(Level level) {
            return level == Level.PARC ? 3 : level == Level.PROCHE ? 2 : 1;
        }
    }

    /**
     * Weights by family, in {@link Family} order: meat, charcuterie, fish, fruit and vegetables,
     * dairy, bakery, drinks, other.
     */
    private static int[] familyWeights(Segment segment) {
        switch (segment) {
            case RESTAURATION_SCOLAIRE:
            case RESTAURATION_MEDICO_SOCIALE:
            case RESTAURATION_COLLECTIVE_AUTRE:
                return new int[] {20, 5, 4, 32, 25, 7, 3, 4};
            case RESTAURANT:
                return new int[] {22, 8, 8, 30, 15, 4, 9, 4};
            case COMMERCE:
                return new int[] {6, 10, 2, 25, 20, 10, 14, 13};
            default:
                return new int[] {18, 10, 5, 28, 15, 8, 10, 6};
        }
    }
}
