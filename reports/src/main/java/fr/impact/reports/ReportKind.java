package fr.impact.reports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The reports, as named on the command line ({@code report KIND}) and in the API. */
public enum ReportKind {
    /** FEADER payment claim. */
    FEADER("feader", true),
    /** Annual activity report and financial statement for the Région (CERFA 15059). */
    REGION("region", true),
    /** One A4 page for elected officials. */
    BRIEF("brief", true),
    /** One canteen's purchases through the hub. */
    CANTEEN("canteen", true),
    /** ma-cantine "achats" export. */
    ACHATS("achats", true);

    private final String cliName;
    private final boolean available;

    ReportKind(String cliName, boolean available) {
        this.cliName = cliName;
        this.available = available;
    }

    public String cliName() {
        return cliName;
    }

    /** Whether this report can be produced yet. */
    public boolean available() {
        return available;
    }

    public static Optional<ReportKind> parse(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.cliName.equals(n)).findFirst();
    }
}
