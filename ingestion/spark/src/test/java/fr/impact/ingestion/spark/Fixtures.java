package fr.impact.ingestion.spark;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Files written as the embedded engine's tests write them (same header, same "today"). */
final class Fixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-30T10:00:00Z"), ZoneId.of("Europe/Paris"));
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    static final String SALES_HEADER = "date;facture;ligne;client_id;client_nom;client_type;producteur_id;"
            + "producteur_nom;produit;famille;quantite;unite;prix_unitaire_ht;montant_ht;labels";

    private Fixtures() {}

    static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content, StandardCharsets.UTF_8, false);
    }

    static Path write(Path dir, String name, String content, Charset cs, boolean bom) throws IOException {
        Files.createDirectories(dir);
        Path p = dir.resolve(name);
        byte[] body = content.getBytes(cs);
        if (bom) {
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            body = withBom;
        }
        Files.write(p, body);
        return p;
    }

    /** Lines joined with \n, plus a final line break. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    static String rows(String... rows) {
        String[] all = new String[rows.length + 1];
        all[0] = SALES_HEADER;
        System.arraycopy(rows, 0, all, 1, rows.length);
        return lines(all);
    }
}
