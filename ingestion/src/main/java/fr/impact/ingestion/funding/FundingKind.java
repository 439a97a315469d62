package fr.impact.ingestion.funding;

import fr.impact.ingestion.profile.MappingProfile;
import fr.impact.ingestion.read.Column;
import fr.impact.ingestion.rules.Keys;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The four files of the funding ledger (FORMATS.md, "Funding ledger"), their columns, and how
 * each is recognised: a CSV file by its header, a workbook's sheet by its name.
 *
 * <ul>
 *   <li>{@link #GRANTS} ({@code financements}): the header has {@code montant_attribue};
 *   <li>{@link #BUDGET} ({@code budget}): the header has {@code montant_prevu};
 *   <li>{@link #EXPENDITURES} ({@code depenses}): the header has {@code poste} and {@code montant_ht};
 *   <li>{@link #PAYMENTS} ({@code versements}): the header has {@code montant} and {@code nature}.
 * </ul>
 * Tried in this order; headers are compared as everywhere (case, accents, spaces, {@code _} and
 * {@code -} ignored; the columns' aliases and the mapping profile's renames accepted).
 */
public enum FundingKind {
    GRANTS("financements", "grant", List.of("montant_attribue"), List.of(
            Column.required("financeur", "organisme financeur", "organisme", "bailleur", "funder"),
            Column.required("type", "type de financeur", "type financeur", "type de financement", "catégorie"),
            Column.optional("dispositif", "mesure", "programme", "dispositif d'aide", "scheme"),
            Column.required("montant_attribue", "montant attribué", "montant accordé", "montant de l'aide",
                    "montant subvention", "montant de la subvention", "aide attribuée", "awarded"),
            Column.optional("date_decision", "date de décision", "date décision", "date d'attribution",
                    "date de la convention", "date convention"),
            Column.required("debut", "début", "date début", "date de début", "début de période", "start"),
            Column.required("fin", "date fin", "date de fin", "fin de période", "end"),
            Column.optional("projet", "opération", "nom du projet", "project")),
            "financement", "grants", "plan de financement"),
    EXPENDITURES("depenses", "expenditure", List.of("poste", "montant_ht"), List.of(
            Column.required("date", "date facture", "date de la facture", "date de la dépense", "date dépense"),
            Column.required("poste", "poste de dépense", "poste de dépenses", "poste budgétaire", "heading"),
            Column.optional("libelle", "libellé", "objet", "objet de la dépense", "désignation"),
            Column.optional("fournisseur", "prestataire", "tiers", "supplier"),
            Column.optional("reference", "référence", "n° facture", "numéro de facture", "n° de facture",
                    "pièce", "référence pièce"),
            Column.required("montant_ht", "montant HT", "total HT", "montant hors taxes"),
            Column.optional("date_paiement", "date de paiement", "date d'acquittement", "date acquittement",
                    "payé le"),
            Column.optional("montant_ttc", "montant TTC", "total TTC"),
            Column.optional("tva_recuperable", "TVA récupérable", "récupération de la TVA"),
            Column.optional("financeur", "imputation"),
            Column.optional("demande", "demande de paiement", "claim"),
            Column.optional("projet", "opération", "nom du projet", "project")),
            "depense", "expenditures", "etat recapitulatif des depenses"),
    PAYMENTS("versements", "payment", List.of("montant", "nature"), List.of(
            Column.required("date", "date de versement", "date versement", "date de réception", "reçu le"),
            Column.required("financeur", "organisme financeur", "organisme", "funder"),
            Column.required("montant", "montant versé", "montant reçu", "montant du versement", "amount"),
            Column.required("nature", "nature du versement", "type de versement", "type versement"),
            Column.optional("projet", "opération", "nom du projet", "project")),
            "versement", "payments", "paiements recus"),
    BUDGET("budget", "budget", List.of("montant_prevu"), List.of(
            Column.required("poste", "poste de dépense", "poste de dépenses", "poste budgétaire", "heading"),
            Column.required("montant_prevu", "montant prévu", "prévision", "montant prévisionnel",
                    "budget prévisionnel", "forecast"),
            Column.optional("projet", "opération", "nom du projet", "project")),
            "budget previsionnel", "previsionnel", "forecast");

    /** The project of rows whose {@code projet} is empty: the one project of a simple ledger. */
    public static final String DEFAULT_PROJECT = "default";

    private final String fileName;
    private final String table;
    private final List<String> signature;
    private final List<Column> columns;
    private final Set<String> sheetKeys = new HashSet<>();

    FundingKind(String fileName, String table, List<String> signature, List<Column> columns, String... sheetNames) {
        this.fileName = fileName;
        this.table = table;
        this.signature = signature;
        this.columns = columns;
        sheetKeys.add(Keys.normalize(fileName));
        for (String s : sheetNames) {
            sheetKeys.add(Keys.normalize(s));
        }
    }

    /** The name FORMATS.md gives it, also the sheet name in a workbook: {@code financements}… */
    public String fileName() {
        return fileName;
    }

    /** The columns, in the order the loader writes them. */
    public List<Column> columns() {
        return columns;
    }

    /** The store's table prefix: {@code grant}, {@code expenditure}, {@code payment}, {@code budget}. */
    String table() {
        return table;
    }

    /** The kind a workbook's sheet holds, from its name ({@code Dépenses}, {@code versements}…). */
    public static Optional<FundingKind> ofSheet(String sheetName) {
        String k = Keys.normalize(sheetName);
        for (FundingKind kind : values()) {
            if (kind.sheetKeys.contains(k)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * The kind a file's name suggests ({@code depenses-2019.csv}, {@code Versements reçus.csv}):
     * its name, without extension, starts with a kind's name. Used only when the header
     * describes no kind, so that the refusal names the column missing.
     */
    public static Optional<FundingKind> ofFileName(String fileName) {
        String base = fileName;
        int slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
        base = base.substring(slash + 1);
        int dot = base.lastIndexOf('.');
        String k = Keys.normalize(dot > 0 ? base.substring(0, dot) : base);
        for (FundingKind kind : values()) {
            for (String sheetKey : kind.sheetKeys) {
                if (k.startsWith(sheetKey)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    /** The kind a header describes, or empty when it is none of them. */
    public static Optional<FundingKind> ofHeader(String[] header, MappingProfile profile) {
        for (FundingKind kind : values()) {
            if (kind.recognises(header, profile)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private boolean recognises(String[] header, MappingProfile profile) {
        Set<String> found = new HashSet<>();
        for (String cell : header) {
            String key = Keys.normalize(cell);
            if (key.isEmpty()) {
                continue;
            }
            String renamed = profile.renames().get(key);
            for (String candidate : renamed == null ? List.of(key) : List.of(Keys.normalize(renamed), key)) {
                for (Column c : columns) {
                    if (Keys.normalize(c.name()).equals(candidate)
                            || c.aliases().stream().anyMatch(a -> Keys.normalize(a).equals(candidate))) {
                        found.add(c.name());
                    }
                }
            }
        }
        for (Column c : columns) {
            if (profile.constants().containsKey(Keys.normalize(c.name()))) {
                found.add(c.name());
            }
        }
        return found.containsAll(signature);
    }
}
