package fr.impact.ingestion.rules;

/** Why a whole file is refused. Each code has a sentence in the message catalogues. */
public enum FileCode {
    /** Not a CSV or XLSX file (binary content, another format). Arg: what it looks like. */
    NOT_A_TABLE,
    /** An old binary Excel file (.xls). */
    XLS_NOT_SUPPORTED,
    /** The file could not be read (I/O error, corrupt XLSX). Arg: the reason. */
    UNREADABLE,
    /** No header, or a header and no row. */
    EMPTY_FILE,
    /** A required column is missing. Args: the column, the columns found. */
    MISSING_COLUMN,
    /** Two header cells name the same column. Args: the column, the two headers. */
    DUPLICATE_COLUMN,
    /** Larger than the configured limit. Args: size, limit. */
    FILE_TOO_LARGE,
    /** The named sheet does not exist. Args: sheet, sheets found. */
    SHEET_NOT_FOUND,
    /** A record is larger than the reader accepts (e.g. a 100 MB line). Args: line, limit. */
    RECORD_TOO_LARGE,
    /** Too many columns. Args: count, limit. */
    TOO_MANY_COLUMNS,
    /** A quote opened and never closed: the rest of the file would be one cell. Arg: the line where it opened. */
    UNCLOSED_QUOTE,
    /** A text mixing UTF-8 and another encoding (Windows-1252). Arg: the first line where the second one appears. */
    MIXED_ENCODING,
    /** A workbook saved with a password (an encrypted OOXML package). */
    PASSWORD_PROTECTED,
    /** --strict and at least one row was rejected. Arg: count. */
    STRICT_REJECTED,
    /** The profile file is invalid. Args: line, reason. */
    BAD_PROFILE,
    /** A funding file whose header is none of the ledger's files. Arg: the columns found. */
    UNKNOWN_FUNDING_FILE,
    /** A ma-cantine purchase file whose header is not exactly ma-cantine's. Args: count, the wrong columns (written → expected), expected columns. */
    ACHATS_HEADER
}
