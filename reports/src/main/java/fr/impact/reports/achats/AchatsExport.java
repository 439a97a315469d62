package fr.impact.reports.achats;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Period;
import fr.impact.ingestion.reference.Communes;
import fr.impact.ingestion.store.Sql;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the hub's sales to canteens (collective-catering buyers with a SIRET in the buyers file)
 * as a ma-cantine purchase file, {@code siret} variant: UTF-8 without BOM, {@code ,}-delimited,
 * ISO dates, prices with a decimal point, the sale's labels as {@code categories_egalim}.
 *
 * <p>Local (FORMATS.md): a {@code PARC} line is {@code est_local=oui, definition_local=PAT};
 * a {@code PROCHE} line is {@code DEPARTEMENT} when producer and canteen share a department,
 * {@code REGION} when they share a region, otherwise (or when a commune is unknown) not marked
 * local. Every line is a short circuit ({@code est_circuit_court=oui}): the hub is the one
 * intermediary between the producer and the canteen.
 */
public final class AchatsExport {

    static final String HEADER = "siret,description,fournisseur,date,prix_ht,famille_produits,categories_egalim,"
            + "origine,est_circuit_court,est_local,definition_local,definition_local_km";
    private static final Set<String> CATEGORIES = Set.of("BIO", "LABEL_ROUGE", "AOCAOP", "IGP", "STG", "HVE",
            "PECHE_DURABLE", "RUP", "COMMERCE_EQUITABLE", "FERMIER", "EXTERNALITES", "PERFORMANCE");

    /** What was written: the file, its purchase lines, the canteens, the total. */
    public record Written(Path file, long lines, long canteens, BigDecimal totalHt) {}

    private final Connection c;
    private final String supplier;

    /**
     * @param supplier the name written in {@code fournisseur} (the hub's name)
     */
    public AchatsExport(Connection c, String supplier) {
        this.c = requireNonNull(c, "c is null");
        this.supplier = requireNonNull(supplier, "supplier is null");
    }

    public Written write(Period period, Optional<String> buyer, Path file) throws SQLException, IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        long lines = 0;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        Set<String> canteens = new LinkedHashSet<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load("/fr/impact/reports/sql/achats/hub_lines_by_canteen.sql"));
                BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.setDate(1, Date.valueOf(period.from()));
            p.setDate(2, Date.valueOf(period.to()));
            if (buyer.isPresent()) {
                p.setString(3, buyer.get());
            } else {
                p.setNull(3, Types.VARCHAR);
            }
            out.write(HEADER);
            out.write('\n');
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String siret = r.getString("siret");
                    BigDecimal amount = r.getBigDecimal("montant_ht").setScale(2);
                    String producer = r.getString("producer_name");
                    if (producer == null) {
                        producer = r.getString("producteur_nom");
                    }
                    producer = producer == null ? "" : producer.strip();
                    String description = r.getString("produit") + (producer.isEmpty() ? "" : " — " + producer);
                    String local = localDefinition(r.getString("origin_level"), r.getString("producer_commune"),
                            r.getString("buyer_commune"));
                    String origine = r.getString("origine");
                    List<String> row = List.of(siret, description, supplier, r.getDate("date").toLocalDate().toString(),
                            amount.toPlainString(), r.getString("famille"), categories(r.getString("labels")),
                            "FRANCE".equals(origine) || "EUROPE".equals(origine) ? origine : "", "oui",
                            local == null ? "non" : "oui", local == null ? "" : local, "");
                    out.write(csv(row));
                    out.write('\n');
                    lines++;
                    total = total.add(amount);
                    canteens.add(siret);
                }
            }
        }
        return new Written(file, lines, canteens.size(), total);
    }

    /** ma-cantine's "bilan simple" columns, in the order of its schema. */
    static final List<String> BILAN_COLUMNS = List.of("valeur_totale", "valeur_bio",
            "valeur_bio_dont_commerce_equitable", "valeur_siqo", "valeur_externalites_performance",
            "valeur_egalim_autres", "valeur_egalim_autres_dont_commerce_equitable", "valeur_viandes_volailles",
            "valeur_viandes_volailles_egalim", "valeur_viandes_volailles_france", "valeur_produits_de_la_mer",
            "valeur_produits_de_la_mer_egalim", "valeur_produits_de_la_mer_france", "valeur_fruits_et_legumes_france",
            "valeur_charcuterie_france", "valeur_produits_laitiers_france", "valeur_boulangerie_france",
            "valeur_boissons_france", "valeur_autres_france");

    /**
     * Writes each canteen's "bilan simple" values for its purchases through the hub in the
     * period (ma-cantine's {@code bilans_simple_siret} columns: {@code siret}, {@code année_bilan}
     * = the year the period ends in, then the values, decimal point, 2 decimals).
     *
     * @return the values per SIRET, as written
     */
    public java.util.Map<String, java.util.Map<String, BigDecimal>> writeBilanSimple(Period period,
            Optional<String> buyer, Path file) throws SQLException, IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        java.util.Map<String, java.util.Map<String, BigDecimal>> all = new java.util.LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement(Sql.load("/fr/impact/reports/sql/achats/bilan_simple_by_canteen.sql"));
                BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.setDate(1, Date.valueOf(period.from()));
            p.setDate(2, Date.valueOf(period.to()));
            if (buyer.isPresent()) {
                p.setString(3, buyer.get());
            } else {
                p.setNull(3, Types.VARCHAR);
            }
            out.write("siret,année_bilan," + String.join(",", BILAN_COLUMNS));
            out.write('\n');
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    java.util.Map<String, BigDecimal> values = new java.util.LinkedHashMap<>();
                    List<String> row = new ArrayList<>();
                    row.add(r.getString("siret"));
                    row.add(String.valueOf(period.to().getYear()));
                    for (String col : BILAN_COLUMNS) {
                        BigDecimal v = r.getBigDecimal(col).setScale(2, java.math.RoundingMode.HALF_UP);
                        values.put(col, v);
                        row.add(v.toPlainString());
                    }
                    out.write(csv(row));
                    out.write('\n');
                    all.put(r.getString("siret"), values);
                }
            }
        }
        return all;
    }

    /** {@code PAT}, {@code DEPARTEMENT}, {@code REGION}, or null when the line is not marked local. */
    static String localDefinition(String level, String producerCommune, String buyerCommune) {
        if ("PARC".equals(level)) {
            return "PAT";
        }
        if (!"PROCHE".equals(level) || producerCommune == null || buyerCommune == null
                || producerCommune.strip().length() != 5 || buyerCommune.strip().length() != 5) {
            return null;
        }
        String pd = Communes.departmentOf(producerCommune);
        String bd = Communes.departmentOf(buyerCommune);
        if (pd.equals(bd)) {
            return "DEPARTEMENT";
        }
        Optional<String> pr = Communes.instance().regionOfDepartment(pd);
        return pr.isPresent() && pr.equals(Communes.instance().regionOfDepartment(bd)) ? "REGION" : null;
    }

    private static String categories(String labels) {
        if (labels == null || labels.isBlank()) {
            return "";
        }
        Set<String> out = new LinkedHashSet<>();
        for (String l : labels.split("[|,]")) {
            String k = l.strip().toUpperCase(Locale.ROOT);
            if (CATEGORIES.contains(k)) {
                out.add(k);
            }
        }
        return String.join(",", out);
    }

    /** Plain numbers, which a spreadsheet may read as numbers: {@code -3.00} is a credit note's amount. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    /**
     * Text that a spreadsheet would run as a formula (OWASP: {@code = + - @}, tab or carriage
     * return first, full-width forms too), behind an apostrophe; numbers as they are.
     */
    static String neutralised(String v) {
        if (v.isEmpty() || "=+-@\t\r＝＋－＠".indexOf(v.charAt(0)) < 0 || NUMBER.matcher(v).matches()) {
            return v;
        }
        return "'" + v;
    }

    private static String csv(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = neutralised(cells.get(i).replace('\r', ' ').replace('\n', ' '));
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        return b.toString();
    }
}
