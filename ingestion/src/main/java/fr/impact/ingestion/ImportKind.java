package fr.impact.ingestion;

import fr.impact.ingestion.store.Rollups;
import java.util.Arrays;
import java.util.Optional;

/** What a file holds, as named on the command line ({@code ingest KIND}). */
public enum ImportKind {
    SALES("sales"),
    PRODUCERS("producers"),
    BUYERS("buyers"),
    TERRITORY("territory"),
    /** The funding ledger: {@code financements}, {@code depenses}, {@code versements}, {@code budget}. */
    FUNDING("funding"),
    /** ma-cantine purchase files of the canteens (its strict schema). */
    ACHATS("achats"),
    /** ma-cantine teledeclaration open data ({@code campagne_td_YYYY.csv}). */
    TELEDECLARATIONS("teledeclarations");

    private final String cliName;

    ImportKind(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line, in JSON and in the database. */
    public String cliName() {
        return cliName;
    }

    /** What an import or undo of this kind invalidates in the sales rollup. */
    public Rollups.Scope rollupScope() {
        return switch (this) {
            case SALES -> Rollups.Scope.MONTHS;
            case PRODUCERS, BUYERS, TERRITORY -> Rollups.Scope.ALL;
            case FUNDING, ACHATS, TELEDECLARATIONS -> Rollups.Scope.NONE;
        };
    }

    public static Optional<ImportKind> parse(String name) {
        return Arrays.stream(values()).filter(k -> k.cliName.equalsIgnoreCase(name)
                || k.name().equalsIgnoreCase(name)).findFirst();
    }
}
