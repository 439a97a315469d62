package fr.impact.reports.coverage;

import static java.util.Objects.requireNonNull;

import fr.impact.analytics.Filters;
import fr.impact.analytics.Period;
import fr.impact.analytics.quality.DataQuality;
import fr.impact.analytics.local.OriginTotals;
import fr.impact.ingestion.store.Sql;
import fr.impact.reports.format.French;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The coverage and data quality of a report.
 *
 * @param period the period the report covers
 * @param generatedOn the date the report was produced (the caller's)
 * @param sources the imports the figures rest on, oldest first
 * @param unknownHt the amount of sales of unknown origin (INCONNU) in the report's figures
 * @param unknownLines how many sale lines that is
 * @param quarantinedRows quarantined rows left unresolved — not fixed by a later import — all
 *     periods, in the files still loaded ({@link DataQuality}'s open rows, less those of refused files)
 */
public record Coverage(Period period, LocalDate generatedOn, List<Source> sources, BigDecimal unknownHt,
        long unknownLines, long quarantinedRows) {

    /** How many hexadecimal digits of a content hash are printed (64 bits: enough to tell files apart by eye). */
    public static final int SHORT_HASH = 16;

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

    /** One import: what file, what kind, when, its SHA-256, its rows. */
    public record Source(long importId, String kind, String hub, String file, LocalDateTime importedAt,
            String contentHash, long accepted, long rejected) {
        public Source {
            requireNonNull(kind, "kind is null");
            requireNonNull(hub, "hub is null");
            requireNonNull(file, "file is null");
            requireNonNull(importedAt, "importedAt is null");
            requireNonNull(contentHash, "contentHash is null");
        }

        /** The kind in French ({@code ventes}, {@code producteurs}…). */
        public String kindLabel() {
            return switch (kind) {
                case "sales" -> "ventes";
                case "producers" -> "producteurs";
                case "buyers" -> "acheteurs";
                case "territory" -> "territoire";
                case "funding" -> "financements";
                case "achats" -> "achats des cantines";
                case "teledeclarations" -> "télédéclarations";
                default -> kind;
            };
        }

        /** {@code ventes-2024-03.csv · 15/01/2025 · 3f2a9c0b1d4e5f60}: file, import date, short hash. */
        public String compact() {
            return file + " · " + French.date(importedAt.toLocalDate()) + " · " + shortHash();
        }

        /** The first {@link #SHORT_HASH} hexadecimal digits of the content hash. */
        public String shortHash() {
            return contentHash.length() <= SHORT_HASH ? contentHash : contentHash.substring(0, SHORT_HASH);
        }

        /** {@code ventes-2024.csv — ventes, importé le 15/01/2025 à 10:00, 7 lignes (1 rejetée), SHA-256 3f2a…}. */
        public String describe() {
            String rows = French.integer(accepted) + " " + plural(accepted, "ligne", "lignes");
            if (rejected > 0) {
                rows += " (" + French.integer(rejected) + " " + plural(rejected, "rejetée", "rejetées") + ")";
            }
            return file + " — " + kindLabel() + ", importé le " + AT.format(importedAt) + ", " + rows
                    + ", SHA-256 " + shortHash() + "…";
        }
    }

    public Coverage {
        requireNonNull(period, "period is null");
        requireNonNull(generatedOn, "generatedOn is null");
        sources = List.copyOf(requireNonNull(sources, "sources is null"));
        requireNonNull(unknownHt, "unknownHt is null");
    }

    /**
     * Reads the sources and the quarantine from the store; the unknown origin comes from the
     * report's own totals (so it matches its figures and filters).
     */
    public static Coverage load(Connection c, Period period, LocalDate generatedOn, OriginTotals totals)
            throws SQLException {
        List<Source> sources = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql("sources_by_import"))) {
            s.setDate(1, Date.valueOf(period.from()));
            s.setDate(2, Date.valueOf(period.to()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sources.add(new Source(r.getLong("id"), r.getString("kind"), r.getString("hub"),
                            r.getString("file_name"), r.getTimestamp("imported_at").toLocalDateTime(),
                            r.getString("content_hash"), r.getLong("accepted"), r.getLong("rejected")));
                }
            }
        }
        // DataQuality's rows, those of the files still LOADED that no later import has fixed (a
        // refused file's rows are its refusal's business: it loaded nothing)
        long quarantined = new DataQuality(c).summary(period, Filters.NONE, Integer.MAX_VALUE).quarantinedRows()
                .stream().filter(q -> "LOADED".equals(q.status()) && !q.resolved()).count();
        return new Coverage(period, generatedOn, sources, totals.unknownHt(), totals.unknownLines(), quarantined);
    }

    /** {@code du 01/01/2024 au 31/12/2024}. */
    public String periodText() {
        return "du " + French.date(period.from()) + " au " + French.date(period.to());
    }

    /** The line every page's footer carries: period, production date, sources, unknown origin, quarantine. */
    public String line() {
        StringBuilder b = new StringBuilder();
        b.append("Période ").append(periodText());
        b.append(" · produit le ").append(French.date(generatedOn));
        b.append(" · ").append(French.integer(sources.size())).append(' ')
                .append(plural(sources.size(), "fichier source", "fichiers sources"));
        sources.stream().map(Source::importedAt).max(LocalDateTime::compareTo)
                .ifPresent(last -> b.append(" (dernier import le ").append(French.date(last.toLocalDate())).append(')'));
        b.append(" · origine inconnue : ").append(French.euros(unknownHt));
        b.append(" (").append(French.integer(unknownLines)).append(' ')
                .append(plural(unknownLines, "ligne", "lignes")).append(')');
        b.append(" · ").append(French.integer(quarantinedRows)).append(' ')
                .append(plural(quarantinedRows, "ligne en quarantaine", "lignes en quarantaine"));
        return b.toString();
    }

    /** Two short sentences on data quality, in plain words. */
    public String qualitySentence() {
        String unknown = unknownLines == 0
                ? "Aucune vente d'origine inconnue."
                : "Origine inconnue : " + French.euros(unknownHt) + " de ventes (" + French.integer(unknownLines) + " "
                        + plural(unknownLines, "ligne", "lignes")
                        + ") de producteurs absents du fichier des producteurs ou sans commune ; "
                        + "comptées dans le total, jamais comme locales.";
        String quarantine = quarantinedRows == 0
                ? "Aucune ligne de fichier mise de côté."
                : "Quarantaine : " + French.integer(quarantinedRows) + " "
                        + plural(quarantinedRows, "ligne de fichier illisible ou incomplète, mise de côté et non comptée",
                                "lignes de fichiers illisibles ou incomplètes, mises de côté et non comptées")
                        + " (tous imports confondus).";
        return unknown + " " + quarantine;
    }

    static String plural(long n, String one, String many) {
        return n == 1 || n == -1 || n == 0 ? one : many;
    }

    private static String sql(String name) {
        return Sql.load("/fr/impact/reports/sql/coverage/" + name + ".sql");
    }
}
