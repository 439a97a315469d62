package fr.impact.ingestion.funding;

import fr.impact.ingestion.read.FileRefusedException;
import fr.impact.ingestion.xlsx.XlsxRecordSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The sheets of a ledger workbook that are named after a file of the ledger. */
public final class FundingWorkbook {

    private FundingWorkbook() {}

    /**
     * The worksheets of {@code file} named after a kind ({@code financements}, {@code depenses},
     * {@code versements}, {@code budget}, see {@link FundingKind#ofSheet}), in tab order; empty
     * when the file is no XLSX workbook or has no such sheet (it is then imported as one file,
     * and refused with the usual reason if it cannot be read).
     */
    public static List<String> kindSheets(Path file) {
        try {
            if (!isZip(file)) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String name : XlsxRecordSource.sheetNames(file)) {
                if (FundingKind.ofSheet(name).isPresent()) {
                    out.add(name);
                }
            }
            return List.copyOf(out);
        } catch (IOException | FileRefusedException | RuntimeException e) {
            return List.of();
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }
}
