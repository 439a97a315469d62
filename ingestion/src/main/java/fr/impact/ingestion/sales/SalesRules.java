package fr.impact.ingestion.sales;

import static fr.impact.ingestion.sales.SalesFormat.*;

import fr.impact.ingestion.model.EgalimLabel;
import fr.impact.ingestion.model.Family;
import fr.impact.ingestion.model.Segment;
import fr.impact.ingestion.model.Unit;
import fr.impact.ingestion.read.HeaderMapping;
import fr.impact.ingestion.rules.Dates;
import fr.impact.ingestion.rules.Decimals;
import fr.impact.ingestion.rules.Finding;
import fr.impact.ingestion.rules.Keys;
import fr.impact.ingestion.rules.RowCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The row rules of the sales export — the one implementation both engines call (the
 * embedded importer and the Spark job). Pure Java: no DuckDB, no Spark, no I/O.
 *
 * <p>{@link #check} returns the normalised line, or {@code null} when the row breaks a rule;
 * every broken rule (and every warning) is added to {@code findings}.
 */
public final class SalesRules {

    static final int MAX_TEXT = 1000;
    static final BigDecimal PRICE_TOLERANCE = new BigDecimal("0.02");
    static final BigDecimal PRICE_TOLERANCE_RATE = new BigDecimal("0.01");

    private static final String FAMILIES = Arrays.stream(Family.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    private static final String UNITS = "kg, g, l, cl, piece, botte, douzaine, barquette";
    private static final String LABEL_CODES = Arrays.stream(EgalimLabel.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    private static final String SEGMENTS = Arrays.stream(Segment.values()).map(Enum::name)
            .collect(Collectors.joining(", "));
    private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LocalDate today;
    private final String todayText;
    // exports repeat the same few coded values: remember how each text was read
    private final java.util.HashMap<String, Family> families = new java.util.HashMap<>();
    private final java.util.HashMap<String, Unit> units = new java.util.HashMap<>();
    private final java.util.HashMap<String, Segment> segments = new java.util.HashMap<>();
    private final java.util.HashMap<String, List<EgalimLabel>> labelLists = new java.util.HashMap<>();

    /** @param today dates after it are rejected */
    public SalesRules(LocalDate today) {
        this.today = today;
        this.todayText = today.format(FR_DATE);
    }

    /**
     * Checks one row.
     *
     * @param line the physical line of the row
     * @param derivedLigne the line number derived by a profile, or {@code null}
     */
    public SaleLine check(long line, String[] cells, int cellCount, HeaderMapping map, String derivedLigne,
            List<Finding> findings) {
        if (cellCount != map.width()) {
            findings.add(new Finding(line, "", String.valueOf(cellCount), RowCode.CELL_COUNT,
                    String.valueOf(map.width())));
            return null;
        }
        int before = rejections(findings);

        String dateText = required(line, cells, cellCount, map, DATE, findings);
        LocalDate date = null;
        if (dateText != null) {
            date = Dates.parse(dateText);
            if (date == null) {
                findings.add(Finding.of(line, "date", dateText, RowCode.DATE_FORMAT));
            } else if (date.isAfter(today)) {
                findings.add(new Finding(line, "date", dateText, RowCode.DATE_IN_FUTURE, todayText));
                date = null;
            }
        }
        String facture = required(line, cells, cellCount, map, FACTURE, findings);
        Integer ligne = null;
        String ligneText = derivedLigne != null ? derivedLigne : required(line, cells, cellCount, map, LIGNE, findings);
        if (ligneText != null) {
            ligne = lineNumber(ligneText);
            if (ligne == null) {
                findings.add(Finding.of(line, "ligne", ligneText, RowCode.LINE_NUMBER));
            }
        }
        String clientId = required(line, cells, cellCount, map, CLIENT_ID, findings);
        String clientNom = optional(line, cells, cellCount, map, CLIENT_NOM, findings);
        String clientTypeText = optional(line, cells, cellCount, map, CLIENT_TYPE, findings);
        Segment clientType = null;
        if (clientTypeText != null) {
            clientType = cached(segments, clientTypeText, t -> Segment.parse(t).orElse(null));
            if (clientType == null) {
                findings.add(new Finding(line, "client_type", clientTypeText, RowCode.UNKNOWN_SEGMENT, SEGMENTS));
            }
        }
        String producteurId = required(line, cells, cellCount, map, PRODUCTEUR_ID, findings);
        String producteurNom = optional(line, cells, cellCount, map, PRODUCTEUR_NOM, findings);
        String produit = required(line, cells, cellCount, map, PRODUIT, findings);
        String produitCode = optional(line, cells, cellCount, map, PRODUIT_CODE, findings);

        String familleText = required(line, cells, cellCount, map, FAMILLE, findings);
        Family famille = null;
        if (familleText != null) {
            famille = cached(families, familleText, t -> Family.parse(t).orElse(null));
            if (famille == null) {
                findings.add(new Finding(line, "famille", familleText, RowCode.UNKNOWN_FAMILY, FAMILIES));
            }
        }
        String quantiteText = required(line, cells, cellCount, map, QUANTITE, findings);
        BigDecimal quantite = null;
        if (quantiteText != null) {
            quantite = number(line, "quantite", quantiteText, 3, Decimals.MAX_QUANTITY, findings);
            if (quantite != null && quantite.signum() == 0) {
                findings.add(Finding.of(line, "quantite", quantiteText, RowCode.ZERO_QUANTITY));
                quantite = null;
            }
        }
        String uniteText = required(line, cells, cellCount, map, UNITE, findings);
        Unit unite = null;
        if (uniteText != null) {
            unite = cached(units, uniteText, t -> Unit.parse(t).orElse(null));
            if (unite == null) {
                findings.add(new Finding(line, "unite", uniteText, RowCode.UNKNOWN_UNIT, UNITS));
            }
        }
        String prixText = optional(line, cells, cellCount, map, PRIX, findings);
        BigDecimal prix = null;
        if (prixText != null) {
            prix = number(line, "prix_unitaire_ht", prixText, 4, Decimals.MAX_AMOUNT, findings);
        }
        String montantText = required(line, cells, cellCount, map, MONTANT, findings);
        BigDecimal montant = null;
        if (montantText != null) {
            montant = number(line, "montant_ht", montantText, 2, Decimals.MAX_AMOUNT, findings);
        }
        if (montant != null && quantite != null && montant.signum() != 0 && montant.signum() != quantite.signum()) {
            findings.add(new Finding(line, "montant_ht", montantText, RowCode.SIGN_MISMATCH, quantiteText));
        }
        String labelsText = optional(line, cells, cellCount, map, LABELS, findings);
        List<EgalimLabel> labels = labelsText == null ? List.of() : labelLists.get(labelsText);
        if (labels == null) {
            int n = findings.size();
            labels = labels(line, labelsText, findings);
            if (findings.size() == n && labelLists.size() < 1000) {
                labelLists.put(labelsText, labels);
            }
        }
        String origineText = optional(line, cells, cellCount, map, ORIGINE, findings);
        String origine = null;
        if (origineText != null) {
            String k = Keys.normalize(origineText);
            if (k.equals("france")) {
                origine = "FRANCE";
            } else if (k.equals("europe") || k.equals("ue") || k.equals("unioneuropeenne")) {
                origine = "EUROPE";
            } else {
                findings.add(new Finding(line, "origine", origineText, RowCode.UNKNOWN_ORIGIN, "FRANCE, EUROPE"));
            }
        }
        if (rejections(findings) > before) {
            return null;
        }
        if (prix != null && montant != null) {
            BigDecimal expected = quantite.multiply(prix);
            BigDecimal gap = expected.subtract(montant).abs();
            BigDecimal tolerance = PRICE_TOLERANCE.max(montant.abs().multiply(PRICE_TOLERANCE_RATE));
            if (gap.compareTo(tolerance) > 0) {
                findings.add(new Finding(line, "montant_ht", montantText, RowCode.PRICE_MISMATCH,
                        Decimals.round(expected, 2).toPlainString()));
            }
        }
        return new SaleLine(line, facture, ligne, date, clientId, Optional.ofNullable(clientNom),
                Optional.ofNullable(clientType), producteurId, Optional.ofNullable(producteurNom), produit,
                Optional.ofNullable(produitCode), famille, quantite, unite, Optional.ofNullable(prix), montant,
                labels, Optional.ofNullable(origine));
    }

    private static <T> T cached(java.util.HashMap<String, T> cache, String text, java.util.function.Function<String, T> parse) {
        T v = cache.get(text);
        if (v == null) {
            v = parse.apply(text);
            if (v != null && cache.size() < 1000) {
                cache.put(text, v);
            }
        }
        return v;
    }

    /** The key of a row, for duplicate detection, even when the row is otherwise invalid; null if unusable. */
    public static String key(String[] cells, int cellCount, HeaderMapping map, String derivedLigne) {
        String facture = map.value(cells, cellCount, FACTURE);
        String ligneText = derivedLigne != null ? derivedLigne : map.value(cells, cellCount, LIGNE);
        Integer ligne = lineNumber(ligneText);
        if (facture.isEmpty() || ligne == null) {
            return null;
        }
        return facture + '\u0000' + ligne;
    }

    /** The invoice of a row (for deriving {@code ligne} as a rank). */
    public static String facture(String[] cells, int cellCount, HeaderMapping map) {
        return map.value(cells, cellCount, FACTURE);
    }

    private static int rejections(List<Finding> findings) {
        int n = 0;
        for (int i = findings.size() - 1; i >= 0; i--) {
            if (findings.get(i).isRejection()) {
                n++;
            }
        }
        return n;
    }

    private static String required(long line, String[] cells, int n, HeaderMapping map, int c, List<Finding> f) {
        String v = map.value(cells, n, c);
        String name = map.columns().get(c).name();
        if (v.isEmpty()) {
            f.add(Finding.of(line, name, "", RowCode.MISSING_VALUE));
            return null;
        }
        if (v.length() > MAX_TEXT) {
            f.add(new Finding(line, name, v, RowCode.TEXT_TOO_LONG, String.valueOf(MAX_TEXT)));
            return null;
        }
        return v;
    }

    private static String optional(long line, String[] cells, int n, HeaderMapping map, int c, List<Finding> f) {
        String v = map.value(cells, n, c);
        if (v.isEmpty()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            f.add(new Finding(line, map.columns().get(c).name(), v, RowCode.TEXT_TOO_LONG, String.valueOf(MAX_TEXT)));
            return null;
        }
        return v;
    }

    private static BigDecimal number(long line, String column, String text, int scale, BigDecimal max,
            List<Finding> f) {
        BigDecimal v = Decimals.parse(text);
        if (v == null) {
            f.add(Finding.of(line, column, text, RowCode.NUMBER_FORMAT));
            return null;
        }
        v = Decimals.round(v, scale);
        if (v.abs().compareTo(max) > 0) {
            f.add(new Finding(line, column, text, RowCode.NUMBER_TOO_LARGE, max.toPlainString()));
            return null;
        }
        return v;
    }

    static Integer lineNumber(String text) {
        BigDecimal v = Decimals.parse(text);
        if (v == null || v.signum() <= 0 || v.stripTrailingZeros().scale() > 0
                || v.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return null;
        }
        return v.intValueExact();
    }

    private static List<EgalimLabel> labels(long line, String text, List<Finding> findings) {
        if (text == null) {
            return List.of();
        }
        List<EgalimLabel> out = new ArrayList<>(2);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',' || text.charAt(i) == '|' || text.charAt(i) == '+') {
                String part = text.substring(start, i).strip();
                start = i + 1;
                if (part.isEmpty()) {
                    continue;
                }
                Optional<EgalimLabel> l = EgalimLabel.parse(part);
                if (l.isEmpty()) {
                    findings.add(new Finding(line, "labels", part, RowCode.UNKNOWN_LABEL, LABEL_CODES));
                } else if (!out.contains(l.get())) {
                    out.add(l.get());
                }
            }
        }
        return List.copyOf(out);
    }
}
