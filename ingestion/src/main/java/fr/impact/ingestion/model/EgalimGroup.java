package fr.impact.ingestion.model;

import java.util.Collection;

/**
 * The EGalim group a line counts in, once, in this priority: BIO, else SIQO, else
 * AUTRES_EGALIM, else EXTERNALITES_PERFORMANCE, else NON_EGALIM (ma-cantine's method).
 */
public enum EgalimGroup {
    BIO, SIQO, AUTRES_EGALIM, EXTERNALITES_PERFORMANCE, NON_EGALIM;

    /** The group of a line carrying these labels. */
    public static EgalimGroup of(Collection<EgalimLabel> labels) {
        EgalimGroup best = NON_EGALIM;
        for (EgalimLabel l : labels) {
            if (l.group().ordinal() < best.ordinal()) {
                best = l.group();
            }
        }
        return best;
    }
}
