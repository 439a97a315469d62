package fr.impact.ingestion.csv;

import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.read.RecordSink;
import fr.impact.ingestion.read.RecordSource;
import fr.impact.ingestion.rules.FileCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A streaming CSV reader for what French desktops export: delimiter {@code ;}, {@code ,} or
 * tab (found on the header line, outside quotes), fields quoted with {@code "} holding
 * delimiters, doubled quotes and line breaks, line breaks {@code \n}, {@code \r\n} or
 * {@code \r}. It knows the physical line each record starts on and hands the sink the
 * record's raw text. Blank lines before the header are skipped. A quote left open at the end
 * of the file refuses it ({@link FileCode#UNCLOSED_QUOTE}), as does a record longer than the
 * limit ({@link FileCode#RECORD_TOO_LARGE}).
 */
public final class CsvRecordSource implements RecordSource {

    /** Records longer than this are refused as malformed (an unclosed quote, a 100 MB line). */
    public static final int DEFAULT_MAX_RECORD_CHARS = 1 << 20;
    /** Headers wider than this are refused. */
    public static final int DEFAULT_MAX_COLUMNS = 1000;

    private final Path file;
    private final Charset charset;
    private final int bomLength;
    private final Character forcedDelimiter;
    private final int maxRecordChars;
    private final int maxColumns;
    private char delimiter;

    // parser state
    private Reader reader;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private final StringBuilder field = new StringBuilder(64);
    private String[] cells = new String[32];
    private int count;
    private final RawText raw = new RawText();

    public CsvRecordSource(Path file, Charset charset, int bomLength, Character delimiter) {
        this(file, charset, bomLength, delimiter, DEFAULT_MAX_RECORD_CHARS, DEFAULT_MAX_COLUMNS);
    }

    public CsvRecordSource(Path file, Charset charset, int bomLength, Character delimiter,
            int maxRecordChars, int maxColumns) {
        this.file = file;
        this.charset = charset;
        this.bomLength = bomLength;
        this.forcedDelimiter = delimiter;
        this.maxRecordChars = maxRecordChars;
        this.maxColumns = maxColumns;
    }

    @Override
    public String description() {
        String d = delimiter == '\t' ? "tab" : "'" + delimiter + "'";
        return "CSV, " + charset.name() + ", " + d;
    }

    /** The delimiter found (valid after {@link #read}). */
    public char delimiter() {
        return delimiter;
    }

    @Override
    public void read(RecordSink sink) throws IOException, FileRefusedException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(bomLength);
            reader = new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE));
            fill();
            skipBlankLines();
            if (pos >= limit && eof) {
                throw new FileRefusedException(FileCode.EMPTY_FILE, "");
            }
            delimiter = forcedDelimiter != null ? forcedDelimiter : detectDelimiter();
            long headerLine = line;
            if (!nextRecord()) {
                throw new FileRefusedException(FileCode.EMPTY_FILE, "");
            }
            if (count > maxColumns) {
                throw new FileRefusedException(FileCode.TOO_MANY_COLUMNS,
                        String.valueOf(count), String.valueOf(maxColumns));
            }
            sink.header(headerLine, Arrays.copyOf(cells, count));
            while (true) {
                long start = line;
                if (!nextRecord()) {
                    break;
                }
                sink.record(start, cells, count, raw);
            }
        } finally {
            in.close();
        }
    }

    private void skipBlankLines() throws IOException {
        while (true) {
            if (pos >= limit && !fill()) {
                return;
            }
            char c = buf[pos];
            if (c == '\n') {
                line++;
                pos++;
            } else if (c == '\r') {
                pos++;
                if (pos >= limit) {
                    fill();
                }
                if (pos < limit && buf[pos] == '\n') {
                    pos++;
                }
                line++;
            } else if (c == ' ' || c == '\t') {
                // a line of spaces only? look ahead, across buffer refills
                int p = pos;
                while (true) {
                    while (p < limit && (buf[p] == ' ' || buf[p] == '\t')) {
                        p++;
                    }
                    if (p < limit) {
                        break;
                    }
                    pos = p;
                    if (!fill()) {
                        return; // only spaces up to the end of the file
                    }
                    p = pos;
                }
                if (buf[p] == '\n' || buf[p] == '\r') {
                    pos = p;
                } else {
                    // a real line: if the spaces were split by a refill they are lost from
                    // the header's first cell, which is stripped anyway
                    return;
                }
            } else {
                return;
            }
        }
    }

    /** Counts candidates on the first line, outside quotes; ties and none go to {@code ;}. */
    private char detectDelimiter() {
        int semi = 0;
        int comma = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = pos; i < limit; i++) {
            char c = buf[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                } else if (c == ';') {
                    semi++;
                } else if (c == ',') {
                    comma++;
                } else if (c == '\t') {
                    tab++;
                }
            }
        }
        if (tab > semi && tab > comma) {
            return '\t';
        }
        if (comma > semi) {
            return ',';
        }
        return ';';
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        raw.carry(buf, pos, limit);
        int n = reader.read(buf, 0, buf.length);
        if (n <= 0) {
            eof = true;
            pos = 0;
            limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    /**
     * Parses one record into {@link #cells}; returns false at the end of the file. Lines
     * are counted as they pass, including those inside quoted fields. Unquoted fields are
     * cut straight from the buffer; quoted ones are built char by char.
     */
    private boolean nextRecord() throws IOException, FileRefusedException {
        if (pos >= limit && !fill()) {
            return false;
        }
        raw.start(pos);
        long recordLine = line;
        count = 0;
        field.setLength(0);
        length = 0;
        this.recordLine = recordLine;
        while (true) {
            // at the start of a field
            if (pos >= limit && !fill()) {
                addCell();
                raw.end(buf, pos);
                return true;
            }
            char c = buf[pos];
            if (c == '"') {
                long openedOn = line;
                pos++;
                count(1);
                readQuoted(openedOn);
                // after the closing quote: anything up to the delimiter is kept literally
            }
            // unquoted part: scan to the delimiter or the end of the line
            while (true) {
                int j = pos;
                char d = delimiter;
                while (j < limit) {
                    char x = buf[j];
                    if (x == d || x == '\n' || x == '\r') {
                        break;
                    }
                    j++;
                }
                count(j - pos);
                if (j < limit) {
                    String cell;
                    if (field.length() == 0) {
                        cell = new String(buf, pos, j - pos);
                    } else {
                        cell = field.append(buf, pos, j - pos).toString();
                        field.setLength(0);
                    }
                    pos = j;
                    putCell(cell);
                    char t = buf[pos++];
                    count(1);
                    if (t == d) {
                        break; // next field
                    }
                    raw.end(buf, pos - 1);
                    if (t == '\r') {
                        if (pos >= limit) {
                            raw.freeze();
                            fill();
                        }
                        if (pos < limit && buf[pos] == '\n') {
                            pos++;
                        }
                    }
                    line++;
                    return true;
                }
                field.append(buf, pos, j - pos);
                pos = j;
                if (!fill()) {
                    addCell();
                    raw.end(buf, pos);
                    return true;
                }
            }
        }
    }

    private int length;
    private long recordLine;

    private void count(int n) throws FileRefusedException {
        length += n;
        if (length > maxRecordChars) {
            throw new FileRefusedException(FileCode.RECORD_TOO_LARGE,
                    String.valueOf(recordLine), String.valueOf(maxRecordChars));
        }
    }

    /**
     * Reads a quoted field's content (after the opening quote) up to its closing quote. A quote
     * still open at the end of the file has swallowed every line after it: the file is refused,
     * rather than those lines silently read as one cell.
     */
    private void readQuoted(long openedOn) throws IOException, FileRefusedException {
        while (true) {
            if (pos >= limit && !fill()) {
                throw new FileRefusedException(FileCode.UNCLOSED_QUOTE, String.valueOf(openedOn));
            }
            char c = buf[pos++];
            count(1);
            if (c == '"') {
                if (pos >= limit) {
                    fill();
                }
                if (pos < limit && buf[pos] == '"') {
                    field.append('"');
                    pos++;
                    count(1);
                } else {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                } else if (c == '\r') {
                    if (pos >= limit) {
                        fill();
                    }
                    if (pos >= limit || buf[pos] != '\n') {
                        line++;
                    }
                }
                field.append(c);
            }
        }
    }

    private void putCell(String cell) {
        if (count == cells.length) {
            cells = Arrays.copyOf(cells, count * 2);
        }
        cells[count++] = cell;
    }

    private void addCell() {
        if (count == cells.length) {
            cells = Arrays.copyOf(cells, count * 2);
        }
        cells[count++] = field.toString();
        field.setLength(0);
    }

    /**
     * The raw text of the current record: the part that was in earlier buffers (carried when
     * the buffer refills) plus a slice of the current one. Built into a String only when
     * asked, i.e. for rejected rows.
     */
    static final class RawText implements CharSequence {
        private final StringBuilder carried = new StringBuilder();
        private int start = -1;
        private char[] endBuf;
        private int end;
        private String frozen;

        void start(int position) {
            carried.setLength(0);
            start = position;
            endBuf = null;
            frozen = null;
        }

        /** Called before the buffer is overwritten: keep the record's part of it. */
        void carry(char[] buf, int pos, int limit) {
            if (start >= 0 && endBuf == null) {
                carried.append(buf, start, limit - start);
                start = 0;
            }
        }

        void end(char[] buf, int position) {
            endBuf = buf;
            end = position;
        }

        /** The record ended at the end of a buffer about to be refilled. */
        void freeze() {
            frozen = toString();
        }

        @Override
        public String toString() {
            if (frozen != null) {
                return frozen;
            }
            if (endBuf == null) {
                return carried.toString();
            }
            StringBuilder sb = new StringBuilder(carried.length() + Math.max(0, end - start));
            sb.append(carried);
            if (end > start) {
                sb.append(endBuf, start, end - start);
            }
            return sb.toString();
        }

        @Override
        public int length() {
            return toString().length();
        }

        @Override
        public char charAt(int index) {
            return toString().charAt(index);
        }

        @Override
        public CharSequence subSequence(int s, int e) {
            return toString().subSequence(s, e);
        }
    }
}
