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
    /** ma-cantine formats: a CSV row whose cells are all empty ("ligne vide"). */
    EMPTY_ROW(Kind.REJECTION),
    /** ma-cantine formats: a SIRET that is not 14 digits. */
    SIRET_FORMAT(Kind.REJECTION),
    /** ma-cantine formats: a canteen id that is not a whole number. */
    CANTEEN_ID_FORMAT(Kind.REJECTION),
    /** ma-cantine formats: a date not written yyyy-mm-dd, or a day that does not exist. */
    ISO_DATE_FORMAT(Kind.REJECTION),
    /** ma-cantine formats: a number not written with a decimal point. */
    DECIMAL_POINT_FORMAT(Kind.REJECTION),
    /** ma-cantine formats: a code that is not one of the allowed values. */
    INVALID_CHOICE(Kind.REJECTION),
    /** ma-cantine formats: a boolean other than oui/OUI/x or non/NON/empty. */
    STRICT_BOOLEAN(Kind.REJECTION),
    /** A ratio outside [0, 1]. */
    RATIO_OUT_OF_RANGE(Kind.REJECTION),
    /** ma-cantine formats, on the header (line 1): a column written otherwise than expected. */
    HEADER_MISMATCH(Kind.REJECTION),
    /** ma-cantine formats, on the header: columns missing at the end. */
    HEADER_MISSING_COLUMNS(Kind.REJECTION),
    /** ma-cantine formats, on the header: columns after the last expected one. */
    HEADER_EXTRA_COLUMNS(Kind.REJECTION),
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
