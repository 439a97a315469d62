package fr.impact.ingestion.rules;

/**
 * Why a row is rejected, or what a warning says. Each code has a sentence in the message
 * catalogues ({@code messages_fr.properties}, {@code messages_en.properties}) whose
 * arguments are {0} the column, {1} the value, {2} what is expected.
 */
public enum RowCode {
    // Rejections
    MISSING_VALUE(Kind.REJECTION),
    DATE_FORMAT(Kind.REJECTION),
    DATE_IN_FUTURE(Kind.REJECTION),
    NUMBER_FORMAT(Kind.REJECTION),
    NUMBER_TOO_LARGE(Kind.REJECTION),
    LINE_NUMBER(Kind.REJECTION),
    ZERO_QUANTITY(Kind.REJECTION),
    SIGN_MISMATCH(Kind.REJECTION),
    UNKNOWN_FAMILY(Kind.REJECTION),
    UNKNOWN_UNIT(Kind.REJECTION),
    UNKNOWN_LABEL(Kind.REJECTION),
    UNKNOWN_SEGMENT(Kind.REJECTION),
    UNKNOWN_LEVEL(Kind.REJECTION),
    INVALID_COMMUNE(Kind.REJECTION),
    INVALID_TERRITORY_CODE(Kind.REJECTION),
    INVALID_SIRET(Kind.REJECTION),
    INVALID_BOOLEAN(Kind.REJECTION),
    INVALID_COORDINATE(Kind.REJECTION),
    DUPLICATE_KEY(Kind.REJECTION),
    CELL_COUNT(Kind.REJECTION),
    TEXT_TOO_LONG(Kind.REJECTION),
    UNKNOWN_FUNDER_TYPE(Kind.REJECTION),
    UNKNOWN_PAYMENT_NATURE(Kind.REJECTION),
    UNKNOWN_CLAIM(Kind.REJECTION),
    PERIOD_REVERSED(Kind.REJECTION),
    NEGATIVE_AMOUNT(Kind.REJECTION),
    TTC_REQUIRED(Kind.REJECTION),
    // Warnings: the row (or file) is kept
    PRICE_MISMATCH(Kind.WARNING),
    UNKNOWN_COLUMN(Kind.WARNING),
    EMPTY_ROWS_SKIPPED(Kind.WARNING),
    UNKNOWN_ORIGIN(Kind.WARNING),
    COMMUNE_MERGED(Kind.WARNING),
    COMMUNE_PADDED(Kind.WARNING);

    /** A rejection removes the row from the load; a warning keeps it. */
    public enum Kind { REJECTION, WARNING }

    private final Kind kind;

    RowCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRejection() {
        return kind == Kind.REJECTION;
    }
}
