package fr.impact.ingestion.demo;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The fixed part of the demo: places, products, producers and buyers. Commune codes and names
 * are those of the Code officiel géographique 2026 (checked in
 * {@code @etalab/decoupage-administratif} 6.0.0); coordinates are approximate town centres.
 * Farm, shop and restaurant names are made up.
 */
final class Catalog {

    private Catalog() {}

    /** A segment of DOMAIN.md. */
    enum Segment {
        RESTAURATION_SCOLAIRE, RESTAURATION_MEDICO_SOCIALE, RESTAURATION_COLLECTIVE_AUTRE, RESTAURANT, COMMERCE, AUTRE;

        boolean collectiveCatering() {
            return this == RESTAURATION_SCOLAIRE || this == RESTAURATION_MEDICO_SOCIALE || this == RESTAURATION_COLLECTIVE_AUTRE;
        }
    }

    /** A product family: its ma-cantine code and French label. */
    enum Family {
        VIANDES_VOLAILLES("Viandes et volailles fraîches et surgelées"),
        CHARCUTERIE("Charcuterie"),
        PRODUITS_DE_LA_MER("Poissons, produits de la mer et de l'aquaculture"),
        FRUITS_ET_LEGUMES("Fruits et légumes frais et surgelés"),
        PRODUITS_LAITIERS("BOF (Produits laitiers, beurre et œufs)"),
        BOULANGERIE("Boulangerie/Pâtisserie fraîches et surgelées"),
        BOISSONS("Boissons"),
        AUTRES("Autres produits frais, surgelés et d'épicerie");

        final String label;

        Family(String label) {
            this.label = label;
        }
    }

    /** Where a producer stands for the demo territory. */
    enum Level {
        PARC, PROCHE, ELOIGNE
    }

    /** A commune: current INSEE code (or, once, a former one), name, approximate centre. */
    record Place(String code, String name, BigDecimal latitude, BigDecimal longitude) {
        Place {
            requireNonNull(code, "code is null");
            requireNonNull(name, "name is null");
        }
    }

    /**
     * A product as the hub sells it.
     *
     * @param months bit {@code 1 << m} set when sold in month {@code m} (1–12)
     * @param portion quantity per meal for collective catering; {@code null} when canteens do not buy it
     * @param retailMin smallest usual quantity for a restaurant or a shop
     * @param retailMax largest usual quantity for a restaurant or a shop
     * @param labels EGalim labels of the product itself (an AOP cheese), whoever makes it
     */
    record Product(String ref, String name, Family family, String unit, BigDecimal price, int months,
            BigDecimal portion, int retailMin, int retailMax, List<String> labels) {
        Product {
            requireNonNull(ref, "ref is null");
            requireNonNull(family, "family is null");
            labels = List.copyOf(labels);
        }

        boolean inSeason(int month) {
            return (months & (1 << month)) != 0;
        }

        boolean forCanteens() {
            return portion != null;
        }
    }

    /**
     * A producer.
     *
     * @param lastMonth the last month it sells through the hub, or {@code null}
     * @param labels EGalim labels it holds (HVE, FERMIER, LABEL_ROUGE…)
     * @param labelFamily the family those labels apply to, or {@code null} for all its products
     */
    record Producer(String id, String name, Place place, Level level, boolean bio, YearMonth joined,
            YearMonth lastMonth, List<String> products, List<String> labels, Family labelFamily) {
        Producer {
            requireNonNull(id, "id is null");
            products = List.copyOf(products);
            labels = List.copyOf(labels);
        }

        boolean sellsIn(YearMonth month) {
            return month.isAfter(joined) && (lastMonth == null || !month.isAfter(lastMonth));
        }
    }

    /**
     * A buyer.
     *
     * @param meals meals a day for collective catering, else {@code null}
     * @param lastMonth the last month it buys, or {@code null}
     * @param days the weekdays it is delivered
     * @param size a multiplier of its usual quantities
     * @param sirenPrefix the first digits of its SIREN (public bodies start with 1 or 2)
     * @param openMonths bit {@code 1 << m} set when open in month {@code m} (1–12)
     */
    record Buyer(String id, String name, Segment segment, Place place, Integer meals, YearMonth joined,
            YearMonth lastMonth, Set<DayOfWeek> days, double size, String sirenPrefix, int openMonths) {
        Buyer {
            requireNonNull(id, "id is null");
            days = Set.copyOf(days);
        }

        boolean buysIn(YearMonth month) {
            return !month.isBefore(joined) && (lastMonth == null || !month.isAfter(lastMonth))
                    && (openMonths & (1 << month.getMonthValue())) != 0;
        }

        Buyer openOnlyIn(int months) {
            return new Buyer(id, name, segment, place, meals, joined, lastMonth, days, size, sirenPrefix, months);
        }
    }

    // ---------------------------------------------------------------------------------------
    // Places

    private static Place place(String code, String name, String latitude, String longitude) {
        return new Place(code, name, new BigDecimal(latitude), new BigDecimal(longitude));
    }

    // Park communes (PARC)
    static final Place MORTAGNE = place("61293", "Mortagne-au-Perche", "48.5206", "0.5472");
    static final Place BELLEME = place("61038", "Bellême", "48.3750", "0.5603");
    static final Place REMALARD = place("61345", "Rémalard en Perche", "48.4292", "0.7775");
    static final Place LONGNY = place("61230", "Longny les Villages", "48.5303", "0.7522");
    static final Place TOUROUVRE = place("61491", "Tourouvre au Perche", "48.5897", "0.6525");
    static final Place BELFORET = place("61196", "Belforêt-en-Perche", "48.3897", "0.5314");
    static final Place NOCE = place("61309", "Perche en Nocé", "48.3836", "0.6817");
    static final Place VAL_AU_PERCHE = place("61484", "Val-au-Perche", "48.2731", "0.7181");
    static final Place SABLONS = place("61116", "Sablons sur Huisne", "48.3833", "0.8517");
    static final Place BRETONCELLES = place("61061", "Bretoncelles", "48.4317", "0.8878");
    static final Place CETON = place("61079", "Ceton", "48.2261", "0.7494");
    static final Place MOUTIERS = place("61300", "Moutiers-au-Perche", "48.4783", "0.8450");
    static final Place SOLIGNY = place("61475", "Soligny-la-Trappe", "48.6153", "0.5381");
    static final Place MONTLIGEON = place("61097", "La Chapelle-Montligeon", "48.4836", "0.6597");
    static final Place NOGENT = place("28280", "Nogent-le-Rotrou", "48.3217", "0.8219");
    static final Place AUTHON = place("28018", "Authon-du-Perche", "48.1931", "0.8911");
    static final Place THIRON = place("28387", "Thiron-Gardais", "48.3119", "0.9947");
    static final Place LA_LOUPE = place("28214", "La Loupe", "48.4733", "1.0150");
    static final Place SENONCHES = place("28373", "Senonches", "48.5581", "1.0372");
    static final Place COUDRAY = place("28111", "Coudray-au-Perche", "48.2356", "0.8714");
    static final Place BEAUMONT = place("28031", "Beaumont-les-Autels", "48.2408", "0.9444");
    static final Place SOUANCE = place("28378", "Souancé-au-Perche", "48.2631", "0.8586");
    static final Place MANOU = place("28232", "Manou", "48.5272", "0.9661");
    static final Place BUTHON = place("28362", "Saint-Victor-de-Buthon", "48.3917", "0.9842");
    static final Place CHAMPROND = place("28072", "Champrond-en-Perchet", "48.3181", "0.8781");

    /** A commune déléguée of Tourouvre au Perche since 2016: a former code, for one buyer. */
    static final Place RANDONNAI = place("61343", "Randonnai", "48.6403", "0.6881");

    // Orne and Eure-et-Loir outside the park (PROCHE)
    static final Place ALENCON = place("61001", "Alençon", "48.4322", "0.0914");
    static final Place CAMEMBERT = place("61071", "Camembert", "48.8922", "0.1778");
    static final Place DOMFRONT = place("61145", "Domfront en Poiraie", "48.5931", "-0.6456");
    static final Place LE_MAGE = place("61242", "Le Mage", "48.5775", "0.8153");
    static final Place LA_COUDRE = place("61394", "Saint-Germain-de-la-Coudre", "48.2800", "0.6131");
    static final Place SEES = place("61464", "Sées", "48.6053", "0.1719");
    static final Place BREZOLLES = place("28059", "Brezolles", "48.6903", "1.0728");
    static final Place CHATEAUDUN = place("28088", "Châteaudun", "48.0708", "1.3381");
    static final Place BROU = place("28061", "Brou", "48.2125", "1.1661");
    static final Place ILLIERS = place("28196", "Illiers-Combray", "48.3006", "1.2450");
    static final Place CHARTRES = place("28085", "Chartres", "48.4469", "1.4892");

    // Farther away (ELOIGNE)
    static final Place LOUE = place("72168", "Loué", "47.9961", "-0.1497");
    static final Place PORT_EN_BESSIN = place("14515", "Port-en-Bessin-Huppain", "49.3458", "-0.7539");
    static final Place LIVAROT = place("14371", "Livarot-Pays-d'Auge", "49.0050", "0.1497");
    static final Place SELLES = place("41242", "Selles-sur-Cher", "47.2764", "1.5539");
    static final Place PLOUGASTEL = place("29189", "Plougastel-Daoulas", "48.3725", "-4.3703");
    static final Place PARIS = place("75056", "Paris", "48.8566", "2.3522");

    /** The park communes of the demo territory: a hand-checked part of the park's 91 communes. */
    static final List<String[]> PARK_COMMUNES = List.of(
            park("61293", "Mortagne-au-Perche"),
            park("61038", "Bellême"),
            park("61345", "Rémalard en Perche"),
            park("61230", "Longny les Villages"),
            park("61491", "Tourouvre au Perche"),
            park("61196", "Belforêt-en-Perche"),
            park("61309", "Perche en Nocé"),
            park("61484", "Val-au-Perche"),
            park("61050", "Cour-Maugis sur Huisne"),
            park("61116", "Sablons sur Huisne"),
            park("61061", "Bretoncelles"),
            park("61079", "Ceton"),
            park("61300", "Moutiers-au-Perche"),
            park("61475", "Soligny-la-Trappe"),
            park("61426", "Saint-Martin-du-Vieux-Bellême"),
            park("61160", "Feings"),
            park("61229", "Loisail"),
            park("61129", "Courgeon"),
            park("61348", "Réveillon"),
            park("61255", "Mauves-sur-Huisne"),
            park("61113", "Comblot"),
            park("61118", "Corbon"),
            park("61404", "Saint-Hilaire-le-Châtel"),
            park("61046", "Bizou"),
            park("61097", "La Chapelle-Montligeon"),
            park("61414", "Saint-Langis-lès-Mortagne"),
            park("61206", "L'Hôme-Chamondot"),
            park("61274", "Les Menus"),
            park("61418", "Saint-Mard-de-Réno"),
            park("61381", "Saint-Denis-sur-Huisne"),
            park("61395", "Saint-Germain-des-Grois"),
            park("61043", "Berd'huis"),
            park("61405", "Saint-Hilaire-sur-Erre"),
            park("28280", "Nogent-le-Rotrou"),
            park("28018", "Authon-du-Perche"),
            park("28387", "Thiron-Gardais"),
            park("28214", "La Loupe"),
            park("28373", "Senonches"),
            park("28236", "Arcisses"),
            park("28031", "Beaumont-les-Autels"),
            park("28016", "Les Autels-Villevillon"),
            park("28038", "Béthonvilliers"),
            park("28111", "Coudray-au-Perche"),
            park("28219", "Luigny"),
            park("28252", "Miermaigne"),
            park("28378", "Souancé-au-Perche"),
            park("28395", "Trizay-Coutretot-Saint-Serge"),
            park("28407", "Vichères"),
            park("28232", "Manou"),
            park("28362", "Saint-Victor-de-Buthon"),
            park("28156", "Fontaine-Simon"),
            park("28033", "Belhomert-Guéhouville"),
            park("28335", "Saint-Éliph"),
            park("28105", "Combres"),
            park("28175", "La Gaudaine"),
            park("28342", "Saint-Jean-Pierre-Fixte"),
            park("28072", "Champrond-en-Perchet"),
            park("28010", "Argenvilliers"),
            park("28327", "Saint-Bomer"),
            park("28080", "Charbonnières"));

    /** The departments counted as close to the park (PROCHE). */
    static final List<String[]> NEAR_DEPARTMENTS = List.of(
            new String[] {"61", "PROCHE", "Orne"},
            new String[] {"28", "PROCHE", "Eure-et-Loir"});

    private static String[] park(String code, String name) {
        return new String[] {code, "PARC", name};
    }

    // ---------------------------------------------------------------------------------------
    // Products

    private static final int ALL_YEAR = 0b1_1111_1111_1110;

    /** Months {@code first} to {@code last} inclusive, wrapping over the new year. */
    private static int months(int first, int last) {
        int mask = 0;
        for (int m = first; ; m = m % 12 + 1) {
            mask |= 1 << m;
            if (m == last) {
                return mask;
            }
        }
    }

    private static Product product(String ref, String name, Family family, String unit, String price, int months,
            String portion, int retailMin, int retailMax, String... labels) {
        return new Product(ref, name, family, unit, new BigDecimal(price), months,
                portion == null ? null : new BigDecimal(portion), retailMin, retailMax, List.of(labels));
    }

    private static final Family FL = Family.FRUITS_ET_LEGUMES;
    private static final Family BOF = Family.PRODUITS_LAITIERS;
    private static final Family VV = Family.VIANDES_VOLAILLES;
    private static final Family CH = Family.CHARCUTERIE;

    /** Every product, in a fixed order. Prices are 2017 prices, excluding VAT. */
    static final List<Product> PRODUCTS = List.of(
            product("LEG-CAR", "Carottes", FL, "kg", "1.60", ALL_YEAR, "0.08", 5, 20),
            product("LEG-CFA", "Carottes fanes", FL, "botte", "2.20", months(5, 7), "0.05", 5, 15),
            product("LEG-PDT", "Pommes de terre", FL, "kg", "1.10", months(7, 5), "0.15", 10, 40),
            product("LEG-POI", "Poireaux", FL, "kg", "2.40", months(10, 3), "0.08", 4, 15),
            product("LEG-CHO", "Chou vert frisé", FL, "piece", "2.10", months(11, 3), "0.10", 3, 10),
            product("LEG-CHR", "Chou rouge", FL, "kg", "1.90", months(10, 3), "0.06", 3, 8),
            product("LEG-CHF", "Chou-fleur", FL, "piece", "2.60", months(9, 11) | months(3, 4), "0.10", 3, 10),
            product("LEG-BUT", "Courge butternut", FL, "kg", "2.20", months(9, 1), "0.10", 4, 15),
            product("LEG-POT", "Potimarron", FL, "kg", "2.40", months(9, 12), "0.10", 4, 12),
            product("LEG-RAD", "Radis roses", FL, "botte", "1.30", months(4, 6), "0.05", 5, 20),
            product("LEG-ASP", "Asperges vertes", FL, "kg", "11.50", months(4, 6), null, 1, 5),
            product("LEG-TOM", "Tomates", FL, "kg", "3.20", months(7, 9), "0.08", 4, 15),
            product("LEG-TCE", "Tomates cerises", FL, "barquette", "2.60", months(7, 9), "0.05", 5, 20),
            product("LEG-COU", "Courgettes", FL, "kg", "2.00", months(6, 9), "0.10", 4, 15),
            product("LEG-HAR", "Haricots verts", FL, "kg", "5.50", months(7, 9), "0.08", 2, 8),
            product("LEG-SAL", "Salade batavia", FL, "piece", "1.10", months(4, 10), "0.10", 5, 20),
            product("LEG-BET", "Betteraves rouges cuites", FL, "kg", "2.90", months(10, 3), "0.05", 2, 8),
            product("LEG-OIG", "Oignons jaunes", FL, "kg", "1.80", ALL_YEAR, "0.02", 3, 10),
            product("LEG-CEL", "Céleri-rave", FL, "kg", "2.10", months(10, 3), "0.06", 2, 6),
            product("LEG-NAV", "Navets", FL, "kg", "1.90", months(10, 3), "0.06", 2, 6),
            product("LEG-SAF", "Safran du Perche", FL, "g", "28.00", ALL_YEAR, null, 1, 5),
            product("FRU-FRA", "Fraises (barquette 500 g)", FL, "barquette", "3.90", months(5, 7), "0.12", 5, 20),
            product("FRU-FRB", "Framboises (barquette 250 g)", FL, "barquette", "3.50", months(6, 9), null, 4, 12),
            product("FRU-REI", "Pommes Reinette", FL, "kg", "2.20", months(9, 4), "0.15", 5, 20),
            product("FRU-BOS", "Pommes Boskoop", FL, "kg", "2.10", months(10, 3), "0.15", 5, 20),
            product("FRU-CON", "Poires Conférence", FL, "kg", "2.60", months(9, 2), "0.15", 4, 15),
            product("LAI-LAI", "Lait entier", BOF, "l", "1.05", ALL_YEAR, "0.10", 10, 40),
            product("LAI-YAN", "Yaourt nature", BOF, "piece", "0.38", ALL_YEAR, "1", 24, 96),
            product("LAI-YAF", "Yaourt aux fruits", BOF, "piece", "0.45", ALL_YEAR, "1", 24, 96),
            product("LAI-FBL", "Fromage blanc", BOF, "kg", "3.80", ALL_YEAR, "0.10", 2, 10),
            product("LAI-CRE", "Crème fraîche", BOF, "l", "6.20", ALL_YEAR, "0.01", 1, 5),
            product("LAI-BEU", "Beurre doux", BOF, "kg", "11.50", ALL_YEAR, "0.01", 1, 5),
            product("OEU-OEU", "Œufs plein air", BOF, "douzaine", "3.30", ALL_YEAR, "0.15", 5, 30),
            product("FRO-CAM", "Camembert de Normandie", BOF, "piece", "3.70", ALL_YEAR, "0.125", 6, 24, "AOCAOP"),
            product("FRO-CHE", "Crottin de chèvre", BOF, "piece", "1.90", months(3, 11), "0.25", 10, 40),
            product("FRO-TOM", "Tomme du Perche", BOF, "kg", "17.50", ALL_YEAR, "0.02", 1, 4),
            product("FRO-LIV", "Livarot", BOF, "piece", "5.90", ALL_YEAR, null, 3, 10, "AOCAOP"),
            product("FRO-PLE", "Pont-l'Évêque", BOF, "piece", "5.20", ALL_YEAR, "0.08", 3, 10, "AOCAOP"),
            product("FRO-SEL", "Selles-sur-Cher", BOF, "piece", "4.30", months(3, 12), "0.10", 4, 12, "AOCAOP"),
            product("VOL-POU", "Poulet entier", VV, "kg", "8.40", ALL_YEAR, "0.12", 5, 20),
            product("VOL-FIL", "Filets de poulet", VV, "kg", "15.20", ALL_YEAR, "0.10", 2, 8),
            product("VOL-PIN", "Pintade", VV, "kg", "10.80", months(9, 4), "0.12", 2, 6),
            product("BOV-HAC", "Bœuf haché", VV, "kg", "12.40", ALL_YEAR, "0.08", 3, 10),
            product("BOV-BOU", "Bœuf bourguignon", VV, "kg", "13.20", ALL_YEAR, "0.10", 3, 10),
            product("BOV-ROT", "Rôti de bœuf", VV, "kg", "22.50", ALL_YEAR, "0.08", 2, 6),
            product("BOV-VEA", "Sauté de veau", VV, "kg", "17.80", ALL_YEAR, "0.10", 2, 6),
            product("POR-SAU", "Sauté de porc", VV, "kg", "8.90", ALL_YEAR, "0.10", 3, 10),
            product("POR-ROT", "Rôti de porc", VV, "kg", "10.40", ALL_YEAR, "0.09", 3, 8),
            product("CHA-SAU", "Saucisses fraîches", CH, "kg", "10.90", ALL_YEAR, "0.08", 2, 8),
            product("CHA-BOU", "Boudin noir de Mortagne", CH, "kg", "14.20", ALL_YEAR, "0.07", 1, 5),
            product("CHA-PAT", "Pâté de campagne", CH, "kg", "13.50", ALL_YEAR, "0.03", 1, 4),
            product("CHA-JAM", "Jambon blanc", CH, "kg", "16.50", ALL_YEAR, "0.04", 1, 5),
            product("CHA-RIL", "Rillettes", CH, "kg", "15.00", ALL_YEAR, "0.03", 1, 4),
            product("MER-LIE", "Filet de lieu noir", Family.PRODUITS_DE_LA_MER, "kg", "14.50", ALL_YEAR, "0.10", 2, 6,
                    "PECHE_DURABLE"),
            product("MER-MAQ", "Maquereau", Family.PRODUITS_DE_LA_MER, "kg", "8.20", months(4, 10), "0.10", 2, 6),
            product("MER-SJA", "Noix de Saint-Jacques", Family.PRODUITS_DE_LA_MER, "kg", "34.00", months(10, 5), null, 1, 3,
                    "LABEL_ROUGE"),
            product("BOU-PCA", "Pain de campagne", Family.BOULANGERIE, "kg", "4.20", ALL_YEAR, "0.04", 2, 8),
            product("BOU-BAG", "Baguette du Perche", Family.BOULANGERIE, "piece", "1.15", ALL_YEAR, "0.20", 10, 40),
            product("BOU-BRI", "Brioche \"pur beurre\"", Family.BOULANGERIE, "piece", "6.80", ALL_YEAR, "0.05", 2, 8),
            product("BOU-MIE", "Pain de mie", Family.BOULANGERIE, "piece", "3.30", ALL_YEAR, "0.02", 2, 6),
            product("BOI-JUS", "Jus de pomme", Family.BOISSONS, "l", "2.30", ALL_YEAR, "0.10", 6, 24),
            product("BOI-CID", "Cidre brut", Family.BOISSONS, "l", "4.10", ALL_YEAR, null, 6, 24, "IGP"),
            product("BOI-POM", "Pommeau de Normandie", Family.BOISSONS, "l", "15.50", ALL_YEAR, null, 2, 6, "AOCAOP"),
            product("BOI-POI", "Poiré Domfront", Family.BOISSONS, "l", "6.20", ALL_YEAR, null, 3, 12, "AOCAOP"),
            product("EPI-FAR", "Farine de blé T65", Family.AUTRES, "kg", "1.35", ALL_YEAR, "0.01", 5, 25),
            product("EPI-SAR", "Farine de sarrasin", Family.AUTRES, "kg", "2.90", ALL_YEAR, "0.005", 2, 10),
            product("EPI-LEN", "Lentilles vertes", Family.AUTRES, "kg", "4.20", ALL_YEAR, "0.04", 2, 10),
            product("EPI-HUI", "Huile de colza", Family.AUTRES, "l", "6.40", ALL_YEAR, "0.005", 1, 6),
            product("EPI-MIE", "Miel de fleurs", Family.AUTRES, "kg", "12.80", ALL_YEAR, "0.005", 1, 5),
            product("EPI-VIN", "Vinaigre de cidre", Family.AUTRES, "l", "4.40", ALL_YEAR, "0.002", 1, 4));

    // ---------------------------------------------------------------------------------------
    // Producers

    private static final List<String> NONE = List.of();
    private static final List<String> HVE = List.of("HVE");
    private static final List<String> FERMIER = List.of("FERMIER");

    private static Producer producer(String id, String name, Place place, Level level, boolean bio, String joined,
            String lastMonth, List<String> labels, Family labelFamily, String... products) {
        return new Producer(id, name, place, level, bio, YearMonth.parse(joined),
                lastMonth == null ? null : YearMonth.parse(lastMonth), List.of(products), labels, labelFamily);
    }

    private static final Level PARC = Level.PARC;
    private static final Level PROCHE = Level.PROCHE;
    private static final Level ELOIGNE = Level.ELOIGNE;

    /** The 40 producers, in id order; those who joined in 2016 sell from January 2017. */
    static final List<Producer> PRODUCERS = List.of(
            producer("P001", "Les Jardins de Courboyer", NOCE, PARC, true, "2016-06", null, NONE, null,
                    "LEG-CAR", "LEG-CFA", "LEG-PDT", "LEG-POI", "LEG-RAD", "LEG-TOM", "LEG-TCE", "LEG-COU", "LEG-SAL",
                    "LEG-BUT", "LEG-POT", "LEG-BET", "FRU-FRA"),
            producer("P002", "GAEC du Val d'Huisne", SABLONS, PARC, false, "2016-06", null, HVE, null,
                    "LEG-CAR", "LEG-PDT", "LEG-POI", "LEG-CHO", "LEG-CHR", "LEG-CHF", "LEG-OIG", "LEG-CEL", "LEG-NAV",
                    "LEG-COU", "LEG-HAR", "LEG-TOM", "LEG-SAL", "LEG-ASP"),
            producer("P003", "Ferme de la Grande Noë", MOUTIERS, PARC, true, "2016-07", null, NONE, null,
                    "LAI-LAI", "LAI-YAN", "LAI-YAF", "LAI-FBL", "LAI-CRE", "LAI-BEU"),
            producer("P004", "EARL des Vergers de la Trappe", SOLIGNY, PARC, false, "2016-07", null, HVE, null,
                    "FRU-REI", "FRU-BOS", "FRU-CON", "BOI-JUS"),
            producer("P005", "Cidrerie du Val de Même", BELLEME, PARC, false, "2016-09", null, NONE, null,
                    "BOI-JUS", "BOI-CID", "BOI-POM", "EPI-VIN"),
            producer("P006", "EARL de la Butte aux Bœufs", LONGNY, PARC, false, "2016-09", null, NONE, null,
                    "BOV-HAC", "BOV-BOU", "BOV-ROT", "BOV-VEA"),
            producer("P007", "Ferme des Grands Prés", TOUROUVRE, PARC, false, "2016-09", null, FERMIER, VV,
                    "VOL-POU", "VOL-FIL", "VOL-PIN", "OEU-OEU"),
            producer("P008", "Salaisons de la Chapelle", MORTAGNE, PARC, false, "2016-10", null, NONE, null,
                    "POR-SAU", "POR-ROT", "CHA-SAU", "CHA-BOU", "CHA-PAT", "CHA-JAM", "CHA-RIL"),
            producer("P009", "Le Fournil de Rémalard", REMALARD, PARC, true, "2016-10", null, NONE, null,
                    "BOU-PCA", "BOU-BAG", "BOU-BRI", "BOU-MIE"),
            producer("P010", "Moulin de la Fontaine", BRETONCELLES, PARC, true, "2016-10", null, NONE, null,
                    "EPI-FAR", "EPI-SAR"),
            producer("P011", "Rucher des Bruyères", BELFORET, PARC, false, "2016-11", null, NONE, null,
                    "EPI-MIE"),
            producer("P012", "Chèvrerie du Coudray", COUDRAY, PARC, false, "2016-11", null, FERMIER, null,
                    "FRO-CHE", "FRO-TOM"),
            producer("P013", "Les Potagers de Thiron", THIRON, PARC, true, "2017-03", null, NONE, null,
                    "LEG-CAR", "LEG-PDT", "LEG-POI", "LEG-RAD", "LEG-TOM", "LEG-COU", "LEG-SAL", "LEG-POT", "LEG-OIG",
                    "FRU-FRA", "FRU-FRB"),
            producer("P014", "GAEC des Autels", BEAUMONT, PARC, false, "2016-11", null, NONE, null,
                    "LAI-LAI", "LAI-YAN", "LAI-FBL", "LAI-BEU", "LAI-CRE"),
            producer("P015", "EARL du Bois Joly", AUTHON, PARC, false, "2016-12", null, HVE, null,
                    "BOV-HAC", "BOV-BOU", "BOV-ROT"),
            producer("P016", "Ferme des Tilleuls", LA_LOUPE, PARC, true, "2017-06", null, NONE, null,
                    "OEU-OEU", "VOL-POU"),
            producer("P017", "Ferme des Vallées", MANOU, PARC, true, "2018-01", null, NONE, null,
                    "EPI-LEN", "EPI-HUI", "EPI-FAR"),
            producer("P018", "Maraîchage du Theil", VAL_AU_PERCHE, PARC, false, "2016-12", null, NONE, null,
                    "LEG-CAR", "LEG-PDT", "LEG-CHO", "LEG-CHF", "LEG-BUT", "LEG-TOM", "LEG-COU", "LEG-HAR", "LEG-SAL",
                    "LEG-NAV"),
            producer("P019", "GAEC de la Rivière", SOUANCE, PARC, false, "2017-09", null, NONE, null,
                    "POR-SAU", "POR-ROT", "CHA-SAU", "CHA-PAT", "CHA-JAM"),
            producer("P020", "Vergers de Senonches", SENONCHES, PARC, true, "2018-03", null, NONE, null,
                    "FRU-REI", "FRU-BOS", "FRU-CON", "BOI-JUS"),
            producer("P021", "Boulangerie du Marché", NOGENT, PARC, false, "2019-01", null, NONE, null,
                    "BOU-PCA", "BOU-BAG", "BOU-MIE"),
            producer("P022", "Ferme de Buthon", BUTHON, PARC, true, "2019-04", null, NONE, null,
                    "BOV-HAC", "BOV-BOU", "BOV-VEA"),
            producer("P023", "Cidrerie de Ceton", CETON, PARC, true, "2020-02", null, NONE, null,
                    "BOI-JUS", "BOI-CID", "EPI-VIN"),
            producer("P024", "Ferme de Montligeon", MONTLIGEON, PARC, false, "2016-12", "2021-06", FERMIER, VV,
                    "VOL-POU", "VOL-PIN", "OEU-OEU"),
            producer("P025", "Les Jardins de Champrond", CHAMPROND, PARC, false, "2021-03", null, HVE, null,
                    "LEG-CAR", "LEG-PDT", "LEG-POI", "LEG-BUT", "LEG-OIG", "LEG-CEL", "LEG-BET", "LEG-SAF"),
            producer("P026", "Ferme de la Héronnière", CAMEMBERT, PROCHE, false, "2016-09", null, FERMIER, null,
                    "FRO-CAM"),
            producer("P027", "Cave du Domfrontais", DOMFRONT, PROCHE, false, "2016-10", null, NONE, null,
                    "BOI-POI", "BOI-POM", "BOI-CID"),
            producer("P028", "Les Maraîchers d'Alençon", ALENCON, PROCHE, false, "2016-11", null, NONE, null,
                    "LEG-CAR", "LEG-PDT", "LEG-POI", "LEG-CHO", "LEG-TOM", "LEG-COU", "LEG-SAL", "LEG-OIG"),
            producer("P029", "EARL du Mage", LE_MAGE, PROCHE, false, "2018-05", null, NONE, null,
                    "BOV-HAC", "BOV-BOU", "BOV-ROT", "BOV-VEA"),
            producer("P030", "Laiterie de la Coudre", LA_COUDRE, PROCHE, false, "2016-12", null, NONE, null,
                    "LAI-LAI", "LAI-YAN", "LAI-YAF", "LAI-FBL"),
            producer("P031", "Vergers de Sées", SEES, PROCHE, false, "2018-09", null, HVE, null,
                    "FRU-REI", "FRU-BOS", "FRU-CON"),
            producer("P032", "Moulin de Brezolles", BREZOLLES, PROCHE, false, "2019-06", null, NONE, null,
                    "EPI-FAR", "EPI-LEN"),
            producer("P033", "Volailles du Dunois", CHATEAUDUN, PROCHE, false, "2019-09", null, NONE, null,
                    "VOL-POU", "VOL-FIL", "OEU-OEU"),
            producer("P034", "Maraîchage bio de Brou", BROU, PROCHE, true, "2020-05", "2023-12", NONE, null,
                    "LEG-CAR", "LEG-PDT", "LEG-POI", "LEG-TOM", "LEG-COU", "LEG-SAL", "LEG-POT"),
            producer("P035", "GAEC de Combray", ILLIERS, PROCHE, false, "2021-09", null, NONE, null,
                    "POR-SAU", "POR-ROT", "CHA-RIL", "CHA-SAU"),
            producer("P036", "Volailles de Loué", LOUE, ELOIGNE, false, "2016-12", null,
                    List.of("LABEL_ROUGE", "FERMIER"), VV,
                    "VOL-POU", "VOL-FIL", "VOL-PIN", "OEU-OEU"),
            producer("P037", "Pêcheries du Bessin", PORT_EN_BESSIN, ELOIGNE, false, "2017-04", null, NONE, null,
                    "MER-LIE", "MER-MAQ", "MER-SJA"),
            producer("P038", "Fromagerie du Pays d'Auge", LIVAROT, ELOIGNE, false, "2018-10", null, NONE, null,
                    "FRO-LIV", "FRO-PLE"),
            producer("P039", "Chèvrerie de la Sauldre", SELLES, ELOIGNE, false, "2020-10", null, FERMIER, null,
                    "FRO-SEL"),
            producer("P040", "Fraises de l'Elorn", PLOUGASTEL, ELOIGNE, false, "2022-04", null, NONE, null,
                    "FRU-FRA", "LEG-TOM", "LEG-TCE"));

    // ---------------------------------------------------------------------------------------
    // Buyers

    private static final Segment SCOLAIRE = Segment.RESTAURATION_SCOLAIRE;
    private static final Segment MEDICO = Segment.RESTAURATION_MEDICO_SOCIALE;
    private static final Segment COLLECTIVE = Segment.RESTAURATION_COLLECTIVE_AUTRE;
    private static final Segment RESTAURANT = Segment.RESTAURANT;
    private static final Segment COMMERCE = Segment.COMMERCE;
    private static final Segment AUTRE = Segment.AUTRE;

    private static Buyer buyer(String id, String name, Segment segment, Place place, Integer meals, String joined,
            String lastMonth, double size, String sirenPrefix, DayOfWeek... days) {
        return new Buyer(id, name, segment, place, meals, YearMonth.parse(joined),
                lastMonth == null ? null : YearMonth.parse(lastMonth), EnumSet.of(days[0], days), size, sirenPrefix, ALL_YEAR);
    }

    /** The 50 buyers, in id order. */
    static final List<Buyer> BUYERS = List.of(
            buyer("C001", "École élémentaire de Mortagne-au-Perche", SCOLAIRE, MORTAGNE, 180, "2017-01", null, 1, "21", MONDAY, THURSDAY),
            buyer("C002", "École primaire de Bellême", SCOLAIRE, BELLEME, 140, "2017-01", null, 1, "21", TUESDAY),
            buyer("C003", "Restaurant scolaire de Rémalard", SCOLAIRE, REMALARD, 120, "2017-01", null, 1, "21", MONDAY),
            buyer("C004", "École de Longny-au-Perche", SCOLAIRE, LONGNY, 110, "2017-01", null, 1, "21", THURSDAY),
            buyer("C005", "École de Randonnai", SCOLAIRE, RANDONNAI, 60, "2017-09", null, 1, "21", TUESDAY),
            buyer("C006", "École primaire du Theil", SCOLAIRE, VAL_AU_PERCHE, 90, "2018-09", null, 1, "21", MONDAY),
            buyer("C007", "École de Bretoncelles", SCOLAIRE, BRETONCELLES, 80, "2018-01", null, 1, "21", THURSDAY),
            buyer("C008", "Restauration scolaire de Nogent-le-Rotrou", SCOLAIRE, NOGENT, 450, "2017-01", null, 1, "21", MONDAY, THURSDAY),
            buyer("C009", "École d'Authon-du-Perche", SCOLAIRE, AUTHON, 100, "2017-01", null, 1, "21", TUESDAY),
            buyer("C010", "École de Thiron-Gardais", SCOLAIRE, THIRON, 90, "2019-09", null, 1, "21", THURSDAY),
            buyer("C011", "École de La Loupe", SCOLAIRE, LA_LOUPE, 160, "2020-01", null, 1, "21", MONDAY),
            buyer("C012", "Collège de Mortagne-au-Perche", SCOLAIRE, MORTAGNE, 420, "2017-01", null, 1, "19", MONDAY, THURSDAY),
            buyer("C013", "Collège de Bellême", SCOLAIRE, BELLEME, 300, "2017-01", null, 1, "19", TUESDAY),
            buyer("C014", "Collège de Longny-au-Perche", SCOLAIRE, LONGNY, 250, "2017-09", null, 1, "19", WEDNESDAY),
            buyer("C015", "Collège de Nogent-le-Rotrou", SCOLAIRE, NOGENT, 550, "2017-01", null, 1, "19", MONDAY, THURSDAY),
            buyer("C016", "Collège de Senonches", SCOLAIRE, SENONCHES, 280, "2019-09", null, 1, "19", TUESDAY),
            buyer("C017", "Lycée de Mortagne-au-Perche", SCOLAIRE, MORTAGNE, 600, "2018-09", null, 1, "19", TUESDAY, FRIDAY),
            buyer("C018", "Lycée de Nogent-le-Rotrou", SCOLAIRE, NOGENT, 700, "2018-01", null, 1, "19", MONDAY, THURSDAY),
            buyer("C019", "Lycée agricole de Sées", SCOLAIRE, SEES, 350, "2020-09", null, 1, "19", WEDNESDAY),
            buyer("C020", "Cuisine centrale de Tourouvre au Perche", SCOLAIRE, TOUROUVRE, 900, "2018-09", null, 1, "21", MONDAY, WEDNESDAY, FRIDAY),
            buyer("C021", "Centre hospitalier de Mortagne-au-Perche", MEDICO, MORTAGNE, 350, "2017-01", null, 1, "26", TUESDAY, FRIDAY),
            buyer("C022", "Centre hospitalier de Nogent-le-Rotrou", MEDICO, NOGENT, 400, "2018-03", null, 1, "26", WEDNESDAY),
            buyer("C023", "EHPAD de Bellême", MEDICO, BELLEME, 160, "2017-01", null, 1, "26", WEDNESDAY),
            buyer("C024", "EHPAD de Longny-au-Perche", MEDICO, LONGNY, 140, "2017-10", null, 1, "26", TUESDAY),
            buyer("C025", "EHPAD de Rémalard", MEDICO, REMALARD, 120, "2018-09", null, 1, "26", THURSDAY),
            buyer("C026", "EHPAD de Tourouvre", MEDICO, TOUROUVRE, 110, "2020-01", null, 1, "26", WEDNESDAY),
            buyer("C027", "EHPAD d'Authon-du-Perche", MEDICO, AUTHON, 100, "2019-06", "2024-06", 1, "26", TUESDAY),
            buyer("C028", "Foyer de vie de La Loupe", MEDICO, LA_LOUPE, 80, "2021-09", null, 1, "7", THURSDAY),
            buyer("C029", "Restaurant administratif de la Maison du Parc", COLLECTIVE, NOCE, 40, "2017-03", null, 1, "25", TUESDAY),
            buyer("C030", "Restaurant inter-entreprises de Nogent-le-Rotrou", COLLECTIVE, NOGENT, 250, "2019-03", null, 1, "7", MONDAY, THURSDAY),
            buyer("C031", "Restaurant administratif d'Alençon", COLLECTIVE, ALENCON, 200, "2021-09", null, 1, "13", WEDNESDAY),
            buyer("C032", "Centre de vacances de Senonches", COLLECTIVE, SENONCHES, 80, "2018-04", null, 1, "7", FRIDAY)
                    .openOnlyIn(months(4, 10)),
            buyer("C033", "L'Auberge du Val", RESTAURANT, BELLEME, null, "2017-01", null, 1.2, "8", TUESDAY, FRIDAY),
            buyer("C034", "Le Relais de Tourouvre", RESTAURANT, TOUROUVRE, null, "2017-01", null, 1, "8", WEDNESDAY),
            buyer("C035", "La Table de Mortagne", RESTAURANT, MORTAGNE, null, "2017-01", "2020-02", 0.9, "8", TUESDAY),
            buyer("C036", "Bistrot du Perche", RESTAURANT, NOGENT, null, "2017-03", null, 1.1, "8", TUESDAY, FRIDAY),
            buyer("C037", "L'Estaminet de Rémalard", RESTAURANT, REMALARD, null, "2018-06", null, 0.8, "8", THURSDAY),
            buyer("C038", "Le Grand Cerf", RESTAURANT, SENONCHES, null, "2019-04", null, 1, "8", FRIDAY),
            buyer("C039", "Crêperie de Longny", RESTAURANT, LONGNY, null, "2020-07", null, 0.7, "8", WEDNESDAY),
            buyer("C040", "Le Moulin de Thiron", RESTAURANT, THIRON, null, "2021-05", null, 1, "8", TUESDAY),
            buyer("C041", "Le Percheron — bistrot parisien", RESTAURANT, PARIS, null, "2022-03", null, 1.5, "8", THURSDAY),
            buyer("C042", "Épicerie du Perche", COMMERCE, MORTAGNE, null, "2017-01", null, 1.5, "5", TUESDAY, FRIDAY),
            buyer("C043", "Halle des producteurs de Bellême", COMMERCE, BELLEME, null, "2017-01", null, 2, "8", WEDNESDAY, FRIDAY),
            buyer("C044", "Supérette de Longny", COMMERCE, LONGNY, null, "2017-10", "2022-12", 1, "4", THURSDAY),
            buyer("C045", "Épicerie bio de Nogent", COMMERCE, NOGENT, null, "2017-01", null, 1.5, "5", TUESDAY),
            buyer("C046", "Magasin de producteurs de La Loupe", COMMERCE, LA_LOUPE, null, "2018-10", null, 2, "8", WEDNESDAY),
            buyer("C047", "Épicerie fine de Chartres", COMMERCE, CHARTRES, null, "2022-02", null, 1.2, "5", THURSDAY),
            buyer("C048", "Perche Réceptions (traiteur)", AUTRE, NOCE, null, "2017-05", null, 1.5, "8", FRIDAY),
            buyer("C049", "Familles Rurales de Ceton", AUTRE, CETON, null, "2019-02", null, 0.6, "7", WEDNESDAY),
            buyer("C050", "Gîte de groupe de Moutiers-au-Perche", AUTRE, MOUTIERS, null, "2020-06", null, 0.8, "8", FRIDAY));
}
