package fr.impact.ingestion.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * CSV as Excel or LibreOffice save it on a French desktop: ';' separator, UTF-8 with a BOM,
 * CRLF line ends, decimal comma, dates {@code dd/MM/yyyy}, a field quoted only when it holds a
 * ';', a '"' or a line break.
 */
final class FrenchCsv {

    private FrenchCsv() {}

    /** Writes a header and rows (each row one cell per column, empty string for an empty cell). */
    static void write(Path file, String header, List<String[]> rows) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            writer.write('\uFEFF');
            writer.write(header);
            writer.write("\r\n");
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        writer.write(';');
                    }
                    writer.write(field(row[i]));
                }
                writer.write("\r\n");
            }
        }
    }

    static String field(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** A decimal as written, with a comma: {@code 12.50} → {@code "12,50"}. */
    static String decimal(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    /** A quantity without trailing zeros: {@code 12.500} → {@code "12,5"}, {@code 24} → {@code "24"}. */
    static String quantity(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return decimal(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
    }

    static String date(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return new StringBuilder(10)
                .append((char) ('0' + day / 10)).append((char) ('0' + day % 10)).append('/')
                .append((char) ('0' + month / 10)).append((char) ('0' + month % 10)).append('/')
                .append(date.getYear())
                .toString();
    }
}
