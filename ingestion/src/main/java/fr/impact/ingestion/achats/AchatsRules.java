package fr.impact.ingestion.achats;

import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.RowCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ma-cantine's row rules (its table schema {@code achats_siret.json} / {@code achats_cantine_id.json}):
 * required {@code siret} (or {@code cantine_id}), {@code description}, {@code date},
 * {@code prix_ht}, {@code famille_produits}; dates {@code yyyy-mm-dd}; numbers with a decimal
 * point; upper-case codes, surrounding spaces allowed; {@code categories_egalim}
 * comma-separated; booleans {@code oui}/{@code OUI}/{@code x} or {@code non}/{@code NON}/empty.
 * Every broken rule of a row is reported, not only the first.
 */
public final class AchatsRules {

    public static final List<String> FAMILIES = List.of("VIANDES_VOLAILLES", "CHARCUTERIE", "PRODUITS_DE_LA_MER",
            "FRUITS_ET_LEGUMES", "PRODUITS_LAITIERS", "BOULANGERIE", "BOISSONS", "AUTRES");
    public static final List<String> CATEGORIES = List.of("BIO", "LABEL_ROUGE", "AOCAOP", "IGP", "STG", "HVE",
            "PECHE_DURABLE", "RUP", "COMMERCE_EQUITABLE", "FERMIER", "EXTERNALITES", "PERFORMANCE");
    public static final List<String> ORIGINS = List.of("FRANCE", "EUROPE");
    public static final List<String> LOCAL_DEFINITIONS = List.of("PAT", "COMMUNE", "DEPARTEMENT", "REGION", "KM");
    private static final Set<String> TRUE = Set.of("oui", "OUI", "x");
    private static final Set<String> FALSE = Set.of("non", "NON", "");

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern SIRET = Pattern.compile("\\d{14}");
    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u202F]+");

    private final AchatsHeader.Key key;

    public AchatsRules(AchatsHeader.Key key) {
        this.key = key;
    }

    /**
     * Checks one row of {@link AchatsHeader#WIDTH} cells.
     *
     * @param out receives every rule the row breaks
     * @return the purchase, or empty when the row is rejected
     */
    public Optional<Purchase> check(long line, String[] cells, List<Finding> out) {
        int before = out.size();
        Optional<String> siret = Optional.empty();
        Optional<Long> id = Optional.empty();
        String k = cells[0].strip();
        if (k.isEmpty()) {
            out.add(Finding.of(line, key.column(), cells[0], RowCode.MISSING_VALUE));
        } else if (key == AchatsHeader.Key.SIRET) {
            String digits = SPACES.matcher(k).replaceAll("");
            if (SIRET.matcher(digits).matches()) {
                siret = Optional.of(digits);
            } else {
                out.add(new Finding(line, "siret", cells[0], RowCode.SIRET_FORMAT, "14"));
            }
        } else if (ID.matcher(k).matches()) {
            id = Optional.of(Long.parseLong(k));
        } else {
            out.add(new Finding(line, "cantine_id", cells[0], RowCode.CANTEEN_ID_FORMAT, "949"));
        }
        String description = required(line, "description", cells[1], out);
        Optional<String> fournisseur = optional(cells[2]);
        LocalDate date = null;
        String d = required(line, "date", cells[3], out);
        if (d != null) {
            date = isoDate(d);
            if (date == null) {
                out.add(new Finding(line, "date", cells[3], RowCode.ISO_DATE_FORMAT, "2022-05-02"));
            }
        }
        BigDecimal prix = null;
        String p = required(line, "prix_ht", cells[4], out);
        if (p != null) {
            BigDecimal v = number(p);
            if (v == null) {
                out.add(new Finding(line, "prix_ht", cells[4], RowCode.DECIMAL_POINT_FORMAT, "90.11"));
            } else {
                prix = v.setScale(2, RoundingMode.HALF_DOWN);
            }
        }
        String famille = required(line, "famille_produits", cells[5], out);
        if (famille != null && !FAMILIES.contains(famille)) {
            out.add(new Finding(line, "famille_produits", cells[5], RowCode.UNKNOWN_FAMILY, String.join(", ", FAMILIES)));
        }
        List<String> categories = categories(line, cells[6], out);
        Optional<String> origine = choice(line, "origine", cells[7], ORIGINS, out);
        Boolean circuitCourt = bool(line, "est_circuit_court", cells[8], out);
        Boolean local = bool(line, "est_local", cells[9], out);
        Optional<String> definition = choice(line, "definition_local", cells[10], LOCAL_DEFINITIONS, out);
        Optional<BigDecimal> km = Optional.empty();
        String kmText = cells[11].strip();
        if (!kmText.isEmpty()) {
            BigDecimal v = number(kmText);
            if (v == null) {
                out.add(new Finding(line, "definition_local_km", cells[11], RowCode.DECIMAL_POINT_FORMAT, "200"));
            } else {
                km = Optional.of(v);
            }
        }
        if (out.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Purchase(siret, id, description, fournisseur, date, prix, famille, categories, origine,
                circuitCourt, local, definition, km));
    }

    private static String required(long line, String column, String cell, List<Finding> out) {
        String s = cell.strip();
        if (s.isEmpty()) {
            out.add(Finding.of(line, column, cell, RowCode.MISSING_VALUE));
            return null;
        }
        return s;
    }

    private static Optional<String> optional(String cell) {
        String s = cell.strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** {@code yyyy-mm-dd} and a day that exists, or null. */
    static LocalDate isoDate(String s) {
        if (!DATE.matcher(s).matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
                    Integer.parseInt(s.substring(8, 10)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A number with a decimal point (no grouping, no decimal comma), or null. */
    static BigDecimal number(String s) {
        String t = s.strip();
        if (!NUMBER.matcher(t).matches()) {
            return null;
        }
        try {
            BigDecimal v = new BigDecimal(t);
            return v.abs().compareTo(new BigDecimal("1e15")) >= 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> categories(long line, String cell, List<Finding> out) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : s.split(",", -1)) {
            String c = part.strip();
            if (CATEGORIES.contains(c)) {
                found.add(c);
            } else {
                unknown.add(c);
            }
        }
        if (!unknown.isEmpty()) {
            out.add(new Finding(line, "categories_egalim", cell, RowCode.UNKNOWN_LABEL,
                    String.join(", ", CATEGORIES) + " (séparés par des virgules / comma-separated)"));
            return List.of();
        }
        return List.copyOf(found);
    }

    private static Optional<String> choice(long line, String column, String cell, List<String> allowed,
            List<Finding> out) {
        String s = cell.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (!allowed.contains(s)) {
            out.add(new Finding(line, column, cell, RowCode.INVALID_CHOICE, String.join(", ", allowed)));
            return Optional.empty();
        }
        return Optional.of(s);
    }

    private static Boolean bool(long line, String column, String cell, List<Finding> out) {
        String s = cell.strip();
        if (TRUE.contains(s)) {
            return true;
        }
        if (FALSE.contains(s)) {
            return false;
        }
        out.add(new Finding(line, column, cell, RowCode.STRICT_BOOLEAN, "oui, OUI, x / non, NON"));
        return false;
    }
}
