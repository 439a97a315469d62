package fr.impact.ingestion.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.read.RecordSink;
import fr.impact.ingestion.read.Sniff;
import fr.impact.ingestion.rules.FileCode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming CSV reader, on real files: physical lines, delimiters, quotes, raw text, encodings. */
class CsvRecordSourceTests {

    /** The reader's internal buffer, in chars (CsvRecordSource reads 1 << 16 chars at a time). */
    static final int BUFFER = 65_536;

    @TempDir
    Path dir;

    /** One record as the sink saw it. */
    record Rec(long line, List<String> cells, String raw) {}

    /** A hand-written sink that records everything, copying the reused cell array. */
    static final class Recording implements RecordSink {
        long headerLine = -1;
        List<String> header;
        final List<Rec> records = new ArrayList<>();

        @Override
        public void header(long line, String[] cells) {
            headerLine = line;
            header = List.of(cells);
        }

        @Override
        public void record(long line, String[] cells, int cellCount, CharSequence raw) {
            records.add(new Rec(line, List.of(Arrays.copyOf(cells, cellCount)), raw.toString()));
        }

        List<Long> lines() {
            return records.stream().map(Rec::line).toList();
        }

        List<String> raws() {
            return records.stream().map(Rec::raw).toList();
        }
    }

    Path file(String content) throws IOException {
        return bytes(content.getBytes(UTF_8));
    }

    Path bytes(byte[] content) throws IOException {
        Path p = dir.resolve("f" + System.nanoTime() + ".csv");
        Files.write(p, content);
        return p;
    }

    static Recording read(Path p) throws Exception {
        return read(new CsvRecordSource(p, UTF_8, 0, null));
    }

    static Recording read(CsvRecordSource source) throws Exception {
        Recording sink = new Recording();
        try (source) {
            source.read(sink);
        }
        return sink;
    }

    static FileRefusedException refusal(CsvRecordSource source) {
        return catchThrowableOfType(FileRefusedException.class, () -> source.read(new Recording()));
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] b : parts) {
            out.writeBytes(b);
        }
        return out.toByteArray();
    }

    static Rec rec(long line, String raw, String... cells) {
        return new Rec(line, List.of(cells), raw);
    }

    @Nested
    class PhysicalLines {

        @Test
        void theHeaderIsLineOneAndEachRecordItsOwnLine() throws Exception {
            Recording r = read(file("a;b\n1;2\n3;4\n"));

            assertThat(r.headerLine).isEqualTo(1);
            assertThat(r.header).containsExactly("a", "b");
            assertThat(r.records).containsExactly(rec(2, "1;2", "1", "2"), rec(3, "3;4", "3", "4"));
        }

        @Test
        void blankLinesBeforeTheHeaderAreSkippedAndCounted() throws Exception {
            // lines 1, 2 and 3 are blank (the third holds spaces and a tab), the header is line 4
            Recording r = read(file("\n\r\n  \t \na;b\n1;2\n"));

            assertThat(r.headerLine).isEqualTo(4);
            assertThat(r.header).containsExactly("a", "b");
            assertThat(r.records).containsExactly(rec(5, "1;2", "1", "2"));
        }

        @Test
        void aRecordAfterAQuotedFieldWithTwoLineBreaksStartsTwoLinesLater() throws Exception {
            // line 2 holds a field over lines 2, 3 and 4, so the next record is line 5, not 3
            Recording r = read(file("a;b\nx;\"un\ndeux\ntrois\"\ny;z\n"));

            assertThat(r.records).containsExactly(
                    rec(2, "x;\"un\ndeux\ntrois\"", "x", "un\ndeux\ntrois"),
                    rec(5, "y;z", "y", "z"));
        }

        @Test
        void readsCrLfLineBreaks() throws Exception {
            Recording r = read(file("a;b\r\n1;2\r\n3;4\r\n"));

            assertThat(r.header).containsExactly("a", "b");
            assertThat(r.records).containsExactly(rec(2, "1;2", "1", "2"), rec(3, "3;4", "3", "4"));
        }

        @Test
        void readsLoneCrLineBreaks() throws Exception {
            Recording r = read(file("a;b\r1;2\r3;4\r"));

            assertThat(r.header).containsExactly("a", "b");
            assertThat(r.records).containsExactly(rec(2, "1;2", "1", "2"), rec(3, "3;4", "3", "4"));
        }

        @Test
        void countsACrLfInsideQuotesAsOneLineAndALoneCrAsOne() throws Exception {
            // record 2 spans lines 2-3 (one CRLF inside), record 4 spans lines 4-5 (one lone CR inside)
            Recording r = read(file("a;b\r\n1;\"x\r\ny\"\r\n2;\"p\rq\"\r\n3;z\r\n"));

            assertThat(r.lines()).containsExactly(2L, 4L, 6L);
            assertThat(r.records.get(0).cells()).containsExactly("1", "x\r\ny");
            assertThat(r.records.get(1).cells()).containsExactly("2", "p\rq");
        }

        @Test
        void readsALastLineWithoutALineBreak() throws Exception {
            Recording r = read(file("a;b\n1;2\n3;4"));

            assertThat(r.records).containsExactly(rec(2, "1;2", "1", "2"), rec(3, "3;4", "3", "4"));
        }

        @Test
        void aLastLineEndingInALineBreakAddsNoEmptyRecord() throws Exception {
            assertThat(read(file("a;b\n1;2\n")).records).hasSize(1);
        }
    }

    @Nested
    class Delimiters {

        @Test
        void findsTheSemicolon() throws Exception {
            CsvRecordSource source = new CsvRecordSource(file("a;b;c\n1,5;2;3\n"), UTF_8, 0, null);
            Recording r = read(source);

            assertThat(source.delimiter()).isEqualTo(';');
            assertThat(r.records.get(0).cells()).containsExactly("1,5", "2", "3");
        }

        @Test
        void findsTheComma() throws Exception {
            CsvRecordSource source = new CsvRecordSource(file("a,b,c\n1;5,2,3\n"), UTF_8, 0, null);
            Recording r = read(source);

            assertThat(source.delimiter()).isEqualTo(',');
            assertThat(r.records.get(0).cells()).containsExactly("1;5", "2", "3");
        }

        @Test
        void findsTheTab() throws Exception {
            CsvRecordSource source = new CsvRecordSource(file("a\tb\tc\n1,5\t2;x\t3\n"), UTF_8, 0, null);
            Recording r = read(source);

            assertThat(source.delimiter()).isEqualTo('\t');
            assertThat(r.records.get(0).cells()).containsExactly("1,5", "2;x", "3");
            assertThat(source.description()).isEqualTo("CSV, UTF-8, tab");
        }

        @Test
        void doesNotCountASemicolonInsideQuotesOnTheHeaderLine() throws Exception {
            // outside quotes: 0 ';' and 2 ','
            CsvRecordSource source = new CsvRecordSource(file("\"a;b\",c,d\n1,2,3\n"), UTF_8, 0, null);
            Recording r = read(source);

            assertThat(source.delimiter()).isEqualTo(',');
            assertThat(r.header).containsExactly("a;b", "c", "d");
        }

        @Test
        void aTieGoesToTheSemicolon() throws Exception {
            // one ';' and one ','
            CsvRecordSource source = new CsvRecordSource(file("a;b,c\n1;2,3\n"), UTF_8, 0, null);
            Recording r = read(source);

            assertThat(source.delimiter()).isEqualTo(';');
            assertThat(r.header).containsExactly("a", "b,c");
        }

        @Test
        void aTieBetweenTabAndSemicolonGoesToTheSemicolon() throws Exception {
            CsvRecordSource source = new CsvRecordSource(file("a;b\tc\n1;2\t3\n"), UTF_8, 0, null);
            read(source);

            assertThat(source.delimiter()).isEqualTo(';');
        }

        @Test
        void aSingleColumnHeaderIsReadWithTheSemicolon() throws Exception {
            CsvRecordSource source = new CsvRecordSource(file("code\n61\n"), UTF_8, 0, null);
            Recording r = read(source);

            assertThat(source.delimiter()).isEqualTo(';');
            assertThat(r.records).containsExactly(rec(2, "61", "61"));
        }

        @Test
        void aForcedDelimiterWins() throws Exception {
            CsvRecordSource source = new CsvRecordSource(file("a;b,c\n1;2,3\n"), UTF_8, 0, ',');
            Recording r = read(source);

            assertThat(r.header).containsExactly("a;b", "c");
        }
    }

    @Nested
    class Quotes {

        @Test
        void aQuotedFieldHoldsTheDelimiter() throws Exception {
            Recording r = read(file("a;b\n\"Œufs; plein air\";2\n"));

            assertThat(r.records.get(0).cells()).containsExactly("Œufs; plein air", "2");
        }

        @Test
        void aDoubledQuoteInsideQuotesIsOneQuote() throws Exception {
            Recording r = read(file("a;b\n\"Crème \"\"fermière\"\"\";\"\"\"\"\n"));

            assertThat(r.records.get(0).cells()).containsExactly("Crème \"fermière\"", "\"");
        }

        @Test
        void aQuoteInsideAnUnquotedFieldIsKeptLiterally() throws Exception {
            Recording r = read(file("a;b\nécran 12\" pouces;x\"y\"\n"));

            assertThat(r.records.get(0).cells()).containsExactly("écran 12\" pouces", "x\"y\"");
        }

        @Test
        void emptyCellsAndATrailingDelimiterAreCells() throws Exception {
            Recording r = read(file("a;b;c\n;;\n1;\"\";\n"));

            assertThat(r.records).containsExactly(rec(2, ";;", "", "", ""), rec(3, "1;\"\";", "1", "", ""));
        }

        @Test
        void cellsAreNotTrimmed() throws Exception {
            Recording r = read(file(" a ; b \n 1 ;2\t\n"));

            assertThat(r.header).containsExactly(" a ", " b ");
            assertThat(r.records.get(0).cells()).containsExactly(" 1 ", "2\t");
        }
    }

    @Nested
    class RawText {

        @Test
        void isTheRecordExactlyAsWrittenWithQuotesAndInnerLineBreaks() throws Exception {
            String second = "2;\"Crème\népaisse \"\"fermière\"\"\";\"a;b\"";
            Recording r = read(file("n;produit;x\n" + second + "\n3;lait;\n"));

            assertThat(r.raws()).containsExactly(second, "3;lait;");
        }

        @Test
        void keepsACrLfInsideQuotesButNotTheRecordsOwnLineBreak() throws Exception {
            Recording r = read(file("a;b\r\n1;\"x\r\ny\"\r\n2;z\r\n"));

            assertThat(r.raws()).containsExactly("1;\"x\r\ny\"", "2;z");
        }

        @Test
        void isExactForARecordAcrossTheBufferBoundary() throws Exception {
            String header = "id;texte\n";                                          // 9 chars: 0..8
            String first = "r1;" + "a".repeat(65_530 - header.length() - 4) + "\n"; // ends at 65 529
            String middle = "r2;\"début \"\"cité\"\"\nsuite;et fin\";" ;             // the 100-char record
            String second = middle + "b".repeat(100 - middle.length());
            String third = "r3;fin";
            String content = header + first + second + "\n" + third;
            assertThat(content.indexOf("r2;")).isEqualTo(65_530);
            assertThat(second).hasSize(100);
            // the buffer boundary (char 65 536) falls inside the quoted field, on the 7th char of r2

            Recording r = read(file(content));

            assertThat(r.records).hasSize(3);
            assertThat(r.records.get(0).raw()).isEqualTo(first.substring(0, first.length() - 1));
            assertThat(r.records.get(1)).isEqualTo(new Rec(3,
                    List.of("r2", "début \"cité\"\nsuite;et fin", "b".repeat(100 - middle.length())), second));
            assertThat(r.records.get(2)).isEqualTo(rec(5, third, "r3", "fin"));
        }

        @Test
        void isExactWhereverTheBufferBoundaryFallsInARecord() throws Exception {
            // CRLF line breaks, a doubled quote and a quoted CRLF: slide the record so that every
            // one of its characters (and its CR and LF) is in turn the first of a new buffer
            String record = "r2;\"x\"\"y\r\nz\";w";
            for (int start = BUFFER - record.length() - 2; start <= BUFFER; start++) {
                String header = "id;t\r\n";
                int fill = start - header.length() - 5; // "r1;" + filler + CRLF
                String first = "r1;" + "a".repeat(fill);
                String content = header + first + "\r\n" + record + "\r\nr3;v\r\n";
                assertThat(content.indexOf("r2;")).isEqualTo(start);

                Recording r = read(file(content));

                assertThat(r.records).as("record at %d", start).containsExactly(
                        rec(2, first, "r1", "a".repeat(fill)),
                        rec(3, record, "r2", "x\"y\r\nz", "w"),
                        rec(5, "r3;v", "r3", "v"));
            }
        }
    }

    @Nested
    class Refusals {

        @Test
        void refusesARecordLongerThanTheLimitWithItsLine() throws Exception {
            CsvRecordSource source = new CsvRecordSource(file("a;b\n1;2\n12345;678901\n"), UTF_8, 0, null, 10, 1000);

            FileRefusedException e = refusal(source);

            assertThat(e.code()).isEqualTo(FileCode.RECORD_TOO_LARGE);
            assertThat(e.args()).containsExactly("3", "10");
        }

        @Test
        void refusesAnUnclosedQuoteThatSwallowsTheFileOnTheLineWhereItOpened() throws Exception {
            StringBuilder csv = new StringBuilder("a;b\n1;2\n3;\"oups\n");
            for (int i = 0; i < 50; i++) {
                csv.append(i).append(";ligne normale\n");
            }
            CsvRecordSource source = new CsvRecordSource(file(csv.toString()), UTF_8, 0, null, 200, 1000);

            FileRefusedException e = refusal(source);

            assertThat(e.code()).isEqualTo(FileCode.RECORD_TOO_LARGE);
            assertThat(e.args()).containsExactly("3", "200");
        }

        @Test
        void refusesAQuoteStillOpenAtTheEndOfTheFileOnTheLineWhereItOpened() throws Exception {
            CsvRecordSource source = new CsvRecordSource(file("a;b\n1;2\n3;\"oups\n4;5\n"), UTF_8, 0, null);

            FileRefusedException e = refusal(source);

            assertThat(e.code()).isEqualTo(FileCode.UNCLOSED_QUOTE);
            assertThat(e.args()).containsExactly("3");
        }

        @Test
        void refusesAHeaderWithTooManyColumns() throws Exception {
            CsvRecordSource source = new CsvRecordSource(file("a;b;c;d\n1;2;3;4\n"), UTF_8, 0, null, 1000, 3);

            FileRefusedException e = refusal(source);

            assertThat(e.code()).isEqualTo(FileCode.TOO_MANY_COLUMNS);
            assertThat(e.args()).containsExactly("4", "3");
        }

        @Test
        void acceptsAHeaderAtTheColumnLimit() throws Exception {
            CsvRecordSource source = new CsvRecordSource(file("a;b;c\n1;2;3\n"), UTF_8, 0, null, 1000, 3);

            assertThat(read(source).header).hasSize(3);
        }

        @Test
        void refusesAnEmptyFile() throws Exception {
            FileRefusedException e = refusal(new CsvRecordSource(file(""), UTF_8, 0, null));

            assertThat(e.code()).isEqualTo(FileCode.EMPTY_FILE);
        }

        @Test
        void refusesAFileOfBlankLines() throws Exception {
            FileRefusedException e = refusal(new CsvRecordSource(file("\n\r\n   \n\t\n\r"), UTF_8, 0, null));

            assertThat(e.code()).isEqualTo(FileCode.EMPTY_FILE);
        }

        @Test
        void refusesAFileOfBlankLinesWhoseLastHasNoLineBreak() throws Exception {
            FileRefusedException e = refusal(new CsvRecordSource(file("\n\n   "), UTF_8, 0, null));

            assertThat(e).as("refused").isNotNull();
            assertThat(e.code()).isEqualTo(FileCode.EMPTY_FILE);
        }
    }

    @Nested
    class Encodings {

        Recording readSniffed(Path p) throws Exception {
            Sniff sniff = Sniff.of(p);
            return read(new CsvRecordSource(p, sniff.charset(), sniff.bomLength(), null));
        }

        @Test
        void decodesUtf16LittleEndianWithItsBom() throws Exception {
            byte[] body = "nom;commune\nFerme de l'Œuf;Rémalard\n".getBytes(StandardCharsets.UTF_16LE);
            byte[] all = new byte[body.length + 2];
            all[0] = (byte) 0xFF;
            all[1] = (byte) 0xFE;
            System.arraycopy(body, 0, all, 2, body.length);
            Path p = bytes(all);

            Sniff sniff = Sniff.of(p);
            assertThat(sniff.format()).isEqualTo(Sniff.Format.TEXT);
            assertThat(sniff.charset()).isEqualTo(StandardCharsets.UTF_16LE);
            assertThat(sniff.bomLength()).isEqualTo(2);

            Recording r = readSniffed(p);

            assertThat(r.header).containsExactly("nom", "commune");
            assertThat(r.records).containsExactly(rec(2, "Ferme de l'Œuf;Rémalard", "Ferme de l'Œuf", "Rémalard"));
        }

        @Test
        void detectsWindows1252FromAnEAcuteByte() throws Exception {
            // "Pâté" in Windows-1252: P, 0xE2, t, 0xE9 — 0xE9 followed by ';' is not valid UTF-8
            Charset cp1252 = Charset.forName("windows-1252");
            byte[] content = "produit;prix\nPâté;2,50 €\nŒufs;3\n".getBytes(cp1252);
            assertThat(content).contains((byte) 0xE9, (byte) 0x80, (byte) 0x8C);
            Path p = bytes(content);

            Sniff sniff = Sniff.of(p);
            assertThat(sniff.charset()).isEqualTo(cp1252);
            assertThat(sniff.encodingName()).isEqualTo("Windows-1252");
            assertThat(sniff.bomLength()).isZero();

            Recording r = readSniffed(p);

            assertThat(r.records).containsExactly(rec(2, "Pâté;2,50 €", "Pâté", "2,50 €"), rec(3, "Œufs;3", "Œufs", "3"));
        }

        @Test
        void refusesUtf8AndWindows1252MixedNamingTheLineOfTheSecond() throws Exception {
            byte[] utf8 = "produit;prix\nPâté;2,50\n".getBytes(UTF_8);
            byte[] cp1252 = "Crème;3\n".getBytes(Charset.forName("windows-1252"));
            Path p = bytes(concat(utf8, cp1252));

            Sniff sniff = Sniff.of(p);

            assertThat(sniff.mixedEncodingLine()).isEqualTo(3);
            FileRefusedException e = catchThrowableOfType(FileRefusedException.class, sniff::requireTable);
            assertThat(e.code()).isEqualTo(FileCode.MIXED_ENCODING);
            assertThat(e.args()).containsExactly("3");
        }

        @Test
        void takesNeitherSurrogateHalvesNorOverlongFormsForUtf8() throws Exception {
            // CESU-8 "\uD800" (ED A0 80) and an overlong "/" (C0 AF) are not UTF-8: without any
            // valid UTF-8 sequence, the file is Windows-1252
            Path p = bytes(concat("a;b\nx".getBytes(UTF_8), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    ";y".getBytes(UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF}, "\n".getBytes(UTF_8)));

            Sniff sniff = Sniff.of(p);

            assertThat(sniff.charset()).isEqualTo(Charset.forName("windows-1252"));
            assertThat(sniff.mixedEncodingLine()).isZero();
        }

        @Test
        void skipsAUtf8BomSoThatItIsNotPartOfTheFirstHeaderCell() throws Exception {
            byte[] body = "date;montant\n15/03/2024;1,00\n".getBytes(UTF_8);
            byte[] all = new byte[body.length + 3];
            all[0] = (byte) 0xEF;
            all[1] = (byte) 0xBB;
            all[2] = (byte) 0xBF;
            System.arraycopy(body, 0, all, 3, body.length);
            Path p = bytes(all);

            Sniff sniff = Sniff.of(p);
            assertThat(sniff.charset()).isEqualTo(UTF_8);
            assertThat(sniff.bomLength()).isEqualTo(3);

            Recording r = readSniffed(p);

            assertThat(r.header).containsExactly("date", "montant");
            assertThat(r.header.get(0)).hasSize(4);
        }

        @Test
        void readsUtf8WithoutBomAsUtf8() throws Exception {
            Path p = file("produit\nPâté en croûte\n");

            assertThat(Sniff.of(p).charset()).isEqualTo(UTF_8);
            assertThat(readSniffed(p).records).containsExactly(rec(2, "Pâté en croûte", "Pâté en croûte"));
        }
    }
}
