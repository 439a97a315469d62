package fr.impact.reports;

/**
 * The data cannot give the report asked for (no funding ledger, an unknown project or claim):
 * an expected condition, with a sentence a park officer understands.
 */
public final class ReportDataException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReportDataException(String message) {
        super(message);
    }
}
