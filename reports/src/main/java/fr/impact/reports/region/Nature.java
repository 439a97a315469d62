package fr.impact.reports.region;

import fr.impact.ingestion.funding.FundingRules;
import java.util.Map;

/**
 * The nature of a charge in the financial statement (CERFA n°15059 accounts), from the
 * expenditure's heading ({@code poste}) as REPORTS.md maps it.
 */
public enum Nature {
    ACHATS("60 Achats"),
    SERVICES_EXTERIEURS("61 Services extérieurs"),
    AUTRES_SERVICES_EXTERIEURS("62 Autres services extérieurs"),
    IMPOTS("63 Impôts et taxes"),
    PERSONNEL("64 Charges de personnel"),
    AUTRES_CHARGES("65–68 Autres charges"),
    INVESTISSEMENT("21 Immobilisations (investissement)");

    private static final Map<String, Nature> BY_HEADING = Map.of(
            FundingRules.key("PERSONNEL"), PERSONNEL,
            FundingRules.key("PRESTATIONS"), AUTRES_SERVICES_EXTERIEURS,
            FundingRules.key("FONCTIONNEMENT"), SERVICES_EXTERIEURS,
            FundingRules.key("EQUIPEMENT"), INVESTISSEMENT,
            FundingRules.key("COMMUNICATION"), AUTRES_SERVICES_EXTERIEURS,
            FundingRules.key("DEPLACEMENTS"), AUTRES_SERVICES_EXTERIEURS,
            FundingRules.key("FORMATION"), AUTRES_SERVICES_EXTERIEURS);

    private final String label;

    Nature(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The nature of a heading; anything unlisted is 60 Achats. */
    public static Nature of(String heading) {
        return BY_HEADING.getOrDefault(FundingRules.key(heading), ACHATS);
    }

    /** Whether it is an investment, shown apart from the operating charges. */
    public boolean investment() {
        return this == INVESTISSEMENT;
    }
}
