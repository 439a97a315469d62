package fr.impact.ingestion;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** Small helpers for tests that write real files and read a real DuckDB. */
public final class TestFiles {

    /** "Today" in tests: dates after 30/06/2024 are in the future. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-30T10:00:00Z"), ZoneId.of("Europe/Paris"));

    public static final String SALES_HEADER = "date;facture;ligne;client_id;client_nom;client_type;producteur_id;"
            + "producteur_nom;produit;famille;quantite;unite;prix_unitaire_ht;montant_ht;labels";

    private TestFiles() {}

    public static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content, StandardCharsets.UTF_8, false);
    }

    public static Path write(Path dir, String name, String content, Charset cs, boolean bom) throws IOException {
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
    public static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    public static String scalar(fr.impact.ingestion.store.Store store, String sql) throws SQLException {
        try (Statement s = store.connection().createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    public static Importer importer(fr.impact.ingestion.store.Store store) {
        return new Importer(store, Importer.Settings.defaults().withClock(CLOCK));
    }
}
